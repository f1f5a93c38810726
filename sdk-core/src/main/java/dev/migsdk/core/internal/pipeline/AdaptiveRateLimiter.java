package dev.migsdk.core.internal.pipeline;

import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * A client-side send-rate limiter that slows down when the service throttles and recovers as calls
 * succeed: the rate drops to 70% of the measured send rate on a throttling answer and grows by a few
 * percent per success until it is back above {@code maxRate}, when limiting stops. Until the first
 * throttling answer it lets everything through. One burst of throttling answers (the requests that were
 * already in flight) lowers the rate once: an answer to a request sent before the last decrease says
 * nothing about the new rate and is not counted, and further throttles within {@code DECREASE_COOLDOWN}
 * of a decrease are not compounded either, or a burst of 30 answers would cut the rate to its floor
 * (0.7^30) and recovery at a few percent per success would take minutes.
 *
 * <p>With a ceiling (a limit the caller knows, e.g. the service's documented per-account rate) it paces
 * every send to at most the ceiling from the start, and, if adaptive, slows below it after throttling and
 * recovers up to it, never above. Thread-safe. Internal API.
 */
public final class AdaptiveRateLimiter {
    private static final double DECREASE = 0.7;
    private static final double MIN_RATE = 0.5;
    private static final double GROWTH_PER_SUCCESS = 0.02;
    private static final long BUCKET_NANOS = 500_000_000L;
    private static final long DECREASE_COOLDOWN_NANOS = 250_000_000L;
    private static final long MIN_MEASURE_NANOS = 50_000_000L;

    private final LongSupplier nanoTime;
    private final double maxRate;
    private final double ceiling;
    private final boolean adaptive;
    private boolean limiting;
    private double rate;
    private double nextFreeNanos;
    private long bucketStart;
    private int bucketCount;
    private double measuredRate;
    private long lastDecrease;

    /**
     * @param nanoTime monotonic time source
     * @param maxRate rate (calls/s) above which limiting switches off again
     */
    public AdaptiveRateLimiter(LongSupplier nanoTime, double maxRate) {
        this(nanoTime, maxRate, Double.POSITIVE_INFINITY, true);
    }

    /**
     * @param nanoTime monotonic time source
     * @param maxRate  rate (calls/s) above which adaptive limiting switches off again (without a ceiling)
     * @param ceiling  the most calls a second ever sent, or {@code Double.POSITIVE_INFINITY} for none
     * @param adaptive whether throttling answers lower the rate
     */
    public AdaptiveRateLimiter(LongSupplier nanoTime, double maxRate, double ceiling, boolean adaptive) {
        this.nanoTime = nanoTime;
        this.maxRate = maxRate;
        this.ceiling = ceiling;
        this.adaptive = adaptive;
        this.bucketStart = nanoTime.getAsLong();
        if (ceiling < Double.POSITIVE_INFINITY) {
            limiting = true;
            rate = ceiling;
        }
    }

    /** How long the caller must wait before sending; reserves the slot. Zero while not limiting. */
    public synchronized Duration reserve() {
        long now = nanoTime.getAsLong();
        measure(now, 1);
        if (!limiting) {
            return Duration.ZERO;
        }
        double start = Math.max(now, nextFreeNanos);
        nextFreeNanos = start + 1e9 / rate;
        return Duration.ofNanos((long) (start - now));
    }

    /** Called on a throttling answer to a request sent just now: lower the rate. */
    public void onThrottle() {
        onThrottle(nanoTime.getAsLong());
    }

    /**
     * Called on a throttling answer to a request sent at {@code sentNanos}: lower the rate, unless the request
     * left before the last decrease (it was sent at the old rate and says nothing about the new one) or within
     * the cool-down of it.
     */
    public synchronized void onThrottle(long sentNanos) {
        long now = nanoTime.getAsLong();
        measure(now, 0);
        if (!adaptive) {
            return;
        }
        if (limiting && (now - lastDecrease < DECREASE_COOLDOWN_NANOS || sentNanos - lastDecrease < 0)) {
            return;
        }
        // Before the first full measurement window, estimate from the sends of the current one.
        double measured = measuredRate > 0 ? measuredRate
                : bucketCount * 1e9 / Math.max(now - bucketStart, MIN_MEASURE_NANOS);
        double base = limiting ? Math.min(rate, Math.max(measured, MIN_RATE)) : Math.max(measured, 2);
        limiting = true;
        lastDecrease = now;
        rate = Math.min(ceiling, Math.max(MIN_RATE, base * DECREASE));
    }

    /** Called on an answer that was not throttled: raise the rate a little. */
    public synchronized void onSuccess() {
        if (!limiting || !adaptive) {
            return;
        }
        rate = rate * (1 + GROWTH_PER_SUCCESS) + GROWTH_PER_SUCCESS;
        rate = Math.min(ceiling, rate);
        if (rate >= maxRate && ceiling == Double.POSITIVE_INFINITY) {
            limiting = false;
            nextFreeNanos = 0;
        }
    }

    /** Allowed rate in calls per second, or {@code Double.POSITIVE_INFINITY} while not limiting. */
    public synchronized double currentRate() {
        return limiting ? rate : Double.POSITIVE_INFINITY;
    }

    private void measure(long now, int sends) {
        bucketCount += sends;
        long elapsed = now - bucketStart;
        if (elapsed >= BUCKET_NANOS) {
            double r = bucketCount * 1e9 / elapsed;
            measuredRate = measuredRate == 0 ? r : 0.8 * r + 0.2 * measuredRate;
            bucketStart = now;
            bucketCount = 0;
        }
    }
}
