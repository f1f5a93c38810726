package dev.migsdk.core.internal.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.migsdk.core.auth.AlibabaCredentials;
import dev.migsdk.core.exception.CredentialsException;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RefreshingCredentialsCacheTest {
    private static final Instant T0 = Instant.parse("2024-05-01T00:00:00Z");
    private static final RefreshPolicy POLICY = RefreshPolicy.TEMPORARY_CREDENTIALS;

    private final MutableClock clock = new MutableClock(T0);
    private final AtomicInteger calls = new AtomicInteger();
    private final ExecutorService pool = Executors.newFixedThreadPool(16);

    @AfterEach
    void shutdown() {
        pool.shutdownNow();
    }

    /** Each fetch returns credentials "AK<n>" valid for one hour from now. */
    private Supplier<AlibabaCredentials> counting() {
        return () -> {
            int n = calls.incrementAndGet();
            return AlibabaCredentials.of("AK" + n, "secret" + n, "token" + n, clock.instant().plus(Duration.ofHours(1)));
        };
    }

    private RefreshingCredentialsCache<AlibabaCredentials> cache(Supplier<AlibabaCredentials> fetcher) {
        return new RefreshingCredentialsCache<>("test source", fetcher, POLICY, clock);
    }

    @Test
    void cachesUntilPrefetchWindow() {
        var cache = cache(counting());
        assertThat(cache.get().accessKeyId()).isEqualTo("AK1");
        clock.advance(Duration.ofMinutes(54));
        assertThat(cache.get().accessKeyId()).isEqualTo("AK1");
        assertThat(calls).hasValue(1);
        clock.advance(Duration.ofMinutes(2)); // 4 minutes before expiry: inside the 5-minute prefetch window
        assertThat(cache.get().accessKeyId()).isEqualTo("AK2");
        assertThat(calls).hasValue(2);
    }

    @Test
    void refreshesWhenStale() {
        var cache = cache(counting());
        cache.get();
        clock.advance(Duration.ofMinutes(59).plusSeconds(30));
        assertThat(cache.get().accessKeyId()).isEqualTo("AK2");
    }

    @Test
    void credentialsWithoutExpirationAreKeptUntilInvalidated() {
        var cache = cache(() -> AlibabaCredentials.of("AK" + calls.incrementAndGet(), "s"));
        cache.get();
        clock.advance(Duration.ofDays(400));
        assertThat(cache.get().accessKeyId()).isEqualTo("AK1");
        cache.invalidate();
        assertThat(cache.get().accessKeyId()).isEqualTo("AK2");
    }

    @Test
    void invalidateForcesRefresh() {
        var cache = cache(counting());
        cache.get();
        cache.invalidate();
        assertThat(cache.get().accessKeyId()).isEqualTo("AK2");
        assertThat(calls).hasValue(2);
    }

    @Test
    void failedRefreshKeepsLastGoodCredentialsUntilTheyExpire() {
        AtomicReference<RuntimeException> failWith = new AtomicReference<>();
        Supplier<AlibabaCredentials> base = counting();
        var cache = cache(() -> {
            if (failWith.get() != null) {
                calls.incrementAndGet();
                throw failWith.get();
            }
            return base.get();
        });
        AlibabaCredentials good = cache.get();
        failWith.set(new CredentialsException("metadata unreachable"));

        clock.advance(Duration.ofMinutes(59).plusSeconds(30)); // stale, 30 s left
        assertThat(cache.get()).isSameAs(good);
        int afterFirstFailure = calls.get();

        clock.advance(Duration.ofSeconds(2)); // within the 5 s backoff: no new attempt
        assertThat(cache.get()).isSameAs(good);
        assertThat(calls).hasValue(afterFirstFailure);

        clock.advance(Duration.ofSeconds(4)); // backoff over: retried, fails again, still the good value
        assertThat(cache.get()).isSameAs(good);
        assertThat(calls).hasValue(afterFirstFailure + 1);

        clock.advance(Duration.ofSeconds(30)); // really expired now
        assertThatThrownBy(cache::get)
                .isInstanceOf(CredentialsException.class)
                .hasMessageContaining("test source")
                .hasMessageContaining("metadata unreachable");

        failWith.set(null);
        clock.advance(Duration.ofSeconds(10));
        assertThat(cache.get().accessKeyId()).isNotEqualTo(good.accessKeyId());
    }

    @Test
    void failureWithoutCachedValueNamesTheSourceAndBacksOff() {
        var cache = cache(() -> {
            calls.incrementAndGet();
            throw new IllegalStateException("boom");
        });
        assertThatThrownBy(cache::get).isInstanceOf(CredentialsException.class)
                .hasMessageContaining("Unable to load credentials from test source: boom");
        assertThatThrownBy(cache::get).isInstanceOf(CredentialsException.class).hasMessageContaining("boom");
        assertThat(calls).hasValue(1);
        clock.advance(Duration.ofSeconds(6));
        assertThatThrownBy(cache::get).isInstanceOf(CredentialsException.class);
        assertThat(calls).hasValue(2);
        cache.invalidate(); // also clears the backoff
        assertThatThrownBy(cache::get).isInstanceOf(CredentialsException.class);
        assertThat(calls).hasValue(3);
    }

    @Test
    void alreadyExpiredCredentialsAreAFailure() {
        var cache = cache(() -> AlibabaCredentials.of("AK", "s", "t", clock.instant().minusSeconds(1)));
        assertThatThrownBy(cache::get).isInstanceOf(CredentialsException.class).hasMessageContaining("expired");
    }

    @Test
    void concurrentCallersOnEmptyCacheTriggerOneRefresh() throws Exception {
        CountDownLatch entered = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Supplier<AlibabaCredentials> base = counting();
        var cache = cache(() -> {
            entered.countDown();
            await(release);
            return base.get();
        });
        List<Future<AlibabaCredentials>> results = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            results.add(pool.submit(cache::get));
        }
        assertThat(entered.await(5, TimeUnit.SECONDS)).isTrue();
        waitUntilOthersBlocked(results.size() - 1);
        release.countDown();
        for (Future<AlibabaCredentials> f : results) {
            assertThat(f.get(5, TimeUnit.SECONDS).accessKeyId()).isEqualTo("AK1");
        }
        assertThat(calls).hasValue(1);
    }

    @Test
    void inPrefetchWindowOnlyOneCallerRefreshesAndOthersGetCachedValue() throws Exception {
        CountDownLatch entered = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger blocking = new AtomicInteger();
        Supplier<AlibabaCredentials> base = counting();
        var cache = cache(() -> {
            if (calls.get() >= 1) {
                blocking.incrementAndGet();
                entered.countDown();
                await(release);
            }
            return base.get();
        });
        AlibabaCredentials first = cache.get();
        clock.advance(Duration.ofMinutes(57)); // prefetch window, not stale

        Future<AlibabaCredentials> refresher = pool.submit(cache::get);
        assertThat(entered.await(5, TimeUnit.SECONDS)).isTrue();
        List<Future<AlibabaCredentials>> others = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            others.add(pool.submit(cache::get));
        }
        for (Future<AlibabaCredentials> f : others) {
            assertThat(f.get(5, TimeUnit.SECONDS)).isSameAs(first); // did not wait for the refresh
        }
        release.countDown();
        assertThat(refresher.get(5, TimeUnit.SECONDS).accessKeyId()).isEqualTo("AK2");
        assertThat(blocking).hasValue(1);
        assertThat(cache.get().accessKeyId()).isEqualTo("AK2");
    }

    @Test
    void interruptedWaiterRestoresFlagAndThrows() throws Exception {
        CountDownLatch entered = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Supplier<AlibabaCredentials> base = counting();
        var cache = cache(() -> {
            entered.countDown();
            await(release);
            return base.get();
        });
        Future<AlibabaCredentials> holder = pool.submit(cache::get);
        assertThat(entered.await(5, TimeUnit.SECONDS)).isTrue();
        Thread.currentThread().interrupt();
        try {
            assertThatThrownBy(cache::get).isInstanceOf(CredentialsException.class).hasMessageContaining("Interrupted");
            assertThat(Thread.currentThread().isInterrupted()).isTrue();
        } finally {
            Thread.interrupted();
            release.countDown();
        }
        assertThat(holder.get(5, TimeUnit.SECONDS).accessKeyId()).isEqualTo("AK1");
    }

    @Test
    void warnLogOnFailedRefreshHasNoSecrets() {
        AtomicReference<Boolean> fail = new AtomicReference<>(false);
        var cache = cache(() -> {
            if (fail.get()) {
                throw new CredentialsException("HTTP 500 from metadata");
            }
            return AlibabaCredentials.of("AKID", "TopSecretValue", "TopSecretToken",
                    clock.instant().plus(Duration.ofHours(1)));
        });
        cache.get();
        fail.set(true);
        clock.advance(Duration.ofMinutes(58));
        PrintStream original = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            cache.get();
        } finally {
            System.setErr(original);
        }
        String log = captured.toString(StandardCharsets.UTF_8);
        assertThat(log).contains("WARN").contains("test source").contains("HTTP 500 from metadata");
        assertThat(log).doesNotContain("TopSecret").doesNotContain("AKID");
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(10, TimeUnit.SECONDS)) {
                throw new IllegalStateException("latch timeout");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Spins (no sleep) until {@code n} pool threads are parked, i.e. waiting on the cache's lock. */
    private static void waitUntilOthersBlocked(int n) throws ExecutionException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < deadline) {
            long parked = Thread.getAllStackTraces().keySet().stream()
                    .filter(t -> t.getName().startsWith("pool-"))
                    .filter(t -> t.getState() == Thread.State.WAITING || t.getState() == Thread.State.TIMED_WAITING)
                    .filter(t -> List.of(t.getStackTrace()).stream()
                            .anyMatch(f -> f.getMethodName().equals("lockInterruptibly")))
                    .count();
            if (parked >= n) {
                return;
            }
            Thread.onSpinWait();
        }
        throw new ExecutionException(new IllegalStateException("threads did not block in time"));
    }
}
