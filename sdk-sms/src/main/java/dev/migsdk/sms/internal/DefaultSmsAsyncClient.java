package dev.migsdk.sms.internal;

import dev.migsdk.core.auth.HuaweiCredentials;
import dev.migsdk.core.internal.pipeline.ClientRuntime;
import dev.migsdk.sms.SmsAsyncClient;
import dev.migsdk.sms.model.DeleteTaskRequest;
import dev.migsdk.sms.model.DeleteTaskResponse;
import java.util.concurrent.CompletableFuture;

/** The {@link SmsAsyncClient} on the shared pipeline. Internal API. */
public final class DefaultSmsAsyncClient implements SmsAsyncClient {
    private final ClientRuntime<HuaweiCredentials> runtime;

    DefaultSmsAsyncClient(ClientRuntime<HuaweiCredentials> runtime) {
        this.runtime = runtime;
    }

    @Override
    public CompletableFuture<DeleteTaskResponse> deleteTask(DeleteTaskRequest request) {
        return runtime.executeAsync(SmsOperations.DELETE_TASK, request);
    }

    @Override
    public void close() {
        runtime.close();
    }
}
