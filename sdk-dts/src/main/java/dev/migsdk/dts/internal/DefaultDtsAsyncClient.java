package dev.migsdk.dts.internal;

import dev.migsdk.core.auth.AlibabaCredentials;
import dev.migsdk.core.internal.pipeline.ClientRuntime;
import dev.migsdk.dts.DtsAsyncClient;
import dev.migsdk.dts.model.DeleteDtsJobRequest;
import dev.migsdk.dts.model.DeleteDtsJobResponse;
import java.util.concurrent.CompletableFuture;

/** The {@link DtsAsyncClient} on the shared pipeline. Internal API. */
public final class DefaultDtsAsyncClient implements DtsAsyncClient {
    private final ClientRuntime<AlibabaCredentials> runtime;

    DefaultDtsAsyncClient(ClientRuntime<AlibabaCredentials> runtime) {
        this.runtime = runtime;
    }

    @Override
    public CompletableFuture<DeleteDtsJobResponse> deleteDtsJob(DeleteDtsJobRequest request) {
        return runtime.executeAsync(DtsOperations.DELETE_DTS_JOB, request);
    }

    @Override
    public void close() {
        runtime.close();
    }
}
