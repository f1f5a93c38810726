package dev.migsdk.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migsdk.core.exception.RetryBudgetExhaustedException;
import dev.migsdk.core.exception.SdkException;
import dev.migsdk.core.internal.pipeline.AdaptiveRateLimiter;
import dev.migsdk.core.internal.pipeline.ClientRuntime;
import dev.migsdk.testkit.MigrationEmulator;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A bulk delete of 1,000 tasks through a server-side rate limit ({@link RateLimitedFront}): with the
 * adaptive rate limiter on (and the default retry policy and budget), every delete succeeds and the retry
 * budget is never spent, because the client slows to what the service accepts instead of retrying into it.
 */
@ExtendWith(Secrets.class)
class AdaptiveThrottlingTest {
    static final int TASKS = 1_000;
    static final int CALLERS = 16;
    static final double SERVER_RATE = 250;

    static MigrationEmulator emu;

    @BeforeAll
    static void start() {
        emu = MigrationEmulator.start();
        Secrets.secretsOf(emu);
    }

    @AfterAll
    static void stop() {
        emu.close();
    }

    static List<Svc> bulkServices() {
        return Report.profile() ? List.of(Svc.OMS, Svc.SMC, Svc.DTS, Svc.SMS) : List.of(Svc.OMS);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bulkServices")
    void bulkDeleteThroughARateLimitFinishesWithoutBurningTheRetryBudget(Svc svc) throws Exception {
        Result adaptive = bulkDelete(svc, true);
        String title = "adaptive throttling: " + svc + " bulk delete of " + TASKS + " through a " + SERVER_RATE
                + " req/s limit, " + CALLERS + " callers";
        if (Report.profile()) {
            Result plain = bulkDelete(svc, false);
            Report.section(title, "limiter on:\n" + adaptive + "\nlimiter off (for comparison):\n" + plain);
        } else {
            Report.section(title, "limiter on:\n" + adaptive);
        }
        // A call throttled on all 3 attempts is possible (about p^3 for a throttle rate p); the budget is not.
        assertThat(adaptive.failures).as("failed deletes").hasSizeLessThanOrEqualTo(2)
                .noneMatch(f -> f instanceof RetryBudgetExhaustedException);
        assertThat(adaptive.throttled).as("throttled answers").isLessThan(TASKS / 5);
        assertThat(adaptive.minBudget).as("lowest retry-budget level seen (of 500)").isGreaterThan(0);
        double ideal = TASKS / SERVER_RATE * 1000;
        assertThat(adaptive.ms).as("wall time vs %.0f ms the server's rate allows", ideal)
                .isLessThan((long) (8 * ideal));   // before the limiter fix: 229 s
    }

    @Test
    void aBurstOfThrottlingAnswersLowersTheRateOnce() {
        long[] now = {0};
        AdaptiveRateLimiter limiter = new AdaptiveRateLimiter(() -> now[0], 10_000);
        for (int i = 0; i < 200; i++) {           // 200 sends in the first second, nothing answered yet
            now[0] += 5_000_000;
            limiter.reserve();
        }
        assertThat(limiter.currentRate()).isInfinite();
        for (int i = 0; i < 30; i++) {            // the 30 requests in flight all come back throttled
            limiter.onThrottle();
        }
        assertThat(limiter.currentRate()).as("one decrease to 70%% of ~200/s sent").isBetween(100.0, 200.0);
    }

    /**
     * A sender that wants 1,000 calls/s against a service that accepts 100/s (a token bucket, burst 10),
     * in virtual time with instant answers: the limiter learns the limit from the accepted answers and
     * then stays just under and around it.
     */
    @Test
    void theRateSettlesAtTheLimitTheServiceAcceptsWithFewThrottles() {
        long[] now = {0};
        AdaptiveRateLimiter limiter = new AdaptiveRateLimiter(() -> now[0], 10_000);
        double tokens = 10;
        long lastRefill = 0;
        long sendAt = -1;
        int accepted = 0;
        int throttled = 0;
        for (now[0] = 0; now[0] < 20_000_000_000L; now[0] += 1_000_000) {
            tokens = Math.min(10, tokens + (now[0] - lastRefill) / 1e9 * 100);
            lastRefill = now[0];
            boolean send;
            if (sendAt >= 0) {
                send = now[0] >= sendAt;
            } else {
                long wait = limiter.reserve().toNanos();
                send = wait == 0;
                sendAt = send ? -1 : now[0] + wait;
            }
            if (!send) {
                continue;
            }
            sendAt = -1;
            boolean measured = now[0] >= 10_000_000_000L; // the second half: after the limit was found
            if (tokens >= 1) {
                tokens--;
                limiter.onSuccess();
                accepted += measured ? 1 : 0;
            } else {
                limiter.onThrottle(now[0]);
                throttled += measured ? 1 : 0;
            }
        }
        assertThat(accepted).as("accepted in the last 10 s (the service allows 1,000)").isGreaterThan(900);
        assertThat(throttled).as("throttled in the last 10 s").isLessThan(accepted / 50);
        assertThat(limiter.currentRate()).isBetween(80.0, 125.0);
    }

    @Test
    void aSenderThatAsksForLessThanTheRateDoesNotRaiseItTowardsUnlimited() {
        long[] now = {0};
        AdaptiveRateLimiter limiter = new AdaptiveRateLimiter(() -> now[0], 10_000);
        for (int i = 0; i < 100; i++) {
            now[0] += 10_000_000;
            limiter.reserve();
            limiter.onSuccess();
        }
        limiter.onThrottle(now[0]);
        double lowered = limiter.currentRate();
        for (int i = 0; i < 2_000; i++) {         // answers keep coming, but nothing waits for the rate
            now[0] += 2_000_000_000L / 2_000 + 1_000_000_000L / 100;
            limiter.onSuccess();
        }
        assertThat(lowered).isBetween(50.0, 100.0);
        assertThat(limiter.currentRate()).isEqualTo(lowered);
    }

    record Result(int succeeded, List<Throwable> failures, long throttled, long forwarded, long ms, int minBudget,
                  double finalRate) {
        @Override
        public String toString() {
            return "succeeded: " + succeeded + ", failed: " + failures.size() + " ("
                    + failures.stream().filter(f -> f instanceof RetryBudgetExhaustedException).count()
                    + " RetryBudgetExhaustedException)\nserver answers: " + forwarded + " forwarded, " + throttled
                    + " throttled\nlowest retry budget: " + minBudget + "/500, limiter rate at end: "
                    + (Double.isInfinite(finalRate) ? "not limiting" : String.format("%.1f/s", finalRate))
                    + "\nwall time: " + ms + " ms";
        }
    }

    static Result bulkDelete(Svc svc, boolean adaptiveLimiter) throws Exception {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < TASKS; i++) {
            String id = svc.newId();
            svc.seed(emu, id);
            ids.add(id);
        }
        try (RateLimitedFront front = new RateLimitedFront(emu.endpoint(), SERVER_RATE, 10);
             Client client = svc.client(emu, b -> b.endpointOverride(front.endpoint())
                     .adaptiveRateLimiting(adaptiveLimiter))) {
            ClientRuntime<?> runtime = Internals.runtime(client.unwrap());
            ExecutorService pool = Executors.newFixedThreadPool(CALLERS);
            AtomicInteger ok = new AtomicInteger();
            AtomicInteger minBudget = new AtomicInteger(Integer.MAX_VALUE);
            List<Throwable> failures = java.util.Collections.synchronizedList(new ArrayList<>());
            long t0 = System.nanoTime();
            List<Future<?>> futures = new ArrayList<>();
            for (String id : ids) {
                futures.add(pool.submit(() -> {
                    try {
                        client.delete(id);
                        ok.incrementAndGet();
                    } catch (SdkException e) {
                        Secrets.seen(e);
                        failures.add(e);
                    }
                    minBudget.accumulateAndGet(runtime.settings().retryBudget().available(), Math::min);
                }));
            }
            for (Future<?> f : futures) {
                f.get(60, TimeUnit.SECONDS);
            }
            pool.shutdown();
            long ms = (System.nanoTime() - t0) / 1_000_000;
            Secrets.harvest(emu.journal().requests());
            double rate = runtime.settings().rateLimiter() == null ? Double.POSITIVE_INFINITY
                    : runtime.settings().rateLimiter().currentRate();
            return new Result(ok.get(), failures, front.throttled(), front.forwarded(), ms, minBudget.get(), rate);
        } finally {
            emu.journal().clear();
        }
    }
}
