package dev.migsdk.oms.internal;

import dev.migsdk.core.auth.HuaweiCredentials;
import dev.migsdk.core.internal.pipeline.ClientRuntime;
import dev.migsdk.oms.OmsAsyncClient;
import dev.migsdk.oms.model.DeleteTaskRequest;
import dev.migsdk.oms.model.DeleteTaskResponse;
import java.util.concurrent.CompletableFuture;

/** The {@link OmsAsyncClient} on the shared pipeline. Internal API. */
public final class DefaultOmsAsyncClient implements OmsAsyncClient {
    private final ClientRuntime<HuaweiCredentials> runtime;

    DefaultOmsAsyncClient(ClientRuntime<HuaweiCredentials> runtime) {
        this.runtime = runtime;
    }

    @Override
    public CompletableFuture<DeleteTaskResponse> deleteTask(DeleteTaskRequest request) {
        return runtime.executeAsync(OmsOperations.DELETE_TASK, request);
    }

    @Override
    public void close() {
        runtime.close();
    }
}
