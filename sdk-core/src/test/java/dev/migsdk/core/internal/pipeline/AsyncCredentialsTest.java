package dev.migsdk.core.internal.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migsdk.core.RetryPolicy;
import dev.migsdk.core.auth.AlibabaCredentials;
import dev.migsdk.core.auth.CredentialsProvider;
import dev.migsdk.core.internal.auth.MutableClock;
import dev.migsdk.core.internal.auth.RefreshPolicy;
import dev.migsdk.core.internal.auth.RefreshingCredentialsCache;
import dev.migsdk.core.internal.pipeline.TestClients.DeleteThing;
import dev.migsdk.core.internal.pipeline.TestClients.Deleted;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Async calls never block a thread on credentials: not the caller's, not OkHttp's. */
class AsyncCredentialsTest {
    private static final Instant T0 = Instant.parse("2026-12-01T00:00:00Z");

    private final MutableClock clock = new MutableClock(T0);
    private final AtomicInteger fetches = new AtomicInteger();
    private final List<String> fetchThreads = new CopyOnWriteArrayList<>();
    private final CountDownLatch release = new CountDownLatch(1);
    private MockWebServer server;

    @BeforeEach
    void start() throws Exception {
        server = new MockWebServer();
        server.start();
    }

    @AfterEach
    void stop() {
        release.countDown();
        server.close();
    }

    /** Credentials valid for an hour; every fetch after the first blocks for up to 2 s (until released). */
    private CredentialsProvider<AlibabaCredentials> slowRefreshingProvider() {
        RefreshingCredentialsCache<AlibabaCredentials> cache = new RefreshingCredentialsCache<>("slow source", () -> {
            fetchThreads.add(Thread.currentThread().getName());
            int n = fetches.incrementAndGet();
            if (n > 1) {
                try {
                    release.await(2, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            return AlibabaCredentials.of("AK" + n, "secret" + n, null, clock.instant().plus(Duration.ofHours(1)));
        }, RefreshPolicy.TEMPORARY_CREDENTIALS, clock);
        return new CredentialsProvider<>() {
            @Override
            public AlibabaCredentials resolveCredentials() {
                return cache.get();
            }

            @Override
            public CompletableFuture<AlibabaCredentials> resolveCredentialsAsync() {
                return cache.getAsync();
            }
        };
    }

    private static MockResponse ok() {
        return new MockResponse.Builder().code(200).setHeader("Content-Type", "application/json")
                .body("{\"RequestId\":\"r-ok\"}").build();
    }

    @Test
    void aBlockingRefreshBlocksNeitherTheCallerNorAnOkHttpThread() throws Exception {
        CredentialsProvider<AlibabaCredentials> provider = slowRefreshingProvider();
        ClientRuntime<AlibabaCredentials> rt = TestClients.alibaba().endpointOverride(server.url("/").uri())
                .allowPlainHttp(true).credentialsProvider(provider).retryPolicy(RetryPolicy.defaults()).build();
        try {
            // First call: the first fetch is quick. Then the credentials go stale and the next fetch blocks.
            server.enqueue(ok());
            assertThat(rt.executeAsync(TestClients.RPC_DELETE, DeleteThing.of("t-1")).get(5, TimeUnit.SECONDS)
                    .requestId()).isEqualTo("r-ok");
            clock.advance(Duration.ofMinutes(59).plusSeconds(50)); // stale: a call must wait for new credentials

            server.enqueue(new MockResponse.Builder().code(503).setHeader("Content-Type", "application/json")
                    .body("{\"RequestId\":\"r-503\",\"Code\":\"ServiceUnavailable\",\"Message\":\"later\"}").build());
            server.enqueue(ok());
            long before = System.nanoTime();
            CompletableFuture<Deleted> call = rt.executeAsync(TestClients.RPC_DELETE, DeleteThing.of("t-2"));
            Duration returnedAfter = Duration.ofNanos(System.nanoTime() - before);

            assertThat(call).isNotDone(); // waiting for the refresh, on the refresher's thread
            assertThat(returnedAfter).isLessThan(Duration.ofSeconds(1));
            assertThat(server.getRequestCount()).isEqualTo(1);
            release.countDown();
            assertThat(call.get(5, TimeUnit.SECONDS).requestId()).isEqualTo("r-ok");
            assertThat(server.getRequestCount()).isEqualTo(3); // the 503 was retried
            assertThat(fetches).hasValue(2);
            assertThat(fetchThreads).allSatisfy(name -> assertThat(name).doesNotContain("OkHttp"));
            assertThat(fetchThreads.get(1)).isEqualTo("migsdk-credentials-refresh");
        } finally {
            rt.close();
        }
    }
}
