package dev.migsdk.core.waiter;

import dev.migsdk.core.exception.SdkException;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * How a wait ended well: the response whose state matched, or the error that means success (a task
 * that is gone when you waited for it to be deleted), or neither when the service answered that the task
 * is gone without an error; with the number of polls and the time taken.
 * Immutable.
 *
 * @param <T> the poll's response type (e.g. the task as described by the service)
 */
public final class WaiterResult<T> {
    private final T response;
    private final SdkException exception;
    private final int attempts;
    private final Duration elapsed;

    private WaiterResult(T response, SdkException exception, int attempts, Duration elapsed) {
        this.response = response;
        this.exception = exception;
        this.attempts = attempts;
        this.elapsed = Objects.requireNonNull(elapsed, "elapsed");
    }

    /** A wait that ended with a matching response. */
    public static <T> WaiterResult<T> ofResponse(T response, int attempts, Duration elapsed) {
        return new WaiterResult<>(Objects.requireNonNull(response, "response"), null, attempts, elapsed);
    }

    /** A wait that ended with an error that counts as success (e.g. not found after a delete). */
    public static <T> WaiterResult<T> ofException(SdkException exception, int attempts, Duration elapsed) {
        return new WaiterResult<>(null, Objects.requireNonNull(exception, "exception"), attempts, elapsed);
    }

    /**
     * A wait that ended because the task is gone and the service said so without an error (e.g. SMC's
     * {@code DescribeReplicationJobs} no longer lists it): neither a response nor an exception.
     */
    public static <T> WaiterResult<T> ofAbsence(int attempts, Duration elapsed) {
        return new WaiterResult<>(null, null, attempts, elapsed);
    }

    /** The last poll's response, if the wait ended on one. */
    public Optional<T> response() {
        return Optional.ofNullable(response);
    }

    /** The last poll's error, if the wait ended on one that counts as success (e.g. the task is gone). */
    public Optional<SdkException> exception() {
        return Optional.ofNullable(exception);
    }

    /** How many polls were made. */
    public int attempts() {
        return attempts;
    }

    /** How long the wait took, by the client's clock. */
    public Duration elapsed() {
        return elapsed;
    }

    @Override
    public String toString() {
        return "WaiterResult[" + (response != null ? "response=" + response
                : exception != null ? "exception=" + exception.getClass().getSimpleName() : "absent")
                + ", attempts=" + attempts
                + ", elapsed=" + elapsed + "]";
    }
}
