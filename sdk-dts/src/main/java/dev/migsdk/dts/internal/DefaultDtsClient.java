package dev.migsdk.dts.internal;

import dev.migsdk.core.auth.AlibabaCredentials;
import dev.migsdk.core.internal.pipeline.ClientRuntime;
import dev.migsdk.dts.DtsClient;
import dev.migsdk.dts.model.DeleteDtsJobRequest;
import dev.migsdk.dts.model.DeleteDtsJobResponse;

/** The {@link DtsClient} on the shared pipeline. Internal API. */
public final class DefaultDtsClient implements DtsClient {
    private final ClientRuntime<AlibabaCredentials> runtime;

    DefaultDtsClient(ClientRuntime<AlibabaCredentials> runtime) {
        this.runtime = runtime;
    }

    @Override
    public DeleteDtsJobResponse deleteDtsJob(DeleteDtsJobRequest request) {
        return runtime.execute(DtsOperations.DELETE_DTS_JOB, request);
    }

    @Override
    public void close() {
        runtime.close();
    }
}
