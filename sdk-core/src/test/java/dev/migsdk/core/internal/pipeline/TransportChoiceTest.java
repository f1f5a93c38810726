package dev.migsdk.core.internal.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.migsdk.core.RetryPolicy;
import dev.migsdk.core.auth.AlibabaCredentials;
import dev.migsdk.core.exception.SdkClientException;
import dev.migsdk.core.internal.pipeline.TestClients.DeleteThing;
import dev.migsdk.core.internal.pipeline.TestClients.Deleted;
import dev.migsdk.http.HttpTransport;
import dev.migsdk.http.HttpTransportFactory;
import dev.migsdk.http.HttpTransportOptions;
import dev.migsdk.http.HttpTransportRequest;
import dev.migsdk.http.HttpTransportResponse;
import dev.migsdk.http.jdk.JdkHttpTransportFactory;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicReference;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A client on an explicitly chosen transport: the JDK one, and one whose library is broken at run time. */
class TransportChoiceTest {
    private static final AlibabaCredentials ALI = AlibabaCredentials.of("LTAI5tExampleKeyId", "example-secret");
    private MockWebServer server;
    private ClientRuntime<AlibabaCredentials> rt;

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

    private ClientRuntime<AlibabaCredentials> client(HttpTransportFactory transport) {
        rt = TestClients.alibaba().endpointOverride(server.url("/").uri()).allowPlainHttp(true).credentials(ALI)
                .retryPolicy(RetryPolicy.none()).httpTransport(transport).build();
        return rt;
    }

    private static Deleted call(ClientRuntime<AlibabaCredentials> rt, boolean async) {
        if (!async) {
            return rt.execute(TestClients.RPC_DELETE, DeleteThing.of("t-1"));
        }
        try {
            return rt.executeAsync(TestClients.RPC_DELETE, DeleteThing.of("t-1")).join();
        } catch (CompletionException e) {
            throw (RuntimeException) e.getCause();
        }
    }

    @ParameterizedTest(name = "async={0}")
    @ValueSource(booleans = {false, true})
    void aCallOnTheJdkTransportIsSignedSentAndDecodedLikeOnOkHttp(boolean async) throws Exception {
        server.enqueue(new MockResponse.Builder().code(200).setHeader("Content-Type", "application/json")
                .setHeader("x-acs-request-id", "req-jdk").body("{\"RequestId\":\"req-jdk\"}").build());

        Deleted d = call(client(new JdkHttpTransportFactory()), async);

        assertThat(d.requestId()).isEqualTo("req-jdk");
        RecordedRequest seen = server.takeRequest();
        assertThat(seen.getHeaders().get("Authorization")).startsWith("ACS3-HMAC-SHA256 Credential=LTAI5tExampleKeyId");
        assertThat(seen.getHeaders().get("Host")).isEqualTo(server.getHostName() + ":" + server.getPort());
        assertThat(seen.getHeaders().get("User-Agent")).startsWith("migsdk-java/");
        assertThat(seen.getHeaders().get("x-acs-action")).isEqualTo("DeleteThing");
        assertThat(seen.getTarget()).isEqualTo("/?Format=JSON&ThingId=t-1");
    }

    @Test
    void theBuildersTimeoutsReachTheJdkTransport() {
        server.enqueue(new MockResponse.Builder().code(200).body("{}").headersDelay(3, java.util.concurrent.TimeUnit.SECONDS)
                .build());
        rt = TestClients.alibaba().endpointOverride(server.url("/").uri()).allowPlainHttp(true).credentials(ALI)
                .retryPolicy(RetryPolicy.none()).readTimeout(Duration.ofMillis(300))
                .httpTransport(new JdkHttpTransportFactory()).build();

        assertThatThrownBy(() -> call(rt, false)).isInstanceOf(dev.migsdk.core.exception.TransportException.class)
                .hasMessageStartingWith("Connect or read timeout calling TST DeleteThing");
    }

    @ParameterizedTest(name = "async={0}")
    @ValueSource(booleans = {false, true})
    void aLinkageErrorInTheTransportIsADiagnosisNotAnError(boolean async) {
        NoSuchMethodError broken = new NoSuchMethodError("'okio.Socket okio.Okio.socket(java.net.Socket)'");
        HttpTransportFactory factory = new HttpTransportFactory() {
            @Override
            public HttpTransport create(HttpTransportOptions options) {
                return new Broken(broken);
            }

            @Override
            public String name() {
                return "broken";
            }
        };

        assertThatThrownBy(() -> call(client(factory), async)).isInstanceOf(SdkClientException.class)
                .hasMessageStartingWith("TST DeleteThing could not be sent or read. A library on the class path does"
                        + " not fit migsdk: the HTTP transport or a codec failed with java.lang.NoSuchMethodError:"
                        + " 'okio.Socket okio.Okio.socket(java.net.Socket)'")
                .hasCause(broken);
    }

    /** A transport whose library is broken: every call dies with the error, as OkHttp would with a stale okio. */
    private record Broken(LinkageError error) implements HttpTransport {
        @Override
        public HttpTransportResponse execute(HttpTransportRequest request, Duration timeout) {
            throw error;
        }

        @Override
        public CompletableFuture<HttpTransportResponse> executeAsync(HttpTransportRequest request, Duration timeout) {
            AtomicReference<Throwable> e = new AtomicReference<>(error);
            return CompletableFuture.failedFuture(e.get());
        }

        @Override
        public void shutdown(Duration grace) {
        }
    }
}
