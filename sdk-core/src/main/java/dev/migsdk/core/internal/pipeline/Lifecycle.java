package dev.migsdk.core.internal.pipeline;

import dev.migsdk.core.Sleeper;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * A client's open/closed state and its waits. Waits (rate limiting, backoff) use the configured
 * {@link Sleeper} if one was given, else the client's own: a latch for sync callers and a one-thread
 * scheduler for async ones, started on first use and gone a second after its last task. Closing ends
 * every wait at once, so no call sleeps through a close; the pipeline then refuses to send or retry.
 * Internal API.
 */
final class Lifecycle {
    private final String service;
    private final Sleeper sleeper;
    private final CountDownLatch closedLatch = new CountDownLatch(1);
    private final Set<CompletableFuture<Void>> waits = ConcurrentHashMap.newKeySet();
    private volatile boolean closed;
    private volatile ScheduledThreadPoolExecutor scheduler;

    /** @param sleeper the configured sleeper, or {@code null} for the client's own */
    Lifecycle(String service, Sleeper sleeper) {
        this.service = service;
        this.sleeper = sleeper;
    }

    boolean isClosed() {
        return closed;
    }

    /** Throws {@code IllegalStateException("client is closed")} after {@link #close()}. */
    void checkOpen() {
        if (closed) {
            throw new IllegalStateException("client is closed (" + service + ")");
        }
    }

    /** Blocks for {@code d}, or less if the client closes meanwhile. */
    void sleep(Duration d) throws InterruptedException {
        if (d.isZero() || closed) {
            return;
        }
        if (sleeper != null) {
            sleeper.sleep(d);
        } else {
            closedLatch.await(d.toNanos(), TimeUnit.NANOSECONDS);
        }
    }

    /** Completes after {@code d} without holding a thread, or at once when the client closes. */
    CompletableFuture<Void> delay(Duration d) {
        if (d.isZero() || closed) {
            return CompletableFuture.completedFuture(null);
        }
        CompletableFuture<Void> wait = new CompletableFuture<>();
        waits.add(wait);
        wait.whenComplete((v, e) -> waits.remove(wait));
        if (closed) { // closed while we registered: close() may have missed this one
            wait.complete(null);
            return wait;
        }
        try {
            if (sleeper != null) {
                sleeper.delay(d).whenComplete((v, e) -> wait.complete(null));
            } else {
                ScheduledThreadPoolExecutor s = scheduler();
                if (s == null) {
                    wait.complete(null);
                } else {
                    s.schedule(() -> wait.complete(null), d.toNanos(), TimeUnit.NANOSECONDS);
                }
            }
        } catch (RejectedExecutionException e) { // close() shut the timer down between our check and schedule()
            wait.complete(null);
        }
        return wait;
    }

    /** The client's timer, started on first use; {@code null} once the client is closed. */
    private ScheduledThreadPoolExecutor scheduler() {
        ScheduledThreadPoolExecutor s = scheduler;
        if (s == null) {
            synchronized (this) {
                s = scheduler;
                if (s == null && !closed) {
                    s = new ScheduledThreadPoolExecutor(1, r -> {
                        Thread t = new Thread(r, "migsdk-" + service.toLowerCase(java.util.Locale.ROOT) + "-timer");
                        t.setDaemon(true);
                        return t;
                    });
                    s.setKeepAliveTime(1, TimeUnit.SECONDS);
                    s.allowCoreThreadTimeOut(true);
                    s.setRemoveOnCancelPolicy(true);
                    scheduler = s;
                }
            }
        }
        return s;
    }

    /** Refuses new calls and ends every wait; the pipeline then fails what was waiting. */
    void close() {
        closed = true;
        closedLatch.countDown();
        for (CompletableFuture<Void> w : waits) {
            w.complete(null);
        }
        ScheduledThreadPoolExecutor s;
        synchronized (this) { // after `closed` is set, so scheduler() starts no timer past this point
            s = scheduler;
        }
        if (s != null) {
            s.shutdownNow();
        }
    }
}
