package dev.migsdk.core.testing;

import dev.migsdk.core.Sleeper;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * A {@link Sleeper} that never waits and remembers every backoff it was asked for, so retry tests run
 * instantly and can assert the delays. Thread-safe (async retries call it from OkHttp's threads).
 */
public final class RecordingSleeper implements Sleeper {
    private final List<Duration> delays = new ArrayList<>();

    @Override
    public void sleep(Duration duration) {
        record(duration);
    }

    @Override
    public CompletableFuture<Void> delay(Duration duration) {
        record(duration);
        return CompletableFuture.completedFuture(null);
    }

    private synchronized void record(Duration duration) {
        delays.add(duration);
    }

    /** Every wait requested so far, in order. */
    public synchronized List<Duration> delays() {
        return List.copyOf(delays);
    }

    @Override
    public String toString() {
        return "RecordingSleeper" + delays();
    }
}
