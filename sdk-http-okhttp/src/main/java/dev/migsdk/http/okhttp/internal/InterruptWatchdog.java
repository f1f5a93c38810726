package dev.migsdk.http.okhttp.internal;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import okhttp3.Call;

/**
 * Cancels the OkHttp call of a sync caller that has been interrupted, or whose attempt deadline has
 * passed (a server that drips one byte at a time defeats every read timeout). A blocking socket read ignores
 * {@link Thread#interrupt()}, so sync calls register here while they run on the caller's own thread;
 * one daemon thread per transport looks at the registered threads' interrupt flags every
 * {@value #POLL_MILLIS} ms and cancels the calls of interrupted ones, which makes their blocked read
 * fail at once. After about a second with no call in flight the thread parks and costs nothing
 * until the next call; it is started on the first sync call and stopped by {@link #close()}.
 *
 * <p>Each calling thread has one slot, registered at its first call and dropped by the watchdog once the
 * thread has ended; a call in flight is a volatile write into the caller's own slot and a clear after. (A
 * map entry per call cost an allocation and two contended updates of a shared map on every call.)
 *
 * <p>Deadlines are kept here rather than as OkHttp call timeouts, which would put every sync call through
 * okio's shared timeout queue (a lock taken twice per call by every calling thread); here they cost one
 * more volatile write, and fire within {@value #POLL_MILLIS} ms of their time.
 *
 * <p>This replaced handing every sync exchange to OkHttp's dispatcher and waiting on a future: that
 * hand-off (two thread switches and the dispatcher's bookkeeping per call) cost more CPU than the
 * whole rest of the SDK (see docs/PERFORMANCE.md). Internal API.
 */
final class InterruptWatchdog implements AutoCloseable {
    static final long POLL_MILLIS = 20;
    /** Empty polls (about one second) before the thread parks until the next call. */
    private static final int IDLE_POLLS = 50;

    private final ThreadLocal<Slot> slot = ThreadLocal.withInitial(this::register);
    private final Set<Slot> slots = ConcurrentHashMap.newKeySet();
    private final Object startLock = new Object();
    private volatile Thread worker;
    private volatile boolean idle;
    private volatile boolean closed;

    /**
     * Watches {@code call}, run by the current thread, until {@link #unwatch}; returns the call the thread
     * was already running (a call made from inside another, e.g. by an interceptor), normally {@code null}.
     */
    Call watch(Call call, long deadlineNanos) {
        Slot s = slot.get();
        Call outer = s.call;
        s.timedOut = false;
        s.deadline = deadlineNanos;
        s.call = call;
        Thread w = worker;
        if (w == null) {
            w = start();
        }
        if (idle && w != null) {
            LockSupport.unpark(w);
        }
        return outer;
    }

    /**
     * Stops watching the current thread's call; watches {@code outer} again (what {@link #watch} returned),
     * for interrupts only (its deadline is its own OkHttp call's business then).
     */
    void unwatch(Call outer) {
        Slot s = slot.get();
        s.deadline = Long.MAX_VALUE;
        s.call = outer;
    }

    /** Whether the current thread's last watched call was cancelled because its deadline passed. */
    boolean timedOut() {
        return slot.get().timedOut;
    }

    private Slot register() {
        Slot s = new Slot(Thread.currentThread());
        slots.add(s);
        return s;
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
            boolean busy = poll();
            if (busy) {
                emptyPolls = 0;
            } else if (++emptyPolls > IDLE_POLLS) {
                // Nothing in flight for a while: park until the next watch() wakes us. While calls keep
                // coming, the thread stays on its poll timer instead, so watch() never has to wake it
                // (a futex wake and a context switch on every call otherwise).
                idle = true;
                if (!poll() && !closed) {
                    LockSupport.park(this);
                }
                idle = false;
                emptyPolls = 0;
                continue;
            }
            LockSupport.parkNanos(this, TimeUnit.MILLISECONDS.toNanos(POLL_MILLIS));
        }
    }

    /**
     * Cancels the calls of interrupted threads and forgets the slots of ended ones; whether any call was
     * in flight.
     */
    private boolean poll() {
        boolean busy = false;
        long now = System.nanoTime();
        for (Slot s : slots) {
            Call c = s.call;
            if (c != null) {
                busy = true;
                if (s.thread.isInterrupted()) {
                    c.cancel();
                } else if (now - s.deadline > 0 && s.call == c) {
                    s.timedOut = true;
                    c.cancel();
                }
            } else if (!s.thread.isAlive()) {
                slots.remove(s);
            }
        }
        return busy;
    }

    /** Threads with a slot (for tests). */
    int threadsKnown() {
        return slots.size();
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

    /** One calling thread, the call it is running, if any, and that call's deadline ({@code System.nanoTime}). */
    private static final class Slot {
        final Thread thread;
        volatile Call call;
        volatile long deadline = Long.MAX_VALUE;
        volatile boolean timedOut;

        Slot(Thread thread) {
            this.thread = thread;
        }
    }
}
