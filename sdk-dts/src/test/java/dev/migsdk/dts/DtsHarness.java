package dev.migsdk.dts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migsdk.core.RetryPolicy;
import dev.migsdk.core.auth.AlibabaCredentials;
import dev.migsdk.core.client.AlibabaClientBuilder;
import dev.migsdk.core.client.ResponseFormat;
import dev.migsdk.core.testing.CallMode;
import dev.migsdk.core.testing.Fixtures;
import dev.migsdk.core.testing.RecordingSleeper;
import dev.migsdk.dts.model.DeleteDtsJobRequest;
import dev.migsdk.dts.model.DeleteDtsJobResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;

/** A MockWebServer with a sync and an async DTS client pointed at it, and instant retries. */
final class DtsHarness implements AutoCloseable {
    static final RetryPolicy FAST = RetryPolicy.builder().baseDelay(Duration.ofMillis(1))
            .throttlingBaseDelay(Duration.ofMillis(1)).build();

    final MockWebServer server = new MockWebServer();
    final RecordingSleeper sleeper = new RecordingSleeper();
    final ResponseFormat format;
    final DtsClient sync;
    final DtsAsyncClient async;

    DtsHarness() {
        this(ResponseFormat.JSON, b -> { });
    }

    DtsHarness(ResponseFormat format, Consumer<AlibabaClientBuilder<?>> customize) {
        this.format = format;
        try {
            server.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        DtsClientBuilder s = configure(DtsClient.builder());
        customize.accept(s);
        sync = s.build();
        DtsAsyncClientBuilder a = configure(DtsAsyncClient.builder());
        customize.accept(a);
        async = a.build();
    }

    private <B extends AlibabaClientBuilder<B>> B configure(B b) {
        return b.region("cn-beijing").endpointOverride(server.url("/").uri()).allowPlainHttp(true)
                .credentials(AlibabaCredentials.of("testid", "testsecret")).retryPolicy(FAST).sleeper(sleeper)
                .responseFormat(format);
    }

    DeleteDtsJobResponse delete(CallMode mode, DeleteDtsJobRequest request) {
        return mode.call(() -> sync.deleteDtsJob(request), () -> async.deleteDtsJob(request));
    }

    DeleteDtsJobResponse delete(CallMode mode, Consumer<DeleteDtsJobRequest.Builder> request) {
        return mode.call(() -> sync.deleteDtsJob(request), () -> async.deleteDtsJob(request));
    }

    /** Answers with fixture {@code fixtures/dts/<name>.<json|xml>} in the client's format. */
    void enqueueFixture(int code, String name) {
        String ext = format.name().toLowerCase(Locale.ROOT);
        String type = format == ResponseFormat.JSON ? "application/json;charset=utf-8" : "text/xml;charset=utf-8";
        enqueue(code, Fixtures.read("fixtures/dts/" + name + "." + ext), "Content-Type: " + type);
    }

    void enqueue(int code, String body, String... headerLines) {
        MockResponse.Builder b = new MockResponse.Builder().code(code).body(body);
        for (String h : headerLines) {
            b.addHeader(h);
        }
        server.enqueue(b.build());
    }

    RecordedRequest take() {
        try {
            RecordedRequest r = server.takeRequest(5, TimeUnit.SECONDS);
            assertThat(r).as("a request reached the server").isNotNull();
            return r;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    @Override
    public void close() {
        sync.close();
        async.close();
        server.close();
    }
}
