package dev.migsdk.smc;

import dev.migsdk.core.internal.client.Requests;
import dev.migsdk.smc.internal.DefaultSmcAsyncClientBuilder;
import dev.migsdk.smc.model.DeleteReplicationJobRequest;
import dev.migsdk.smc.model.DeleteReplicationJobResponse;
import dev.migsdk.smc.model.StopReplicationJobRequest;
import dev.migsdk.smc.model.StopReplicationJobResponse;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * Asynchronous twin of {@link SmcClient}: same operations, same exceptions (inside the future), no
 * thread blocked while waiting or backing off. Futures complete on the HTTP client's threads: do not
 * block in their callbacks (use the {@code *Async} stages with your own executor for slow work).
 */
public interface SmcAsyncClient extends AutoCloseable {

    /** A builder for an async client. */
    static SmcAsyncClientBuilder builder() {
        return new DefaultSmcAsyncClientBuilder();
    }

    /** See {@link SmcClient#deleteReplicationJob(DeleteReplicationJobRequest)}. */
    CompletableFuture<DeleteReplicationJobResponse> deleteReplicationJob(DeleteReplicationJobRequest request);

    /** See {@link SmcClient#deleteReplicationJob(Consumer)}. */
    default CompletableFuture<DeleteReplicationJobResponse> deleteReplicationJob(
            Consumer<DeleteReplicationJobRequest.Builder> request) {
        return Requests.async(() -> DeleteReplicationJobRequest.builder().applyMutation(request).build(),
                this::deleteReplicationJob);
    }

    /** See {@link SmcClient#stopReplicationJob(StopReplicationJobRequest)}. */
    CompletableFuture<StopReplicationJobResponse> stopReplicationJob(StopReplicationJobRequest request);

    /** See {@link SmcClient#stopReplicationJob(Consumer)}. */
    default CompletableFuture<StopReplicationJobResponse> stopReplicationJob(
            Consumer<StopReplicationJobRequest.Builder> request) {
        return Requests.async(() -> StopReplicationJobRequest.builder().applyMutation(request).build(),
                this::stopReplicationJob);
    }

    /** Releases the client's connections and threads. */
    @Override
    void close();
}
