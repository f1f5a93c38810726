package dev.migsdk.core.internal.pipeline;

import dev.migsdk.core.RetryPolicy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.function.LongUnaryOperator;

/** Retry delays: full-jitter exponential backoff with a floor from {@code Retry-After}. Internal API. */
public final class Backoff {
    private static final Duration MAX_RETRY_AFTER = Duration.ofSeconds(86_400);

    private Backoff() {
    }

    /**
     * Delay before retry number {@code retry} (1 for the first retry).
     *
     * @param random maps an exclusive upper bound in nanos to a value in {@code [0, bound)}
     */
    public static Duration delay(RetryPolicy policy, int retry, boolean throttled, Duration retryAfter,
                                 LongUnaryOperator random) {
        Duration base = throttled ? policy.throttlingBaseDelay() : policy.baseDelay();
        long cap = policy.maxBackoff().toNanos();
        long ceiling = base.toNanos();
        for (int i = 1; i < retry && ceiling < cap; i++) {
            ceiling = ceiling > Long.MAX_VALUE / 2 ? Long.MAX_VALUE : ceiling * 2;
        }
        ceiling = Math.min(ceiling, cap);
        long nanos = ceiling <= 0 ? 0 : random.applyAsLong(ceiling);
        if (retryAfter != null) {
            nanos = Math.max(nanos, Math.min(retryAfter.toNanos(), cap));
        }
        return Duration.ofNanos(nanos);
    }

    /** Parses {@code Retry-After}: delta-seconds or an HTTP date; {@code null} if absent or unreadable. */
    public static Duration parseRetryAfter(String value, Clock clock) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.trim();
        try {
            long seconds = Long.parseLong(v);
            return seconds < 0 ? null : Duration.ofSeconds(Math.min(seconds, MAX_RETRY_AFTER.getSeconds()));
        } catch (NumberFormatException notSeconds) {
            Instant at = parseHttpDate(v);
            if (at == null) {
                return null;
            }
            Duration d = Duration.between(clock.instant(), at);
            // Clamped like delta-seconds: a far-future date (year 9999) must not overflow Duration.toNanos().
            return d.isNegative() ? Duration.ZERO : d.compareTo(MAX_RETRY_AFTER) > 0 ? MAX_RETRY_AFTER : d;
        }
    }

    /** Parses an RFC 1123 HTTP date, or returns {@code null}. */
    public static Instant parseHttpDate(String value) {
        if (value == null) {
            return null;
        }
        try {
            return ZonedDateTime.parse(value.trim(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
