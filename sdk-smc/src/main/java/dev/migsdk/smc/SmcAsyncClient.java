package dev.migsdk.smc;

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
        DeleteReplicationJobRequest built;
        try {
            DeleteReplicationJobRequest.Builder b = DeleteReplicationJobRequest.builder();
            request.accept(b);
            built = b.build();
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
        return deleteReplicationJob(built);
    }

    /** See {@link SmcClient#stopReplicationJob(StopReplicationJobRequest)}. */
    CompletableFuture<StopReplicationJobResponse> stopReplicationJob(StopReplicationJobRequest request);

    /** See {@link SmcClient#stopReplicationJob(Consumer)}. */
    default CompletableFuture<StopReplicationJobResponse> stopReplicationJob(
            Consumer<StopReplicationJobRequest.Builder> request) {
        StopReplicationJobRequest built;
        try {
            StopReplicationJobRequest.Builder b = StopReplicationJobRequest.builder();
            request.accept(b);
            built = b.build();
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
        return stopReplicationJob(built);
    }

    /** Releases the client's connections and threads. */
    @Override
    void close();
}
