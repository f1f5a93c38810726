package dev.migsdk.core.internal.client;

import dev.migsdk.http.okhttp.OkHttpTransportFactory;
import dev.migsdk.http.okhttp.internal.OkHttpTransport;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.migsdk.core.RetryPolicy;
import dev.migsdk.core.auth.AlibabaCredentials;
import dev.migsdk.core.exception.SdkClientException;
import dev.migsdk.core.internal.pipeline.ClientRuntime;
import dev.migsdk.core.internal.pipeline.TestClients;
import dev.migsdk.core.internal.pipeline.TestClients.AlibabaBuilder;
import dev.migsdk.core.internal.pipeline.TestClients.DeleteThing;
import dev.migsdk.core.internal.pipeline.TestClients.Deleted;
import dev.migsdk.core.testing.CallMode;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** What the builder checks at {@code build()}, and how a given {@code httpClient} combines with its settings. */
class BaseClientBuilderTest {
    private static final AlibabaCredentials ALI = AlibabaCredentials.of("AKID-test", "ali-secret-value");
    private static final MockResponse OK = new MockResponse.Builder().code(200)
            .setHeader("Content-Type", "application/json").body("{\"RequestId\":\"req-ok\"}").build();

    private MockWebServer server;
    private ExecutorService userExecutor;
    private final Set<Thread> userThreads = ConcurrentHashMap.newKeySet();
    private OkHttpClient given;
    private final List<AutoCloseable> toClose = new ArrayList<>();

    @BeforeEach
    void start() throws Exception {
        server = new MockWebServer();
        server.start();
        AtomicInteger threads = new AtomicInteger();
        userExecutor = new ThreadPoolExecutor(0, Integer.MAX_VALUE, 60, TimeUnit.SECONDS, new SynchronousQueue<>(),
                r -> {
                    Thread t = new Thread(r, "user-pool-" + threads.incrementAndGet());
                    t.setDaemon(true);
                    userThreads.add(t);
                    return t;
                });
        given = new OkHttpClient.Builder().dispatcher(new okhttp3.Dispatcher(userExecutor))
                .connectTimeout(Duration.ofSeconds(7)).readTimeout(Duration.ofSeconds(8))
                .writeTimeout(Duration.ofSeconds(9)).build();
    }

    @AfterEach
    void stop() throws Exception {
        for (AutoCloseable c : toClose) {
            c.close();
        }
        server.close();
        userExecutor.shutdownNow();
        given.connectionPool().evictAll();
    }

    private AlibabaBuilder builder() {
        return TestClients.alibaba().endpointOverride(server.url("/").uri()).allowPlainHttp(true).credentials(ALI)
                .retryPolicy(RetryPolicy.none());
    }

    private ClientRuntime<AlibabaCredentials> build(AlibabaBuilder b) {
        ClientRuntime<AlibabaCredentials> rt = b.build();
        toClose.add(rt);
        return rt;
    }

    private static OkHttpClient okHttp(ClientRuntime<?> rt) {
        return ((OkHttpTransport) rt.settings().transport()).client();
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://127.0.0.1:0", "https://[::1]:0", "https://example.com:65536",
            "http://127.0.0.1:99999"})
    void endpointOverridePortOutOfRangeIsRefusedAtBuild(String uri) {
        URI endpoint = URI.create(uri);
        AlibabaBuilder b = TestClients.alibaba().credentials(ALI).allowPlainHttp(true).endpointOverride(endpoint);

        assertThatThrownBy(b::build).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("endpointOverride").hasMessageContaining("port")
                .hasMessageContaining(" " + endpoint.getPort() + ":");
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://127.0.0.1:1", "https://127.0.0.1:65535", "https://example.com",
            "https://example.com:443"})
    void endpointOverridePortInRangeOrAbsentIsAccepted(String uri) {
        assertThatCode(() -> build(TestClients.alibaba().credentials(ALI).endpointOverride(URI.create(uri))))
                .doesNotThrowAnyException();
    }

    @Test
    void withoutAGivenClientTheDefaultTimeoutsApply() {
        OkHttpClient http = okHttp(build(builder()));

        assertThat(http.connectTimeoutMillis()).isEqualTo(5_000);
        assertThat(http.readTimeoutMillis()).isEqualTo(30_000);
        assertThat(http.writeTimeoutMillis()).isEqualTo(30_000);
    }

    @Test
    void aGivenClientKeepsItsTimeoutsUnlessTheBuilderSetsThem() {
        OkHttpClient kept = okHttp(build(builder().httpTransport(OkHttpTransportFactory.using(given))));
        OkHttpClient overridden = okHttp(build(builder().httpTransport(OkHttpTransportFactory.using(given)).readTimeout(Duration.ofSeconds(2))));

        assertThat(kept.connectTimeoutMillis()).isEqualTo(7_000);
        assertThat(kept.readTimeoutMillis()).isEqualTo(8_000);
        assertThat(kept.writeTimeoutMillis()).isEqualTo(9_000);
        assertThat(overridden.connectTimeoutMillis()).isEqualTo(7_000);
        assertThat(overridden.readTimeoutMillis()).isEqualTo(2_000);
        assertThat(overridden.writeTimeoutMillis()).isEqualTo(9_000);
    }

    @ParameterizedTest
    @EnumSource(CallMode.class)
    void anExplicitReadTimeoutTakesEffectWithAGivenClient(CallMode mode) {
        ClientRuntime<AlibabaCredentials> rt = build(builder().httpTransport(OkHttpTransportFactory.using(given)).readTimeout(Duration.ofMillis(200)));
        server.enqueue(new MockResponse.Builder().headersDelay(5, TimeUnit.SECONDS).body("{}").build());
        DeleteThing request = DeleteThing.of("t-1");

        long start = System.nanoTime();
        assertThatThrownBy(() -> mode.call(() -> rt.execute(TestClients.RPC_DELETE, request),
                () -> rt.executeAsync(TestClients.RPC_DELETE, request)))
                .isInstanceOf(SdkClientException.class).hasCauseInstanceOf(SocketTimeoutException.class);
        // the given client's own 8 s read timeout would have waited out the whole 5 s delay
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(4));
    }

    @Test
    void maxConcurrencyLimitsCallsOnAGivenClientWhoseThreadsRunThem() throws Exception {
        int calls = 6;
        int max = 2; // below the given client's per-host limit of 5, so only the SDK's limit can explain it
        AtomicInteger inFlight = new AtomicInteger();
        AtomicInteger mostInFlight = new AtomicInteger();
        CountDownLatch arrived = new CountDownLatch(max);
        CountDownLatch release = new CountDownLatch(1);
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
                mostInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
                arrived.countDown();
                release.await(10, TimeUnit.SECONDS);
                inFlight.decrementAndGet();
                return OK;
            }
        });
        Set<Thread> threads = ConcurrentHashMap.newKeySet();
        OkHttpClient recording = given.newBuilder().addInterceptor(chain -> {
            threads.add(Thread.currentThread());
            return chain.proceed(chain.request());
        }).build();
        ClientRuntime<AlibabaCredentials> rt = build(builder().httpTransport(OkHttpTransportFactory.using(recording)).maxConcurrency(max));

        List<CompletableFuture<Deleted>> futures = new ArrayList<>();
        try {
            for (int i = 0; i < calls; i++) {
                futures.add(rt.executeAsync(TestClients.RPC_DELETE, DeleteThing.of("t-" + i)));
            }
            assertThat(arrived.await(10, TimeUnit.SECONDS)).isTrue();
            okhttp3.Dispatcher sdkDispatcher = okHttp(rt).dispatcher();
            assertThat(sdkDispatcher).isNotSameAs(recording.dispatcher());
            assertThat(sdkDispatcher.runningCallsCount()).isEqualTo(max);
            assertThat(sdkDispatcher.queuedCallsCount()).isEqualTo(calls - max);
        } finally {
            release.countDown();
        }

        for (CompletableFuture<Deleted> f : futures) {
            assertThat(f.get(10, TimeUnit.SECONDS).requestId()).isEqualTo("req-ok");
        }
        assertThat(mostInFlight).hasValue(max);
        assertThat(server.getRequestCount()).isEqualTo(calls);
        assertThat(threads).as("calls ran on the given client's executor").isNotEmpty().isSubsetOf(userThreads);
        assertThat(recording.dispatcher().getMaxRequestsPerHost()).as("the given dispatcher is left as it was")
                .isEqualTo(5);
    }

    @Test
    void closingTheClientLeavesTheGivenClientsExecutorAndPoolRunning() throws Exception {
        server.enqueue(OK);
        server.enqueue(OK);
        server.enqueue(OK);
        ClientRuntime<AlibabaCredentials> rt = builder().httpTransport(OkHttpTransportFactory.using(given)).build();
        rt.executeAsync(TestClients.RPC_DELETE, DeleteThing.of("t-1")).get(10, TimeUnit.SECONDS);
        rt.execute(TestClients.RPC_DELETE, DeleteThing.of("t-2"));
        assertThat(okHttp(rt).connectionPool()).isSameAs(given.connectionPool());

        rt.close();

        assertThat(given.dispatcher().executorService().isShutdown()).isFalse();
        assertThat(userExecutor.isShutdown()).isFalse();
        assertThat(given.connectionPool().connectionCount()).isPositive();
        try (Response r = given.newCall(new Request.Builder().url(server.url("/after-close")).build()).execute()) {
            assertThat(r.code()).isEqualTo(200);
        }
    }

}
