package dev.migsdk.smc.internal;

import dev.migsdk.core.auth.AlibabaCredentials;
import dev.migsdk.core.internal.pipeline.ClientRuntime;
import dev.migsdk.smc.SmcClient;
import dev.migsdk.smc.model.DeleteReplicationJobRequest;
import dev.migsdk.smc.model.DeleteReplicationJobResponse;
import dev.migsdk.smc.model.StopReplicationJobRequest;
import dev.migsdk.smc.model.StopReplicationJobResponse;

/** The {@link SmcClient} on the shared pipeline. Internal API. */
public final class DefaultSmcClient implements SmcClient {
    private final ClientRuntime<AlibabaCredentials> runtime;

    DefaultSmcClient(ClientRuntime<AlibabaCredentials> runtime) {
        this.runtime = runtime;
    }

    @Override
    public DeleteReplicationJobResponse deleteReplicationJob(DeleteReplicationJobRequest request) {
        return runtime.execute(SmcOperations.DELETE_REPLICATION_JOB, request);
    }

    @Override
    public StopReplicationJobResponse stopReplicationJob(StopReplicationJobRequest request) {
        return runtime.execute(SmcOperations.STOP_REPLICATION_JOB, request);
    }

    @Override
    public void close() {
        runtime.close();
    }
}
