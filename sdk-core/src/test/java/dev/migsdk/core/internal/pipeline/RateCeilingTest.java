package dev.migsdk.core.internal.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** A known limit (maxRequestsPerSecond) paces sends from the first one, and adaptation never goes above it. */
class RateCeilingTest {
    private final AtomicLong now = new AtomicLong(1_000_000_000L);

    @Test
    void aCeilingPacesSendsFromTheStart() {
        AdaptiveRateLimiter limiter = new AdaptiveRateLimiter(now::get, 10_000, 100, false);

        assertThat(limiter.reserve()).isEqualTo(Duration.ZERO);
        assertThat(limiter.reserve()).isEqualTo(Duration.ofMillis(10));
        assertThat(limiter.reserve()).isEqualTo(Duration.ofMillis(20));
        now.addAndGet(Duration.ofSeconds(1).toNanos()); // idle: no credit is saved up beyond the pace
        assertThat(limiter.reserve()).isEqualTo(Duration.ZERO);
        assertThat(limiter.reserve()).isEqualTo(Duration.ofMillis(10));
    }

    @Test
    void withoutAdaptationThrottlingDoesNotLowerTheRate() {
        AdaptiveRateLimiter limiter = new AdaptiveRateLimiter(now::get, 10_000, 100, false);

        limiter.onThrottle();

        assertThat(limiter.currentRate()).isEqualTo(100.0);
    }

    @Test
    void adaptiveUnderACeilingSlowsAfterThrottlingAndRecoversOnlyUpToTheCeiling() {
        AdaptiveRateLimiter limiter = new AdaptiveRateLimiter(now::get, 10_000, 100, true);
        for (int i = 0; i < 50; i++) {
            limiter.reserve();
            now.addAndGet(Duration.ofMillis(10).toNanos());
        }

        limiter.onThrottle();
        double lowered = limiter.currentRate();
        for (int i = 0; i < 1_000; i++) { // a sender that wants more than the lowered rate
            limiter.reserve();
            limiter.onSuccess();
            now.addAndGet(Duration.ofMillis(5).toNanos());
        }

        assertThat(lowered).isLessThan(100.0);
        assertThat(limiter.currentRate()).isEqualTo(100.0); // still limiting: the cap holds
    }

    @Test
    void aThrottledAnswerToARequestSentBeforeTheLastDecreaseDoesNotLowerTheRateAgain() {
        AdaptiveRateLimiter limiter = new AdaptiveRateLimiter(now::get, 10_000);
        for (int i = 0; i < 100; i++) {
            limiter.reserve();
            now.addAndGet(Duration.ofMillis(5).toNanos());
        }
        long sentBefore = now.get();
        now.addAndGet(Duration.ofMillis(1).toNanos());
        limiter.onThrottle();
        double lowered = limiter.currentRate();

        now.addAndGet(Duration.ofSeconds(1).toNanos()); // long after the cool-down
        limiter.onThrottle(sentBefore);                  // a late answer to a request sent at the old rate

        assertThat(limiter.currentRate()).isEqualTo(lowered);
        limiter.onThrottle(now.get());                   // one sent at the new rate: lower again
        assertThat(limiter.currentRate()).isLessThan(lowered);
    }

    @Test
    void theBuilderRefusesANonPositiveRateNamingTheSetting() {
        assertThatThrownBy(() -> TestClients.alibaba().maxRequestsPerSecond(0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxRequestsPerSecond");
        assertThatThrownBy(() -> TestClients.alibaba().maxRequestsPerSecond(Double.NaN))
                .hasMessageContaining("maxRequestsPerSecond");
    }
}
