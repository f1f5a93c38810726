package dev.migsdk.core.internal.pipeline;

import dev.migsdk.http.okhttp.internal.OkHttpTransport;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.migsdk.core.RetryPolicy;
import dev.migsdk.core.auth.AlibabaCredentials;
import dev.migsdk.core.exception.SdkClientException;
import dev.migsdk.core.exception.ThrottlingException;
import dev.migsdk.core.internal.pipeline.TestClients.DeleteThing;
import dev.migsdk.core.internal.pipeline.TestClients.Deleted;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What callers get when a client is closed: with calls on the wire and queued, during backoff, and
 * after close; how many requests the server saw; and which threads are left.
 */
class LifecycleTest {
    private static final AlibabaCredentials ALI = AlibabaCredentials.of("AKID-test", "ali-secret-value");

    private MockWebServer server;
    private final AtomicInteger seen = new AtomicInteger();

    @BeforeEach
    void start() throws Exception {
        server = new MockWebServer();
        server.start();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private ClientRuntime<AlibabaCredentials> client(int maxConcurrency, RetryPolicy policy) {
        return TestClients.alibaba().endpointOverride(server.url("/").uri()).allowPlainHttp(true).credentials(ALI)
                .maxConcurrency(maxConcurrency).retryPolicy(policy).build();
    }

    /** Every request answered after {@code delay} with {@code response}. */
    private void answerAll(MockResponse response) {
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                seen.incrementAndGet();
                return response;
            }
        });
    }

    private static MockResponse ok(long delayMillis) {
        return new MockResponse.Builder().code(200).setHeader("Content-Type", "application/json")
                .body("{\"RequestId\":\"r-ok\"}").headersDelay(delayMillis, TimeUnit.MILLISECONDS).build();
    }

    @Test
    void closeLetsCallsOnTheWireFinishAndFailsQueuedOnesUnsent() throws Exception {
        answerAll(ok(300));
        ClientRuntime<AlibabaCredentials> rt = client(8, RetryPolicy.defaults());
        List<CompletableFuture<Deleted>> calls = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            calls.add(rt.executeAsync(TestClients.RPC_DELETE, DeleteThing.of("t-" + i)));
        }
        awaitSeen(8);

        rt.close();

        int ok = 0;
        int closed = 0;
        for (CompletableFuture<Deleted> f : calls) {
            try {
                assertThat(f.get(10, TimeUnit.SECONDS).requestId()).isEqualTo("r-ok");
                ok++;
            } catch (ExecutionException e) {
                assertThat(e.getCause()).isInstanceOf(SdkClientException.class)
                        .hasMessageContaining("client was closed").hasMessageContaining("cancelled while queued");
                assertThat(((SdkClientException) e.getCause()).retryable()).isFalse();
                closed++;
            }
        }
        assertThat(ok).isEqualTo(8);
        assertThat(closed).isEqualTo(292);
        assertThat(seen).hasValue(8);
        assertThat(server.getRequestCount()).isEqualTo(8);
        assertNoSdkThreadsLeft(rt);
    }

    @ParameterizedTest(name = "async={0}")
    @ValueSource(booleans = {false, true})
    void closeDuringBackoffEndsTheWaitAndNeverRetries(boolean async) throws Exception {
        answerAll(new MockResponse.Builder().code(429).setHeader("Retry-After", "15")
                .setHeader("Content-Type", "application/json")
                .body("{\"RequestId\":\"r-429\",\"Code\":\"Throttling.User\",\"Message\":\"slow down\"}").build());
        ClientRuntime<AlibabaCredentials> rt = client(8, RetryPolicy.defaults());
        CompletableFuture<Deleted> call = async ? rt.executeAsync(TestClients.RPC_DELETE, DeleteThing.of("t-1"))
                : CompletableFuture.supplyAsync(() -> rt.execute(TestClients.RPC_DELETE, DeleteThing.of("t-1")));
        awaitSeen(1);
        long start = System.nanoTime();

        rt.close();

        Throwable failure = failureOf(call);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10)); // not the 15 s wait
        assertThat(failure).isInstanceOf(SdkClientException.class).hasMessageContaining("client was closed")
                .hasMessageContaining("was not retried");
        assertThat(failure.getCause()).isInstanceOf(ThrottlingException.class);
        assertThat(((SdkClientException) failure).retryable()).isFalse();
        assertThat(server.getRequestCount()).isEqualTo(1);
        assertNoSdkThreadsLeft(rt);
    }

    @Test
    void callsAfterCloseFailAtOnceWithoutSending() throws Exception {
        answerAll(ok(0));
        ClientRuntime<AlibabaCredentials> rt = client(8, RetryPolicy.defaults());
        rt.close();

        assertThatThrownBy(() -> rt.execute(TestClients.RPC_DELETE, DeleteThing.of("t-1")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("client is closed");
        CompletableFuture<Deleted> async = rt.executeAsync(TestClients.RPC_DELETE, DeleteThing.of("t-1"));
        assertThat(async).isCompletedExceptionally();
        assertThat(failureOf(async)).isInstanceOf(IllegalStateException.class).hasMessageContaining("client is closed");
        assertThat(server.getRequestCount()).isZero();
        rt.close(); // a second close is harmless
        assertNoSdkThreadsLeft(rt);
    }

    /**
     * A backoff that starts while another thread closes the client ends with the close and never hangs the
     * call. (The client's timer, started by that first backoff, could be shut down by close() between the
     * wait's "closed?" check and its scheduling; the wait then threw instead of returning, and an async retry
     * was left waiting forever.)
     */
    @Test
    void aWaitStartedWhileTheClientClosesEndsAtOnce() throws Exception {
        for (int round = 0; round < 2000; round++) {
            Lifecycle lifecycle = new Lifecycle("TST", null);
            CyclicBarrier both = new CyclicBarrier(2);
            CompletableFuture<CompletableFuture<Void>> wait = CompletableFuture.supplyAsync(() -> {
                awaitQuietly(both);
                return lifecycle.delay(Duration.ofSeconds(30)); // the first wait: it starts the timer
            });
            awaitQuietly(both);
            lifecycle.close();
            assertThat(wait.get(5, TimeUnit.SECONDS)).succeedsWithin(Duration.ofSeconds(1));
        }
        assertNoSdkThreadsLeft();
    }

    private static void awaitQuietly(CyclicBarrier barrier) {
        try {
            barrier.await(5, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private void awaitSeen(int n) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (seen.get() < n && System.nanoTime() < deadline) {
            TimeUnit.MILLISECONDS.sleep(5);
        }
        assertThat(seen.get()).isGreaterThanOrEqualTo(n);
    }

    private static Throwable failureOf(CompletableFuture<?> f) {
        try {
            f.get(15, TimeUnit.SECONDS);
            throw new AssertionError("expected the call to fail");
        } catch (ExecutionException | CompletionException e) {
            return e.getCause();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    /** The client's own threads (timer, dispatcher) end; OkHttp's idle connection threads may linger, as documented. */
    private static void assertNoSdkThreadsLeft(ClientRuntime<?> rt) throws InterruptedException {
        assertThat(((OkHttpTransport) rt.settings().transport()).client().dispatcher().executorService().awaitTermination(5,
                TimeUnit.SECONDS)).isTrue();
        assertNoSdkThreadsLeft();
    }

    private static void assertNoSdkThreadsLeft() throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (System.nanoTime() < deadline && !sdkThreads().isEmpty()) {
            TimeUnit.MILLISECONDS.sleep(20);
        }
        assertThat(sdkThreads()).isEmpty();
    }

    private static List<String> sdkThreads() {
        List<String> names = new ArrayList<>();
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            if (t.isAlive() && t.getName().startsWith("migsdk-tst")) {
                names.add(t.getName());
            }
        }
        return names;
    }
}
