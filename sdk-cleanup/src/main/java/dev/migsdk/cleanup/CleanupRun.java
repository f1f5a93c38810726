package dev.migsdk.cleanup;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;

/** A clean-up under way: its report when it ends, and a way to stop it early. */
public interface CleanupRun {

    /** Completes with the report once every task has its outcome; it never completes exceptionally. */
    CompletableFuture<CleanupReport> report();

    /**
     * Stops the clean-up: nothing more is sent; calls already on their way get {@code grace} to answer (so
     * the report can say what they did), then are abandoned. Tasks never started end
     * {@link TaskOutcome#NOT_STARTED}, tasks under way {@link TaskOutcome#INTERRUPTED} (or their real outcome,
     * if their last call finished them). Idempotent.
     */
    void cancel(Duration grace);
}
