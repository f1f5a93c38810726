package dev.migsdk.core.internal.pipeline;

import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * A client-side send-rate limiter that learns the service's limit from its throttling answers. Until the
 * first throttling answer it lets everything through.
 * <ul>
 * <li><b>Decrease.</b> On a throttling answer it estimates the limit as the rate of answers the service
 * <em>accepted</em> (anything but a throttle) over about the last second, and paces sends at 90% of that.
 * With fewer than 10 accepted answers to go by (the very first burst, a slow service)
 * it paces at 70% of the measured send rate instead, with no estimate.</li>
 * <li><b>Recovery</b>, only while the rate holds the sender back (a sender that asks for less would not use
 * more, and an idle client must not drift back to unlimited and meet its next burst so): below the
 * estimate, or with none, quickly — 2% per answer or doubling per second, whichever is faster, so a slow
 * sender's few answers do not take minutes to climb back; above the estimate, slowly, by 5% of it per second,
 * so the next throttle comes seconds later, not at the next few answers. A rate half again above the estimate
 * without a throttle means the limit rose: the estimate is dropped. Past {@code maxRate} limiting stops.</li>
 * <li><b>One burst, one decrease.</b> An answer to a request sent before the last decrease says nothing
 * about the new rate and is not counted, nor are throttles within {@code DECREASE_COOLDOWN} of a decrease.</li>
 * </ul>
 *
 * <p>Why the accepted rate: the send rate alone was the base before, and a sender held back by its own
 * retries' backoff measured a rate far below the limit, so each decrease compounded, and recovery by answers
 * alone was slowest exactly when few answers came (the unknown-limit clean-up benchmark: 4.0x the ideal time
 * with 13% of requests throttled, docs/PERFORMANCE.md).
 *
 * <p>With a ceiling (a limit the caller knows, e.g. the service's documented per-account rate) it paces
 * every send to at most the ceiling from the start, and, if adaptive, slows below it after throttling and
 * recovers up to it, never above. Thread-safe. Internal API.
 */
public final class AdaptiveRateLimiter {
    private static final double FIRST_DECREASE = 0.7;
    private static final double BELOW_ESTIMATE = 0.9;
    private static final double MIN_RATE = 0.5;
    private static final double GROWTH_PER_SUCCESS = 0.02;
    /** Per second, as a share of the estimate: how fast the rate probes above it. */
    private static final double PROBE_PER_SECOND = 0.05;
    /** A rate this far above the estimate without a throttle makes the estimate stale. */
    private static final double STALE_ESTIMATE = 1.5;
    private static final long BUCKET_NANOS = 500_000_000L;
    private static final long HELD_BACK_NANOS = 1_000_000_000L;
    private static final long DECREASE_COOLDOWN_NANOS = 250_000_000L;
    private static final long MIN_MEASURE_NANOS = 50_000_000L;
    private static final long MIN_ACCEPTED_WINDOW_NANOS = 500_000_000L;
    /** Fewer accepted answers than this in the window make no estimate. */
    private static final int MIN_ACCEPTED = 10;

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
    /** Answers the service accepted in the current measurement bucket and in the one before it. */
    private int accepted;
    private int acceptedBefore;
    private long bucketBeforeNanos;
    /** The limit as last estimated from accepted answers, or 0 while unknown. */
    private double estimate;
    private long lastGrowth;
    /** When a send last had to wait for the rate: the rate only grows while it holds the sender back. */
    private long lastHeldBack;

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
        if (start > now) {
            lastHeldBack = now;
        }
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
        // What the service accepted over about the last second: the limit, if that was what held it back.
        // Too few answers say little (the first burst, a slow service): then fall back to the send rate.
        int answers = accepted + acceptedBefore;
        double window = Math.max(now - bucketStart + bucketBeforeNanos, MIN_ACCEPTED_WINDOW_NANOS);
        double next;
        if (answers >= MIN_ACCEPTED) {
            estimate = answers * 1e9 / window;
            next = estimate * BELOW_ESTIMATE;
        } else {
            // Nothing accepted to go by: below what was sent. Before the first full measurement window,
            // estimate that from the sends of the current one.
            double measured = measuredRate > 0 ? measuredRate
                    : bucketCount * 1e9 / Math.max(now - bucketStart, MIN_MEASURE_NANOS);
            double base = limiting ? Math.min(rate, Math.max(measured, MIN_RATE)) : Math.max(measured, 2);
            next = base * FIRST_DECREASE;
        }
        if (limiting) {
            next = Math.min(next, rate);
        }
        limiting = true;
        lastDecrease = now;
        lastGrowth = now;
        rate = Math.min(ceiling, Math.max(MIN_RATE, next));
    }

    /** Called on an answer that was not throttled (the service accepted the request): raise the rate. */
    public synchronized void onSuccess() {
        if (!adaptive) {
            return; // a fixed ceiling learns nothing from answers
        }
        long now = nanoTime.getAsLong();
        measure(now, 0);
        accepted++;
        if (!limiting) {
            return;
        }
        if (now - lastHeldBack > HELD_BACK_NANOS) {
            lastGrowth = now; // the sender asks for less than the rate allows: more allowance would go unused,
            return;           // and an idle client must not drift back to unlimited and meet its next burst so
        }
        if (estimate > 0 && rate >= estimate && rate < STALE_ESTIMATE * estimate) {
            rate += estimate * PROBE_PER_SECOND * Math.max(0, now - lastGrowth) / 1e9; // near the limit: slowly
        } else {
            if (rate >= STALE_ESTIMATE * estimate) {
                estimate = 0;
            }
            // Below it, or none known: quickly, by answers or by time, whichever is faster (a slow sender's few
            // answers alone would take minutes to climb back), at most doubling per second.
            double seconds = Math.min(1, Math.max(0, now - lastGrowth) / 1e9);
            rate = rate * Math.max(1 + GROWTH_PER_SUCCESS, Math.pow(2, seconds)) + GROWTH_PER_SUCCESS;
            if (estimate > 0) {
                rate = Math.min(rate, estimate);
            }
        }
        lastGrowth = now;
        rate = Math.min(ceiling, rate);
        if (rate >= maxRate && ceiling == Double.POSITIVE_INFINITY) {
            limiting = false;
            nextFreeNanos = 0;
            estimate = 0;
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
            // a bucket older than one bucket's length is forgotten, so the accepted rate is a recent one
            boolean recent = elapsed < 2 * BUCKET_NANOS;
            acceptedBefore = recent ? accepted : 0;
            bucketBeforeNanos = recent ? elapsed : 0;
            accepted = 0;
            bucketStart = now;
            bucketCount = 0;
        }
    }
}
