package dev.migsdk.core.internal.pipeline;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * A client-wide token bucket that caps retries when a service keeps failing: each retry takes
 * {@code retryCost} tokens, each success returns what its call took (at least one), and an empty
 * bucket makes calls fail fast instead of retrying. Thread-safe. Internal API.
 */
public final class RetryBudget {
    private final int capacity;
    private final int retryCost;
    private final AtomicInteger tokens;

    public RetryBudget(int capacity, int retryCost) {
        this.capacity = capacity;
        this.retryCost = retryCost;
        this.tokens = new AtomicInteger(capacity);
    }

    /** An unlimited budget. */
    public static RetryBudget unlimited() {
        return new RetryBudget(Integer.MAX_VALUE, 0);
    }

    /** Takes the cost of one retry; {@code false} (and nothing taken) if the bucket is too low. */
    public boolean tryAcquireRetry() {
        if (retryCost == 0) {
            return true;
        }
        while (true) {
            int t = tokens.get();
            if (t < retryCost) {
                return false;
            }
            if (tokens.compareAndSet(t, t - retryCost)) {
                return true;
            }
        }
    }

    /** Refill after a successful call that used {@code retries} retries. */
    public void onSuccess(int retries) {
        if (retryCost == 0) {
            return;
        }
        int refund = Math.max(1, retries * retryCost);
        while (true) {
            int t = tokens.get();
            if (t >= capacity) {
                return; // the usual case: a full budget is only read, so threads do not fight over its cache line
            }
            if (tokens.compareAndSet(t, (int) Math.min(capacity, (long) t + refund))) {
                return;
            }
        }
    }

    /** Tokens left (for tests and diagnostics). */
    public int available() {
        return tokens.get();
    }

    public int capacity() {
        return capacity;
    }
}
