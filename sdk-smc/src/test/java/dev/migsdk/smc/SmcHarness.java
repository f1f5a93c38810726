package dev.migsdk.smc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migsdk.core.RequestOverrides;
import dev.migsdk.core.RetryPolicy;
import dev.migsdk.core.SdkResponse;
import dev.migsdk.core.auth.AlibabaCredentials;
import dev.migsdk.core.client.AlibabaClientBuilder;
import dev.migsdk.core.testing.CallMode;
import dev.migsdk.core.testing.Fixtures;
import dev.migsdk.core.testing.RecordingSleeper;
import dev.migsdk.smc.model.DeleteReplicationJobRequest;
import dev.migsdk.smc.model.StopReplicationJobRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;

/** A MockWebServer with a sync and an async SMC client pointed at it, and instant retries. */
final class SmcHarness implements AutoCloseable {
    static final String AK = "testid";
    static final String SECRET = "testsecret";
    static final RetryPolicy FAST = RetryPolicy.builder().baseDelay(Duration.ofMillis(1))
            .throttlingBaseDelay(Duration.ofMillis(1)).build();

    /** The two SMC operations, so every scenario runs against both. */
    enum Op {
        DELETE("DeleteReplicationJob"),
        STOP("StopReplicationJob");

        final String action;

        Op(String action) {
            this.action = action;
        }

        String successFixture(String ext) {
            return Fixtures.read("fixtures/smc/" + action + "-success." + ext);
        }
    }

    final MockWebServer server = new MockWebServer();
    final RecordingSleeper sleeper = new RecordingSleeper();
    final SmcClient sync;
    final SmcAsyncClient async;

    SmcHarness() {
        this(b -> { });
    }

    SmcHarness(Consumer<AlibabaClientBuilder<?>> customize) {
        try {
            server.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        SmcClientBuilder s = configure(SmcClient.builder());
        customize.accept(s);
        sync = s.build();
        SmcAsyncClientBuilder a = configure(SmcAsyncClient.builder());
        customize.accept(a);
        async = a.build();
    }

    private <B extends AlibabaClientBuilder<B>> B configure(B b) {
        return b.endpointOverride(server.url("/").uri()).allowPlainHttp(true)
                .credentials(AlibabaCredentials.of(AK, SECRET)).retryPolicy(FAST).sleeper(sleeper);
    }

    SdkResponse call(CallMode mode, Op op, String jobId) {
        return call(mode, op, jobId, o -> { });
    }

    /** Calls {@code op} with the request form of the API, per-call overrides applied via {@code toBuilder()}. */
    SdkResponse call(CallMode mode, Op op, String jobId, Consumer<RequestOverrides.Builder> overrides) {
        return switch (op) {
            case DELETE -> {
                DeleteReplicationJobRequest r = DeleteReplicationJobRequest.builder().jobId(jobId).build()
                        .toBuilder().overrides(overrides).build();
                yield mode.call(() -> sync.deleteReplicationJob(r), () -> async.deleteReplicationJob(r));
            }
            case STOP -> {
                StopReplicationJobRequest r = StopReplicationJobRequest.builder().jobId(jobId).build()
                        .toBuilder().overrides(overrides).build();
                yield mode.call(() -> sync.stopReplicationJob(r), () -> async.stopReplicationJob(r));
            }
        };
    }

    void enqueue(int code, String body, String... headerLines) {
        MockResponse.Builder b = new MockResponse.Builder().code(code).body(body);
        for (String h : headerLines) {
            b.addHeader(h);
        }
        server.enqueue(b.build());
    }

    void enqueueJson(int code, String body) {
        enqueue(code, body, "Content-Type: application/json;charset=utf-8");
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
