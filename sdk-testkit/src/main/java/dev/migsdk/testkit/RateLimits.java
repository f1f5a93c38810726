package dev.migsdk.testkit;

import java.time.Clock;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * Per-service token buckets, as the providers throttle an account: each request to a limited service
 * takes a token; with none left, the service answers with its real throttling error (Alibaba 400
 * {@code Throttling.User}, Huawei 429 {@code APIGW.0308}) and the request does nothing. Buckets refill
 * on the emulator's clock, so a {@link VirtualClock} drives them too. The emulator serves one account per
 * provider, so a bucket per service is a bucket per account. Thread-safe.
 */
public final class RateLimits {
    private final Clock clock;
    private final Map<EmulatedService, Bucket> buckets = new EnumMap<>(EmulatedService.class);
    private final Map<EmulatedService, Long> throttled = new EnumMap<>(EmulatedService.class);

    RateLimits(Clock clock) {
        this.clock = clock;
    }

    /**
     * Limits {@code service} to {@code perSecond} requests a second on average, with bursts of up to
     * {@code burst}; replaces an earlier limit (the new bucket starts full).
     */
    public synchronized RateLimits limit(EmulatedService service, double perSecond, int burst) {
        Objects.requireNonNull(service, "service");
        if (!(perSecond > 0) || burst < 1) {
            throw new IllegalArgumentException("perSecond must be positive and burst at least 1");
        }
        buckets.put(service, new Bucket(perSecond, burst, nanos()));
        return this;
    }

    /** Removes the limit on {@code service}. */
    public synchronized RateLimits unlimit(EmulatedService service) {
        buckets.remove(service);
        return this;
    }

    /** Removes every limit and zeroes the counts. */
    public synchronized void clear() {
        buckets.clear();
        throttled.clear();
    }

    /** How many requests to {@code service} were refused for want of a token. */
    public synchronized long throttledCount(EmulatedService service) {
        return throttled.getOrDefault(service, 0L);
    }

    /** Takes a token for a request to {@code service}; {@code false} means "answer with throttling". */
    synchronized boolean tryAcquire(EmulatedService service) {
        Bucket b = service == null ? null : buckets.get(service);
        if (b == null || b.take(nanos())) {
            return true;
        }
        throttled.merge(service, 1L, Long::sum);
        return false;
    }

    private long nanos() {
        Duration d = Duration.between(java.time.Instant.EPOCH, clock.instant());
        return d.toNanos();
    }

    private static final class Bucket {
        private final double perNano;
        private final int burst;
        private double tokens;
        private long last;

        Bucket(double perSecond, int burst, long now) {
            this.perNano = perSecond / 1e9;
            this.burst = burst;
            this.tokens = burst;
            this.last = now;
        }

        boolean take(long now) {
            if (now > last) {
                tokens = Math.min(burst, tokens + (now - last) * perNano);
                last = now;
            }
            if (tokens >= 1) {
                tokens -= 1;
                return true;
            }
            return false;
        }
    }
}
