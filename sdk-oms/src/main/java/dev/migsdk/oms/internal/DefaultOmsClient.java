package dev.migsdk.oms.internal;

import dev.migsdk.core.auth.HuaweiCredentials;
import dev.migsdk.core.internal.pipeline.ClientRuntime;
import dev.migsdk.oms.OmsClient;
import dev.migsdk.oms.model.DeleteTaskRequest;
import dev.migsdk.oms.model.DeleteTaskResponse;

/** The {@link OmsClient} on the shared pipeline. Internal API. */
public final class DefaultOmsClient implements OmsClient {
    private final ClientRuntime<HuaweiCredentials> runtime;

    DefaultOmsClient(ClientRuntime<HuaweiCredentials> runtime) {
        this.runtime = runtime;
    }

    @Override
    public DeleteTaskResponse deleteTask(DeleteTaskRequest request) {
        return runtime.execute(OmsOperations.DELETE_TASK, request);
    }

    @Override
    public void close() {
        runtime.close();
    }
}
