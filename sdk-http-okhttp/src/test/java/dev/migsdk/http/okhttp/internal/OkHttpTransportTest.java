package dev.migsdk.http.okhttp.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.migsdk.http.contract.HttpTransportContract;
import dev.migsdk.http.HttpTransportFactory;
import dev.migsdk.http.HttpTransportOptions;
import dev.migsdk.http.HttpTransportResponse;
import dev.migsdk.http.okhttp.OkHttpTransportFactory;
import java.io.IOException;
import java.time.Duration;
import java.util.ServiceLoader;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;

/** The OkHttp transport passes the shared contract; plus what only it does (dispatcher, shared client). */
class OkHttpTransportTest extends HttpTransportContract {

    @Override
    protected HttpTransportFactory factory() {
        return new OkHttpTransportFactory();
    }

    private OkHttpTransport okhttp(HttpTransportOptions options) {
        return (OkHttpTransport) transport(options);
    }

    @Test
    void isFoundByTheServiceLoader() {
        assertThat(ServiceLoader.load(HttpTransportFactory.class).stream().map(p -> p.get().name()))
                .containsExactly("okhttp");
    }

    @Test
    void theClientCarriesTheOptionsAndNoRedirectsOrRetries() {
        OkHttpClient c = okhttp(HttpTransportOptions.builder().maxConcurrency(7).connectTimeout(Duration.ofSeconds(2))
                .build()).client();

        assertThat(c.dispatcher().getMaxRequests()).isEqualTo(7);
        assertThat(c.dispatcher().getMaxRequestsPerHost()).isEqualTo(7);
        assertThat(c.connectTimeoutMillis()).isEqualTo(2000);
        assertThat(c.readTimeoutMillis()).isEqualTo(30_000);
        assertThat(c.followRedirects()).isFalse();
        assertThat(c.retryOnConnectionFailure()).isFalse();
        assertThat(c.callTimeoutMillis()).isZero(); // sync deadlines are the watchdog's: no okio timeout queue
    }

    @Test
    void aGivenClientKeepsItsTimeoutsUnlessSetAndIsNotShutDown() throws Exception {
        OkHttpClient given = new OkHttpClient.Builder().readTimeout(Duration.ofSeconds(3)).build();
        OkHttpTransport t = (OkHttpTransport) OkHttpTransportFactory.using(given)
                .create(HttpTransportOptions.builder().connectTimeout(Duration.ofSeconds(1)).build());

        assertThat(t.client().readTimeoutMillis()).isEqualTo(3000);
        assertThat(t.client().connectTimeoutMillis()).isEqualTo(1000);
        assertThat(t.client().dispatcher().executorService()).isSameAs(given.dispatcher().executorService());
        t.close();
        assertThat(given.dispatcher().executorService().isShutdown()).isFalse();
        given.dispatcher().executorService().shutdown();
    }

    @Test
    void shutdownCancelsQueuedExchangesNeverSentAndStopsItsThreads() throws Exception {
        server.enqueue(new MockResponse.Builder().code(200).body("first").headersDelay(300, TimeUnit.MILLISECONDS)
                .build());
        OkHttpTransport t = okhttp(HttpTransportOptions.builder().maxConcurrency(1).build());
        CompletableFuture<HttpTransportResponse> running = t.executeAsync(get("/a"), Duration.ofSeconds(5));
        CompletableFuture<HttpTransportResponse> queued = t.executeAsync(get("/b"), Duration.ofSeconds(5));
        assertThat(server.takeRequest(5, TimeUnit.SECONDS)).isNotNull();

        t.shutdown(Duration.ofSeconds(5));

        assertThat(new String(running.get(5, TimeUnit.SECONDS).body())).isEqualTo("first");
        assertThatThrownBy(() -> queued.get(5, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
                .hasCauseInstanceOf(IOException.class);
        assertThat(server.getRequestCount()).isEqualTo(1);
        ExecutorService executor = t.client().dispatcher().executorService();
        assertThat(executor.awaitTermination(5, TimeUnit.SECONDS)).isTrue();
    }
}
