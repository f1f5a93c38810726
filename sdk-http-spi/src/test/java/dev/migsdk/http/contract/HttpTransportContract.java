package dev.migsdk.http.contract;

import dev.migsdk.http.HttpTransport;
import dev.migsdk.http.HttpTransportFactory;
import dev.migsdk.http.HttpTransportOptions;
import dev.migsdk.http.HttpTransportRequest;
import dev.migsdk.http.HttpTransportResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okio.Buffer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link HttpTransport} must do, run against a real socket (MockWebServer). A transport module's
 * test extends this and says how to make its factory; both migsdk transports pass the same suite.
 */
public abstract class HttpTransportContract {
    protected MockWebServer server;
    private final List<HttpTransport> opened = new ArrayList<>();

    /** The factory under test. */
    protected abstract HttpTransportFactory factory();

    @BeforeEach
    void startServer() throws IOException {
        server = new MockWebServer();
        server.start();
    }

    @AfterEach
    void stopServer() {
        opened.forEach(HttpTransport::close);
        server.close();
    }

    protected HttpTransport transport(HttpTransportOptions options) {
        HttpTransport t = factory().create(options);
        opened.add(t);
        return t;
    }

    protected HttpTransport transport() {
        return transport(HttpTransportOptions.builder().build());
    }

    protected Req get(String path) {
        return new Req("GET", "http", server.getHostName(), server.getPort(), path, null, new String[0], new byte[0]);
    }

    /**
     * A client running many calls at once keeps their connections for the next burst: with OkHttp's default pool
     * (5 idle connections) the second burst of 12 opened 7 new ones, each a TCP and, in real use, a TLS handshake.
     */
    @Test
    void aBurstsConnectionsAreKeptForTheNextBurst() throws Exception {
        int burst = 12;
        for (int i = 0; i < 2 * burst; i++) {
            server.enqueue(new MockResponse.Builder().code(200).body("ok").headersDelay(300, TimeUnit.MILLISECONDS)
                    .build());
        }
        HttpTransport t = transport(HttpTransportOptions.builder().maxConcurrency(burst).build());
        for (int round = 0; round < 2; round++) {
            List<CompletableFuture<HttpTransportResponse>> calls = new ArrayList<>();
            for (int i = 0; i < burst; i++) {
                calls.add(t.executeAsync(get("/burst" + round), Duration.ofSeconds(10)));
            }
            for (CompletableFuture<HttpTransportResponse> c : calls) {
                assertThat(c.get(10, TimeUnit.SECONDS).status()).isEqualTo(200);
            }
        }

        Set<Integer> connections = new HashSet<>();
        for (int i = 0; i < 2 * burst; i++) {
            connections.add(server.takeRequest(5, TimeUnit.SECONDS).getConnectionIndex());
        }
        assertThat(connections).as("connections the server saw over two bursts of %d calls", burst).hasSize(burst);
    }

    @Test
    void sendsTheRequestAsGivenAndReadsTheAnswer() throws Exception {
        server.enqueue(new MockResponse.Builder().code(201).addHeader("X-Request-Id", "r-1")
                .addHeader("X-Multi", "a").addHeader("X-Multi", "b").body("created").build());
        Req post = new Req("POST", "http", server.getHostName(), server.getPort(), "/v1/tasks/a%20b",
                "x=1&y=%2F", new String[] {"Content-Type", "application/json", "X-Custom", "v"},
                "{\"k\":1}".getBytes(StandardCharsets.UTF_8));

        HttpTransportResponse r = transport().execute(post, Duration.ofSeconds(5));

        assertThat(r.status()).isEqualTo(201);
        assertThat(new String(r.body(), StandardCharsets.UTF_8)).isEqualTo("created");
        assertThat(r.bodyTruncated()).isFalse();
        assertThat(r.header("x-request-id")).isEqualTo("r-1");
        List<String> multi = new ArrayList<>();
        for (int i = 0; i < r.headerCount(); i++) {
            if (r.headerName(i).equalsIgnoreCase("x-multi")) {
                multi.add(r.headerValue(i));
            }
        }
        assertThat(multi).containsExactly("a", "b");
        RecordedRequest seen = server.takeRequest();
        assertThat(seen.getMethod()).isEqualTo("POST");
        assertThat(seen.getTarget()).isEqualTo("/v1/tasks/a%20b?x=1&y=%2F");
        assertThat(seen.getHeaders().get("X-Custom")).isEqualTo("v");
        assertThat(seen.getHeaders().get("Content-Type")).startsWith("application/json");
        assertThat(seen.getBody().utf8()).isEqualTo("{\"k\":1}");
    }

    @Test
    void sendsAnEmptyBodyForADeleteAndAPut() throws Exception {
        server.enqueue(new MockResponse.Builder().code(204).build());
        server.enqueue(new MockResponse.Builder().code(200).build());
        HttpTransport t = transport();
        Req delete = get("/x").withMethod("DELETE");
        Req put = get("/y").withMethod("PUT");

        assertThat(t.execute(delete, null).status()).isEqualTo(204);
        assertThat(t.execute(put, null).status()).isEqualTo(200);

        assertThat(server.takeRequest().getMethod()).isEqualTo("DELETE");
        RecordedRequest p = server.takeRequest();
        assertThat(p.getMethod()).isEqualTo("PUT");
        assertThat(p.getBodySize()).isZero();
    }

    @Test
    void neverFollowsARedirect() throws Exception {
        server.enqueue(new MockResponse.Builder().code(302).addHeader("Location", server.url("/elsewhere")).build());
        server.enqueue(new MockResponse.Builder().code(200).body("followed").build());

        HttpTransportResponse r = transport().execute(get("/a"), Duration.ofSeconds(5));

        assertThat(r.status()).isEqualTo(302);
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void cutsABodyAtTheCapAndSaysSo() throws Exception {
        server.enqueue(new MockResponse.Builder().code(500).body("y".repeat(5000)).build());
        server.enqueue(new MockResponse.Builder().code(500).chunkedBody(new Buffer().writeUtf8("x".repeat(10_000)), 512)
                .build());
        server.enqueue(new MockResponse.Builder().code(200).body("z".repeat(1024)).build());
        HttpTransport t = transport(HttpTransportOptions.builder().maxResponseBytes(1024).build());

        HttpTransportResponse sized = t.execute(get("/a"), Duration.ofSeconds(5));
        HttpTransportResponse chunked = t.executeAsync(get("/b"), Duration.ofSeconds(5)).get(5, TimeUnit.SECONDS);
        HttpTransportResponse exact = t.execute(get("/c"), Duration.ofSeconds(5));

        assertThat(sized.body()).hasSize(1024);
        assertThat(sized.bodyTruncated()).isTrue();
        assertThat(chunked.body()).hasSize(1024);
        assertThat(chunked.bodyTruncated()).isTrue();
        assertThat(new String(chunked.body(), StandardCharsets.UTF_8)).isEqualTo("x".repeat(1024));
        assertThat(exact.body()).hasSize(1024);
        assertThat(exact.bodyTruncated()).isFalse();
    }

    @Test
    void reusesTheConnection() throws Exception {
        for (int i = 0; i < 3; i++) {
            server.enqueue(new MockResponse.Builder().code(200).body("ok" + i).build());
        }
        HttpTransport t = transport();

        t.execute(get("/1"), null);
        t.executeAsync(get("/2"), null).get(5, TimeUnit.SECONDS);
        t.execute(get("/3"), null);

        assertThat(server.takeRequest().getConnectionIndex()).isZero();
        assertThat(server.takeRequest().getConnectionIndex()).isZero();
        assertThat(server.takeRequest().getConnectionIndex()).isZero();
    }

    @Test
    void aSilentServerIsAReadTimeout() {
        server.enqueue(new MockResponse.Builder().code(200).body("late").headersDelay(3, TimeUnit.SECONDS).build());
        HttpTransport t = transport(HttpTransportOptions.builder().readTimeout(Duration.ofMillis(300)).build());

        long start = System.nanoTime();
        assertThatThrownBy(() -> t.execute(get("/a"), Duration.ofSeconds(20))).isInstanceOf(SocketTimeoutException.class);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(2500));
    }

    @Test
    void aDrippingServerIsStoppedByTheCallTimeoutSyncAndAsync() throws Exception {
        for (int i = 0; i < 2; i++) {
            server.enqueue(new MockResponse.Builder().code(200).body("z".repeat(100))
                    .throttleBody(1, 100, TimeUnit.MILLISECONDS).build());
        }
        HttpTransport t = transport(HttpTransportOptions.builder().readTimeout(Duration.ofSeconds(5)).build());

        long start = System.nanoTime();
        assertThatThrownBy(() -> t.execute(get("/a"), Duration.ofMillis(500)))
                .isInstanceOf(InterruptedIOException.class).isNotInstanceOf(SocketTimeoutException.class)
                .hasMessage("timeout");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(3000));

        CompletableFuture<HttpTransportResponse> f = t.executeAsync(get("/b"), Duration.ofMillis(500));
        assertThatThrownBy(() -> f.get(5, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
                .cause().isInstanceOf(InterruptedIOException.class).isNotInstanceOf(SocketTimeoutException.class)
                .hasMessage("timeout");
    }

    @Test
    void anInterruptedSyncCallerGetsAnInterruptionAndKeepsItsFlag() throws Exception {
        server.enqueue(new MockResponse.Builder().code(200).body("late").headersDelay(10, TimeUnit.SECONDS).build());
        HttpTransport t = transport();
        AtomicReference<Throwable> thrown = new AtomicReference<>();
        AtomicReference<Boolean> flag = new AtomicReference<>();
        Thread caller = new Thread(() -> {
            try {
                t.execute(get("/a"), null);
            } catch (Throwable e) {
                thrown.set(e);
            }
            flag.set(Thread.currentThread().isInterrupted());
        });
        caller.start();
        server.takeRequest(5, TimeUnit.SECONDS); // the request is on the wire
        long start = System.nanoTime();
        caller.interrupt();
        caller.join(5000);

        assertThat(caller.isAlive()).isFalse();
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
        assertThat(thrown.get()).isInstanceOf(InterruptedIOException.class).hasMessage("interrupted");
        assertThat(HttpTransport.isInterruption((IOException) thrown.get())).isTrue();
        assertThat(flag.get()).isTrue();
    }

    @Test
    void anAlreadyInterruptedCallerSendsNothing() {
        HttpTransport t = transport();
        Thread.currentThread().interrupt();
        try {
            assertThatThrownBy(() -> t.execute(get("/a"), null)).isInstanceOf(InterruptedIOException.class)
                    .hasMessage("interrupted");
            assertThat(Thread.currentThread().isInterrupted()).isTrue();
        } finally {
            Thread.interrupted();
        }
        assertThat(server.getRequestCount()).isZero();
    }

    @Test
    void cancellingTheFutureCancelsTheExchange() throws Exception {
        server.enqueue(new MockResponse.Builder().code(200).body("late").headersDelay(10, TimeUnit.SECONDS).build());
        HttpTransport t = transport();

        CompletableFuture<HttpTransportResponse> f = t.executeAsync(get("/a"), null);
        server.takeRequest(5, TimeUnit.SECONDS);
        f.cancel(true);

        assertThatThrownBy(() -> f.get(1, TimeUnit.SECONDS)).isInstanceOf(CancellationException.class);
        // Nothing is left in flight: a graceful shutdown does not wait for the cancelled exchange.
        long start = System.nanoTime();
        t.shutdown(Duration.ofSeconds(5));
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
    }

    @Test
    void goesThroughAnAuthenticatingProxy() throws Exception {
        server.enqueue(new MockResponse.Builder().code(407)
                .addHeader("Proxy-Authenticate", "Basic realm=\"proxy\"").build());
        server.enqueue(new MockResponse.Builder().code(200).body("via proxy").build());
        HttpTransport t = transport(HttpTransportOptions.builder()
                .proxy(server.getHostName(), server.getPort(), "user", "s3cret").build());
        Req viaProxy = new Req("GET", "http", "target.invalid", 8080, "/a", null, new String[0], new byte[0]);

        HttpTransportResponse r = t.execute(viaProxy, Duration.ofSeconds(5));

        assertThat(r.status()).isEqualTo(200);
        assertThat(new String(r.body(), StandardCharsets.UTF_8)).isEqualTo("via proxy");
        RecordedRequest first = server.takeRequest();
        RecordedRequest second = server.takeRequest();
        assertThat(first.getTarget()).isEqualTo("http://target.invalid:8080/a");
        assertThat(second.getHeaders().get("Proxy-Authorization")).isEqualTo("Basic "
                + Base64.getEncoder().encodeToString("user:s3cret".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void shutdownLetsAnExchangeOnTheWireFinishWithinTheGrace() throws Exception {
        server.enqueue(new MockResponse.Builder().code(200).body("finished").headersDelay(300, TimeUnit.MILLISECONDS)
                .build());
        HttpTransport t = transport();

        CompletableFuture<HttpTransportResponse> running = t.executeAsync(get("/a"), null);
        server.takeRequest(5, TimeUnit.SECONDS);
        t.shutdown(Duration.ofSeconds(5));

        assertThat(running.get(1, TimeUnit.SECONDS).body()).asString(StandardCharsets.UTF_8).isEqualTo("finished");
        assertThatThrownBy(() -> t.execute(get("/b"), null)).isInstanceOf(IOException.class);
        CompletableFuture<HttpTransportResponse> refused = t.executeAsync(get("/c"), null);
        assertThatThrownBy(() -> refused.get(1, TimeUnit.SECONDS)).cause().isInstanceOf(IOException.class);
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void shutdownCancelsWhatIsStillRunningAfterTheGrace() throws Exception {
        server.enqueue(new MockResponse.Builder().code(200).body("late").headersDelay(10, TimeUnit.SECONDS).build());
        HttpTransport t = transport();

        CompletableFuture<HttpTransportResponse> running = t.executeAsync(get("/a"), null);
        server.takeRequest(5, TimeUnit.SECONDS);
        long start = System.nanoTime();
        t.shutdown(Duration.ofMillis(200));

        assertThatThrownBy(() -> running.get(2, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
                .cause().isInstanceOf(IOException.class);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
    }

    @Test
    void limitsAsyncExchangesInFlightToMaxConcurrency() throws Exception {
        for (int i = 0; i < 3; i++) {
            server.enqueue(new MockResponse.Builder().code(200).body("r" + i).headersDelay(400, TimeUnit.MILLISECONDS)
                    .build());
        }
        HttpTransport t = transport(HttpTransportOptions.builder().maxConcurrency(1).build());

        List<CompletableFuture<HttpTransportResponse>> all = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            all.add(t.executeAsync(get("/" + i), null));
        }
        server.takeRequest(5, TimeUnit.SECONDS);
        Thread.sleep(200); // real time on purpose: a second exchange would have reached the server by now

        assertThat(server.getRequestCount()).isEqualTo(1);
        for (CompletableFuture<HttpTransportResponse> f : all) {
            assertThat(f.get(5, TimeUnit.SECONDS).status()).isEqualTo(200);
        }
        assertThat(server.getRequestCount()).isEqualTo(3);
    }

    @Test
    void aQueuedExchangeThatIsCancelledIsNeverSentAndTheNextOneStillIs() throws Exception {
        for (int i = 0; i < 2; i++) {
            server.enqueue(new MockResponse.Builder().code(200).body("r" + i).headersDelay(300, TimeUnit.MILLISECONDS)
                    .build());
        }
        HttpTransport t = transport(HttpTransportOptions.builder().maxConcurrency(1).build());
        CompletableFuture<HttpTransportResponse> running = t.executeAsync(get("/running"), null);
        CompletableFuture<HttpTransportResponse> queued = t.executeAsync(get("/queued"), null);
        CompletableFuture<HttpTransportResponse> next = t.executeAsync(get("/next"), null);
        assertThat(server.takeRequest(5, TimeUnit.SECONDS).getTarget()).isEqualTo("/running");

        assertThat(queued.cancel(true)).isTrue();

        assertThat(running.get(5, TimeUnit.SECONDS).status()).isEqualTo(200);
        assertThat(next.get(5, TimeUnit.SECONDS).status()).isEqualTo(200);
        assertThat(server.takeRequest(5, TimeUnit.SECONDS).getTarget()).isEqualTo("/next");
        assertThat(server.getRequestCount()).isEqualTo(2);
    }

    /** A request for the suite. */
    protected record Req(String method, String scheme, String host, int port, String encodedPath,
                         String encodedQuery, String[] headers, byte[] body) implements HttpTransportRequest {
        public Req withMethod(String m) {
            return new Req(m, scheme, host, port, encodedPath, encodedQuery, headers, body);
        }

        @Override
        public int headerCount() {
            return headers.length / 2;
        }

        @Override
        public String headerName(int index) {
            return headers[2 * index];
        }

        @Override
        public String headerValue(int index) {
            return headers[2 * index + 1];
        }
    }
}
