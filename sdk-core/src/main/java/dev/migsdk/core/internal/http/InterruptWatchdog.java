package dev.migsdk.core.internal.http;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import okhttp3.Call;

/**
 * Cancels the OkHttp call of a sync caller that has been interrupted. A blocking socket read ignores
 * {@link Thread#interrupt()}, so sync calls register here while they run on the caller's own thread;
 * one daemon thread per transport looks at the registered threads' interrupt flags every
 * {@value #POLL_MILLIS} ms and cancels the calls of interrupted ones, which makes their blocked read
 * fail at once. After about a second with no call in flight the thread parks and costs nothing
 * until the next call; it is started on the first sync call and stopped by {@link #close()}. Registering is one map put and remove per call.
 *
 * <p>This replaced handing every sync exchange to OkHttp's dispatcher and waiting on a future: that
 * hand-off (two thread switches and the dispatcher's bookkeeping per call) cost more CPU than the
 * whole rest of the SDK (see docs/PERFORMANCE.md). Internal API.
 */
final class InterruptWatchdog implements AutoCloseable {
    static final long POLL_MILLIS = 20;
    /** Empty polls (about one second) before the thread parks until the next call. */
    private static final int IDLE_POLLS = 50;

    private final Map<Call, Thread> inFlight = new ConcurrentHashMap<>();
    private final Object startLock = new Object();
    private volatile Thread worker;
    private volatile boolean idle;
    private volatile boolean closed;

    /** Watches {@code call}, run by the current thread, until {@link #unwatch}. */
    void watch(Call call) {
        inFlight.put(call, Thread.currentThread());
        Thread w = worker;
        if (w == null) {
            w = start();
        }
        if (idle && w != null) {
            LockSupport.unpark(w);
        }
    }

    void unwatch(Call call) {
        inFlight.remove(call);
    }

    private Thread start() {
        synchronized (startLock) {
            if (worker == null && !closed) {
                Thread t = new Thread(this::run, "migsdk-interrupt-watchdog");
                t.setDaemon(true);
                worker = t;
                t.start();
            }
            return worker;
        }
    }

    private void run() {
        int emptyPolls = 0;
        while (!closed) {
            if (inFlight.isEmpty() && ++emptyPolls > IDLE_POLLS) {
                // Nothing in flight for a while: park until the next watch() wakes us. While calls keep
                // coming, the thread stays on its poll timer instead, so watch() never has to wake it
                // (a futex wake and a context switch on every call otherwise).
                idle = true;
                if (inFlight.isEmpty() && !closed) {
                    LockSupport.park(this);
                }
                idle = false;
                emptyPolls = 0;
                continue;
            }
            if (!inFlight.isEmpty()) {
                emptyPolls = 0;
            }
            for (Map.Entry<Call, Thread> e : inFlight.entrySet()) {
                if (e.getValue().isInterrupted()) {
                    e.getKey().cancel();
                    inFlight.remove(e.getKey());
                }
            }
            LockSupport.parkNanos(this, TimeUnit.MILLISECONDS.toNanos(POLL_MILLIS));
        }
    }

    /** Stops the thread (calls still in flight are no longer watched). */
    @Override
    public void close() {
        closed = true;
        Thread w;
        synchronized (startLock) {
            w = worker;
        }
        if (w != null) {
            LockSupport.unpark(w);
        }
    }
}
