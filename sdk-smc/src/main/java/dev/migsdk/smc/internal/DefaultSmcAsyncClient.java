package dev.migsdk.smc.internal;

import dev.migsdk.core.auth.AlibabaCredentials;
import dev.migsdk.core.internal.pipeline.ClientRuntime;
import dev.migsdk.smc.SmcAsyncClient;
import dev.migsdk.smc.model.DeleteReplicationJobRequest;
import dev.migsdk.smc.model.DeleteReplicationJobResponse;
import dev.migsdk.smc.model.StopReplicationJobRequest;
import dev.migsdk.smc.model.StopReplicationJobResponse;
import java.util.concurrent.CompletableFuture;

/** The {@link SmcAsyncClient} on the shared pipeline. Internal API. */
public final class DefaultSmcAsyncClient implements SmcAsyncClient {
    private final ClientRuntime<AlibabaCredentials> runtime;

    DefaultSmcAsyncClient(ClientRuntime<AlibabaCredentials> runtime) {
        this.runtime = runtime;
    }

    @Override
    public CompletableFuture<DeleteReplicationJobResponse> deleteReplicationJob(DeleteReplicationJobRequest request) {
        return runtime.executeAsync(SmcOperations.DELETE_REPLICATION_JOB, request);
    }

    @Override
    public CompletableFuture<StopReplicationJobResponse> stopReplicationJob(StopReplicationJobRequest request) {
        return runtime.executeAsync(SmcOperations.STOP_REPLICATION_JOB, request);
    }

    @Override
    public void close() {
        runtime.close();
    }
}
