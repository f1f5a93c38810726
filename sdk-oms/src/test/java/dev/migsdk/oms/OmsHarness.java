package dev.migsdk.oms;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migsdk.core.RetryPolicy;
import dev.migsdk.core.auth.HuaweiAkSkCredentials;
import dev.migsdk.core.auth.HuaweiCredentials;
import dev.migsdk.core.client.HuaweiClientBuilder;
import dev.migsdk.core.testing.CallMode;
import dev.migsdk.core.testing.Fixtures;
import dev.migsdk.core.testing.RecordingSleeper;
import dev.migsdk.oms.model.DeleteTaskRequest;
import dev.migsdk.oms.model.DeleteTaskResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;

/** A MockWebServer with a sync and an async OMS client pointed at it, and instant retries. */
final class OmsHarness implements AutoCloseable {
    static final String PROJECT_ID = "0123456789abcdef0123456789abcdef";
    static final HuaweiAkSkCredentials AKSK = HuaweiAkSkCredentials.builder().accessKey("AccessKey")
            .secretKey("SecretKey").projectId(PROJECT_ID).build();
    static final RetryPolicy FAST = RetryPolicy.builder().baseDelay(Duration.ofMillis(1))
            .throttlingBaseDelay(Duration.ofMillis(1)).build();

    final MockWebServer server = new MockWebServer();
    final RecordingSleeper sleeper = new RecordingSleeper();
    final OmsClient sync;
    final OmsAsyncClient async;

    OmsHarness() {
        this(AKSK);
    }

    OmsHarness(HuaweiCredentials credentials) {
        try {
            server.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        sync = configure(OmsClient.builder(), credentials).build();
        async = configure(OmsAsyncClient.builder(), credentials).build();
    }

    private <B extends HuaweiClientBuilder<B>> B configure(B b, HuaweiCredentials credentials) {
        return b.region("cn-north-4").endpointOverride(server.url("/").uri()).allowPlainHttp(true)
                .credentials(credentials).retryPolicy(FAST).sleeper(sleeper);
    }

    DeleteTaskResponse delete(CallMode mode, DeleteTaskRequest request) {
        return mode.call(() -> sync.deleteTask(request), () -> async.deleteTask(request));
    }

    DeleteTaskResponse delete(CallMode mode, Consumer<DeleteTaskRequest.Builder> request) {
        return mode.call(() -> sync.deleteTask(request), () -> async.deleteTask(request));
    }

    DeleteTaskResponse delete(CallMode mode, Long taskId) {
        return delete(mode, DeleteTaskRequest.builder().taskId(taskId).build());
    }

    void enqueueFixture(int code, String file, String... headerLines) {
        enqueue(code, Fixtures.read("fixtures/oms/" + file), headerLines);
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
