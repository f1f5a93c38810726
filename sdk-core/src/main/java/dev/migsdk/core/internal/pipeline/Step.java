package dev.migsdk.core.internal.pipeline;

import dev.migsdk.core.exception.SdkException;
import java.time.Duration;

/**
 * What an attempt led to: the call's result, its failure, or another attempt after a delay. Internal API.
 *
 * @param result the response, when done with success
 * @param failure the exception, when done with failure
 * @param retryDelay the wait before the next attempt, when not done
 */
record Step<R>(R result, SdkException failure, Duration retryDelay) {

    static <R> Step<R> success(R result) {
        return new Step<>(result, null, null);
    }

    static <R> Step<R> failure(SdkException e) {
        return new Step<>(null, e, null);
    }

    static <R> Step<R> retry(Duration delay) {
        return new Step<>(null, null, delay);
    }

    boolean isRetry() {
        return retryDelay != null;
    }
}
