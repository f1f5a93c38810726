package dev.migsdk.core;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * How a client waits out retry backoff: blocking for sync calls, a timer for async calls (never a
 * sleeping thread). Replace it in tests to make retries instant and observable.
 */
public interface Sleeper {

    /** Blocks the calling thread; throws {@link InterruptedException} if it is interrupted. */
    void sleep(Duration duration) throws InterruptedException;

    /** A future that completes after {@code duration}, without holding a thread while it waits. */
    CompletableFuture<Void> delay(Duration duration);

    /** Real time: {@link Thread#sleep} and the JDK's shared delay scheduler. */
    static Sleeper system() {
        return SystemSleeper.INSTANCE;
    }
}

/** The real-time sleeper. */
final class SystemSleeper implements Sleeper {
    static final SystemSleeper INSTANCE = new SystemSleeper();

    private SystemSleeper() {
    }

    @Override
    public void sleep(Duration duration) throws InterruptedException {
        long nanos = duration.toNanos();
        if (nanos > 0) {
            TimeUnit.NANOSECONDS.sleep(nanos);
        }
    }

    @Override
    public CompletableFuture<Void> delay(Duration duration) {
        long nanos = duration.toNanos();
        if (nanos <= 0) {
            return CompletableFuture.completedFuture(null);
        }
        CompletableFuture<Void> f = new CompletableFuture<>();
        CompletableFuture.delayedExecutor(nanos, TimeUnit.NANOSECONDS).execute(() -> f.complete(null));
        return f;
    }

    @Override
    public String toString() {
        return "Sleeper.system()";
    }
}
