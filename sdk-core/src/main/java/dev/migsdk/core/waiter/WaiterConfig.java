package dev.migsdk.core.waiter;

import dev.migsdk.core.internal.util.Validate;
import java.time.Duration;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * How a waiter polls. Delays grow from {@link #minDelay()} doubling to {@link #maxDelay()}, each drawn
 * at random from its upper half (so many waiters do not poll in step); a throttled poll doubles the
 * next delay. The wait ends after {@link #maxWait()} or {@link #maxAttempts()} polls, whichever comes
 * first. Each poll is one call with {@link #pollTimeout()} as its deadline (its own retries included).
 *
 * <p>Immutable. {@link #defaults()}: min delay 2 s, max delay 30 s, max wait 30 min, poll timeout 30 s,
 * no limit on polls.
 */
public final class WaiterConfig {
    private static final WaiterConfig DEFAULTS = builder().build();

    private final Duration minDelay;
    private final Duration maxDelay;
    private final Duration maxWait;
    private final Duration pollTimeout;
    private final int maxAttempts;

    private WaiterConfig(Builder b) {
        this.minDelay = Validate.notNegative(b.minDelay, "minDelay");
        this.maxDelay = Validate.notNegative(b.maxDelay, "maxDelay");
        this.maxWait = Validate.notNegative(b.maxWait, "maxWait");
        this.pollTimeout = Objects.requireNonNull(b.pollTimeout, "pollTimeout");
        if (pollTimeout.isNegative() || pollTimeout.isZero()) {
            throw new IllegalArgumentException("pollTimeout must be positive (was " + pollTimeout + ")");
        }
        if (maxDelay.compareTo(minDelay) < 0) {
            throw new IllegalArgumentException("maxDelay (" + maxDelay + ") must not be less than minDelay ("
                    + minDelay + ")");
        }
        if (b.maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1 (was " + b.maxAttempts + ")");
        }
        this.maxAttempts = b.maxAttempts;
    }

    /** The defaults: 2 s to 30 s between polls, at most 30 minutes, 30 s per poll. */
    public static WaiterConfig defaults() {
        return DEFAULTS;
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        return new Builder(this);
    }

    /** This configuration with {@code change} applied. */
    public WaiterConfig with(Consumer<Builder> change) {
        Builder b = toBuilder();
        change.accept(b);
        return b.build();
    }

    /** The first delay between polls. */
    public Duration minDelay() {
        return minDelay;
    }

    /** The longest delay between polls. */
    public Duration maxDelay() {
        return maxDelay;
    }

    /** The longest the whole wait may take, polls and delays included. */
    public Duration maxWait() {
        return maxWait;
    }

    /** The deadline of each poll (one call, its retries included). */
    public Duration pollTimeout() {
        return pollTimeout;
    }

    /** The most polls; {@link Integer#MAX_VALUE} means no limit but {@link #maxWait()}. */
    public int maxAttempts() {
        return maxAttempts;
    }

    @Override
    public String toString() {
        return "WaiterConfig[minDelay=" + minDelay + ", maxDelay=" + maxDelay + ", maxWait=" + maxWait
                + ", pollTimeout=" + pollTimeout + ", maxAttempts="
                + (maxAttempts == Integer.MAX_VALUE ? "unlimited" : maxAttempts) + "]";
    }

    /** Builder for {@link WaiterConfig}. */
    public static final class Builder {
        private Duration minDelay = Duration.ofSeconds(2);
        private Duration maxDelay = Duration.ofSeconds(30);
        private Duration maxWait = Duration.ofMinutes(30);
        private Duration pollTimeout = Duration.ofSeconds(30);
        private int maxAttempts = Integer.MAX_VALUE;

        private Builder() {
        }

        private Builder(WaiterConfig c) {
            minDelay = c.minDelay;
            maxDelay = c.maxDelay;
            maxWait = c.maxWait;
            pollTimeout = c.pollTimeout;
            maxAttempts = c.maxAttempts;
        }

        /** The first delay between polls (default 2 s). */
        public Builder minDelay(Duration minDelay) {
            this.minDelay = minDelay;
            return this;
        }

        /** The longest delay between polls (default 30 s). */
        public Builder maxDelay(Duration maxDelay) {
            this.maxDelay = maxDelay;
            return this;
        }

        /** The longest the whole wait may take (default 30 minutes). */
        public Builder maxWait(Duration maxWait) {
            this.maxWait = maxWait;
            return this;
        }

        /** The deadline of each poll (default 30 s). */
        public Builder pollTimeout(Duration pollTimeout) {
            this.pollTimeout = pollTimeout;
            return this;
        }

        /** The most polls (default no limit but {@code maxWait}). */
        public Builder maxAttempts(int maxAttempts) {
            this.maxAttempts = maxAttempts;
            return this;
        }

        public WaiterConfig build() {
            return new WaiterConfig(this);
        }
    }
}
