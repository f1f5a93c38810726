package dev.migsdk.core.internal.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import okhttp3.Dispatcher;
import okhttp3.OkHttpClient;
import okio.Buffer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The transport on its own: bodies and the cap, and what shutdown does to queued and running exchanges. */
class OkHttpTransportTest {
    private MockWebServer server;
    private OkHttpTransport transport;

    @BeforeEach
    void start() throws Exception {
        server = new MockWebServer();
        server.start();
    }

    @AfterEach
    void stop() {
        if (transport != null) {
            transport.close();
        }
        server.close();
    }

    private OkHttpTransport transport(int maxRequests, long cap) {
        Dispatcher d = new Dispatcher();
        d.setMaxRequests(maxRequests);
        d.setMaxRequestsPerHost(maxRequests);
        transport = new OkHttpTransport(new OkHttpClient.Builder().dispatcher(d).build(), true, cap);
        return transport;
    }

    private HttpRequest get(String segment) {
        return HttpRequest.builder().method("GET").scheme("http").host(server.getHostName()).port(server.getPort())
                .addPathSegment(segment).build();
    }

    @Test
    void readsABodyWithinTheCapWhole() throws Exception {
        server.enqueue(new MockResponse.Builder().code(200).setHeader("X-Request-Id", "r-1").body("hello").build());

        HttpResponse r = transport(4, 1024).execute(get("a"), Duration.ofSeconds(5));

        assertThat(r.status()).isEqualTo(200);
        assertThat(new String(r.body())).isEqualTo("hello");
        assertThat(r.bodyTruncated()).isFalse();
        assertThat(r.header("x-request-id")).isEqualTo("r-1");
        assertThat(server.takeRequest().getUrl().encodedPath()).isEqualTo("/a");
    }

    @Test
    void cutsALongerBodyAtTheCapAndSaysSo() throws Exception {
        Buffer chunked = new Buffer().writeUtf8("x".repeat(10_000));
        server.enqueue(new MockResponse.Builder().code(500).chunkedBody(chunked, 512).build());

        HttpResponse r = transport(4, 1024).execute(get("a"), Duration.ofSeconds(5));

        assertThat(r.body()).hasSize(1024);
        assertThat(r.bodyTruncated()).isTrue();
        assertThat(r.bodyText(10)).isEqualTo("xxxxxxxxxx…");
    }

    @Test
    void shutdownCancelsQueuedExchangesAndLetsRunningOnesFinish() throws Exception {
        server.enqueue(new MockResponse.Builder().code(200).body("first").headersDelay(300, TimeUnit.MILLISECONDS)
                .build());
        OkHttpTransport t = transport(1, 1024);
        CompletableFuture<HttpResponse> running = t.executeAsync(get("a"), Duration.ofSeconds(5));
        CompletableFuture<HttpResponse> queued = t.executeAsync(get("b"), Duration.ofSeconds(5));
        assertThat(server.takeRequest(5, TimeUnit.SECONDS)).isNotNull();

        t.shutdown(Duration.ofSeconds(5));

        assertThat(new String(running.get(5, TimeUnit.SECONDS).body())).isEqualTo("first");
        assertThatThrownBy(() -> queued.get(5, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
                .hasCauseInstanceOf(IOException.class);
        assertThat(server.getRequestCount()).isEqualTo(1);
        assertThat(t.client().dispatcher().executorService().awaitTermination(5, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void shutdownCancelsWhatIsStillRunningAfterTheGrace() throws Exception {
        server.enqueue(new MockResponse.Builder().code(200).body("late").headersDelay(10, TimeUnit.SECONDS).build());
        OkHttpTransport t = transport(1, 1024);
        CompletableFuture<HttpResponse> running = t.executeAsync(get("a"), Duration.ofSeconds(30));
        assertThat(server.takeRequest(5, TimeUnit.SECONDS)).isNotNull();
        long start = System.nanoTime();

        t.shutdown(Duration.ofMillis(200));

        assertThatThrownBy(() -> running.get(5, TimeUnit.SECONDS)).hasCauseInstanceOf(IOException.class);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void aShutDownTransportSendsNothing() throws Exception {
        OkHttpTransport t = transport(1, 1024);
        t.shutdown(Duration.ZERO);

        assertThatThrownBy(() -> t.execute(get("a"), Duration.ofSeconds(1))).isInstanceOf(IOException.class)
                .hasMessageContaining("closed");
        assertThat(t.executeAsync(get("a"), Duration.ofSeconds(1))).isCompletedExceptionally();
        assertThat(server.getRequestCount()).isZero();
    }

    @Test
    void anInterruptedCallerGetsAnInterruptionAndKeepsItsFlag() {
        OkHttpTransport t = transport(1, 1024);
        Thread.currentThread().interrupt();
        try {
            assertThatThrownBy(() -> t.execute(get("a"), Duration.ofSeconds(1)))
                    .isInstanceOfSatisfying(IOException.class, e -> assertThat(OkHttpTransport.isInterruption(e)).isTrue());
            assertThat(Thread.currentThread().isInterrupted()).isTrue();
        } finally {
            Thread.interrupted();
        }
        assertThat(server.getRequestCount()).isZero();
    }
}
