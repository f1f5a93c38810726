package dev.migsdk.core;

import dev.migsdk.core.internal.util.Validate;
import java.time.Duration;
import java.util.Objects;

/**
 * When and how long to wait before trying a failed call again.
 *
 * <p>Retried: I/O failures before a response, HTTP 429/500/502/503/504, and the providers' throttling
 * and unavailable codes. Never retried: signature or token rejections (Huawei locks an AK after five
 * bad signatures) and other client errors; a clock-skew rejection is retried once with the server's
 * clock. Delays use full jitter: a random wait in {@code [0, min(maxBackoff, base * 2^(retry-1)))},
 * with a slower base after throttling, and never shorter than a {@code Retry-After} the service sent
 * (clamped to {@code maxBackoff}).
 *
 * <p>Immutable. {@link #defaults()}: 3 attempts, base 100 ms, throttling base 1 s, cap 20 s.
 */
public final class RetryPolicy {
    private static final RetryPolicy DEFAULTS = builder().build();
    private static final RetryPolicy NONE = builder().maxAttempts(1).build();

    private final int maxAttempts;
    private final Duration baseDelay;
    private final Duration throttlingBaseDelay;
    private final Duration maxBackoff;

    private RetryPolicy(Builder b) {
        if (b.maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1 (was " + b.maxAttempts + ")");
        }
        this.maxAttempts = b.maxAttempts;
        this.baseDelay = Validate.notNegative(b.baseDelay, "baseDelay");
        this.throttlingBaseDelay = Validate.notNegative(b.throttlingBaseDelay, "throttlingBaseDelay");
        this.maxBackoff = Validate.notNegative(b.maxBackoff, "maxBackoff");
    }

    /** 3 attempts, 100 ms base, 1 s throttling base, 20 s cap. */
    public static RetryPolicy defaults() {
        return DEFAULTS;
    }

    /** A single attempt: no retries at all. */
    public static RetryPolicy none() {
        return NONE;
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        return new Builder().maxAttempts(maxAttempts).baseDelay(baseDelay)
                .throttlingBaseDelay(throttlingBaseDelay).maxBackoff(maxBackoff);
    }

    /** Total attempts, the first included. */
    public int maxAttempts() {
        return maxAttempts;
    }

    /** Base of the exponential backoff after errors other than throttling. */
    public Duration baseDelay() {
        return baseDelay;
    }

    /** Base of the exponential backoff after a throttling answer. */
    public Duration throttlingBaseDelay() {
        return throttlingBaseDelay;
    }

    /** Longest single wait, also the ceiling for {@code Retry-After}. */
    public Duration maxBackoff() {
        return maxBackoff;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RetryPolicy p && maxAttempts == p.maxAttempts && baseDelay.equals(p.baseDelay)
                && throttlingBaseDelay.equals(p.throttlingBaseDelay) && maxBackoff.equals(p.maxBackoff);
    }

    @Override
    public int hashCode() {
        return Objects.hash(maxAttempts, baseDelay, throttlingBaseDelay, maxBackoff);
    }

    @Override
    public String toString() {
        return "RetryPolicy[maxAttempts=" + maxAttempts + ", baseDelay=" + baseDelay
                + ", throttlingBaseDelay=" + throttlingBaseDelay + ", maxBackoff=" + maxBackoff + "]";
    }

    /** Builder for {@link RetryPolicy}. */
    public static final class Builder {
        private int maxAttempts = 3;
        private Duration baseDelay = Duration.ofMillis(100);
        private Duration throttlingBaseDelay = Duration.ofSeconds(1);
        private Duration maxBackoff = Duration.ofSeconds(20);

        private Builder() {
        }

        /** Total attempts including the first; 1 disables retries. */
        public Builder maxAttempts(int maxAttempts) {
            this.maxAttempts = maxAttempts;
            return this;
        }

        public Builder baseDelay(Duration baseDelay) {
            this.baseDelay = baseDelay;
            return this;
        }

        public Builder throttlingBaseDelay(Duration throttlingBaseDelay) {
            this.throttlingBaseDelay = throttlingBaseDelay;
            return this;
        }

        public Builder maxBackoff(Duration maxBackoff) {
            this.maxBackoff = maxBackoff;
            return this;
        }

        public RetryPolicy build() {
            return new RetryPolicy(this);
        }
    }
}
