package dev.migsdk.sms.internal;

import dev.migsdk.core.auth.HuaweiCredentials;
import dev.migsdk.core.internal.pipeline.ClientRuntime;
import dev.migsdk.sms.SmsClient;
import dev.migsdk.sms.model.DeleteTaskRequest;
import dev.migsdk.sms.model.DeleteTaskResponse;

/** The {@link SmsClient} on the shared pipeline. Internal API. */
public final class DefaultSmsClient implements SmsClient {
    private final ClientRuntime<HuaweiCredentials> runtime;

    DefaultSmsClient(ClientRuntime<HuaweiCredentials> runtime) {
        this.runtime = runtime;
    }

    @Override
    public DeleteTaskResponse deleteTask(DeleteTaskRequest request) {
        return runtime.execute(SmsOperations.DELETE_TASK, request);
    }

    @Override
    public void close() {
        runtime.close();
    }
}
