package dev.migsdk.core.internal.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migsdk.core.Sleeper;
import dev.migsdk.core.auth.AlibabaCredentials;
import dev.migsdk.core.auth.CredentialsProvider;
import dev.migsdk.core.internal.pipeline.TestClients.DeleteThing;
import dev.migsdk.core.internal.pipeline.TestClients.Deleted;
import dev.migsdk.http.HttpTransportFactory;
import dev.migsdk.http.jdk.JdkHttpTransportFactory;
import dev.migsdk.http.okhttp.OkHttpTransportFactory;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What {@code cancel(true)} on an async call does, on both transports: a call not yet sent (queued, waiting
 * for credentials or in a backoff) is never sent; a request already on the wire is abandoned by the client
 * but may still take effect at the service (docs/DECISIONS.md, "Cancelling an async call").
 */
class CancellationTest {
    private static final AlibabaCredentials KEYS = AlibabaCredentials.of("AKID", "secret-value");
    private MockWebServer server;
    private ClientRuntime<AlibabaCredentials> rt;

    static List<Arguments> transports() {
        return List.of(Arguments.of("okhttp", (Supplier<HttpTransportFactory>) OkHttpTransportFactory::new),
                Arguments.of("jdk", (Supplier<HttpTransportFactory>) JdkHttpTransportFactory::new));
    }

    @BeforeEach
    void start() throws Exception {
        server = new MockWebServer();
        server.start();
    }

    @AfterEach
    void stop() {
        if (rt != null) {
            rt.close();
        }
        server.close();
    }

    private TestClients.AlibabaBuilder client(Supplier<HttpTransportFactory> transport) {
        return TestClients.alibaba().endpointOverride(server.url("/").uri()).allowPlainHttp(true).credentials(KEYS)
                .httpTransport(transport.get()).maxConcurrency(1);
    }

    private static MockResponse slowOk() {
        return new MockResponse.Builder().code(200).setHeader("Content-Type", "application/json")
                .body("{\"RequestId\":\"r-ok\"}").headersDelay(300, TimeUnit.MILLISECONDS).build();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("transports")
    void aCancelledQueuedCallIsNeverSent(String name, Supplier<HttpTransportFactory> transport) throws Exception {
        rt = client(transport).build();
        server.enqueue(slowOk());
        server.enqueue(slowOk());
        CompletableFuture<Deleted> first = rt.executeAsync(TestClients.RPC_DELETE, DeleteThing.of("t-1"));
        CompletableFuture<Deleted> queued = rt.executeAsync(TestClients.RPC_DELETE, DeleteThing.of("t-2"));
        assertThat(server.takeRequest(5, TimeUnit.SECONDS)).isNotNull();

        assertThat(queued.cancel(true)).isTrue();

        assertThat(first.get(5, TimeUnit.SECONDS).requestId()).isEqualTo("r-ok");
        assertThat(server.takeRequest(500, TimeUnit.MILLISECONDS)).isNull();
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("transports")
    void aCancelledCallOnTheWireMayStillHaveReachedTheService(String name, Supplier<HttpTransportFactory> transport)
            throws Exception {
        rt = client(transport).build();
        server.enqueue(slowOk());
        CompletableFuture<Deleted> call = rt.executeAsync(TestClients.RPC_DELETE, DeleteThing.of("t-1"));
        assertThat(server.takeRequest(5, TimeUnit.SECONDS).getUrl().queryParameter("ThingId")).isEqualTo("t-1");

        assertThat(call.cancel(true)).isTrue(); // the caller stops waiting...

        assertThat(call).isCancelled();
        assertThat(server.getRequestCount()).isEqualTo(1); // ...but the service had the request already
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("transports")
    void aCallCancelledDuringItsBackoffIsNotRetriedEvenWhenTheBackoffEnds(String name,
                                                                          Supplier<HttpTransportFactory> transport)
            throws Exception {
        HeldSleeper sleeper = new HeldSleeper();
        rt = client(transport).sleeper(sleeper).build();
        server.enqueue(new MockResponse.Builder().code(503).body("").build());
        server.enqueue(slowOk());
        CompletableFuture<Deleted> call = rt.executeAsync(TestClients.RPC_DELETE, DeleteThing.of("t-1"));
        assertThat(server.takeRequest(5, TimeUnit.SECONDS)).isNotNull();
        sleeper.awaitFirstWait();

        assertThat(call.cancel(true)).isTrue();
        sleeper.releaseAll();

        assertThat(server.takeRequest(500, TimeUnit.MILLISECONDS)).isNull();
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("transports")
    void aCallCancelledWhileItsCredentialsAreResolvedIsNeverSent(String name, Supplier<HttpTransportFactory> transport)
            throws Exception {
        CompletableFuture<AlibabaCredentials> pending = new CompletableFuture<>();
        CredentialsProvider<AlibabaCredentials> slow = new CredentialsProvider<>() {
            @Override
            public AlibabaCredentials resolveCredentials() {
                return pending.join();
            }

            @Override
            public CompletableFuture<AlibabaCredentials> resolveCredentialsAsync() {
                return pending;
            }
        };
        rt = client(transport).credentialsProvider(slow).build();
        server.enqueue(slowOk());
        CompletableFuture<Deleted> call = rt.executeAsync(TestClients.RPC_DELETE, DeleteThing.of("t-1"));

        assertThat(call.cancel(true)).isTrue();
        pending.complete(KEYS); // the credentials arrive after the cancel

        assertThat(server.takeRequest(500, TimeUnit.MILLISECONDS)).isNull();
        assertThat(server.getRequestCount()).isZero();
    }

    /** A sleeper whose async waits end only when the test says so. */
    private static final class HeldSleeper implements Sleeper {
        private final List<CompletableFuture<Void>> waits = new CopyOnWriteArrayList<>();
        private final CountDownLatch firstWait = new CountDownLatch(1);

        @Override
        public void sleep(Duration duration) {
            throw new AssertionError("async calls never sleep a thread");
        }

        @Override
        public CompletableFuture<Void> delay(Duration duration) {
            CompletableFuture<Void> f = new CompletableFuture<>();
            waits.add(f);
            firstWait.countDown();
            return f;
        }

        void awaitFirstWait() throws InterruptedException {
            assertThat(firstWait.await(5, TimeUnit.SECONDS)).as("the call began its backoff").isTrue();
        }

        void releaseAll() {
            waits.forEach(f -> f.complete(null));
        }
    }
}
