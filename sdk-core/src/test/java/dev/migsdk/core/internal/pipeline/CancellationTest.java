package dev.migsdk.core.internal.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migsdk.core.auth.AlibabaCredentials;
import dev.migsdk.core.internal.pipeline.TestClients.DeleteThing;
import dev.migsdk.core.internal.pipeline.TestClients.Deleted;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What {@code cancel(true)} on an async call does: a call not yet sent is never sent; a request already
 * on the wire is abandoned by the client but may still take effect at the service (docs/DECISIONS.md).
 */
class CancellationTest {
    private MockWebServer server;
    private ClientRuntime<AlibabaCredentials> rt;

    @BeforeEach
    void start() throws Exception {
        server = new MockWebServer();
        server.start();
        rt = TestClients.alibaba().endpointOverride(server.url("/").uri()).allowPlainHttp(true)
                .credentials(AlibabaCredentials.of("AKID", "secret-value")).maxConcurrency(1).build();
    }

    @AfterEach
    void stop() {
        rt.close();
        server.close();
    }

    private static MockResponse slowOk() {
        return new MockResponse.Builder().code(200).setHeader("Content-Type", "application/json")
                .body("{\"RequestId\":\"r-ok\"}").headersDelay(300, TimeUnit.MILLISECONDS).build();
    }

    @Test
    void aCancelledQueuedCallIsNeverSent() throws Exception {
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

    @Test
    void aCancelledCallOnTheWireMayStillHaveReachedTheService() throws Exception {
        server.enqueue(slowOk());
        CompletableFuture<Deleted> call = rt.executeAsync(TestClients.RPC_DELETE, DeleteThing.of("t-1"));
        assertThat(server.takeRequest(5, TimeUnit.SECONDS).getUrl().queryParameter("ThingId")).isEqualTo("t-1");

        assertThat(call.cancel(true)).isTrue(); // the caller stops waiting...

        assertThat(call).isCancelled();
        assertThat(server.getRequestCount()).isEqualTo(1); // ...but the service had the request already
    }
}
