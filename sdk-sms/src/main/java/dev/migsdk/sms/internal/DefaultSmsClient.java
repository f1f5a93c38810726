package dev.migsdk.sms.internal;

import dev.migsdk.core.auth.HuaweiCredentials;
import dev.migsdk.core.internal.pipeline.ClientRuntime;
import dev.migsdk.sms.SmsClient;
import dev.migsdk.sms.model.DeleteTaskRequest;
import dev.migsdk.sms.model.DeleteTaskResponse;
import dev.migsdk.sms.model.DeleteTasksRequest;
import dev.migsdk.sms.model.DeleteTasksResponse;
import dev.migsdk.sms.model.ListTasksRequest;
import dev.migsdk.sms.model.ListTasksResponse;
import dev.migsdk.sms.model.ShowTaskRequest;
import dev.migsdk.sms.model.ShowTaskResponse;
import dev.migsdk.sms.model.StopTaskRequest;
import dev.migsdk.sms.model.StopTaskResponse;
import dev.migsdk.sms.model.UpdateTaskStatusRequest;
import dev.migsdk.sms.model.UpdateTaskStatusResponse;
import dev.migsdk.sms.waiters.SmsWaiter;

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
    public UpdateTaskStatusResponse updateTaskStatus(UpdateTaskStatusRequest request) {
        return runtime.execute(SmsOperations.UPDATE_TASK_STATUS, request);
    }

    @Override
    public StopTaskResponse stopTask(StopTaskRequest request) {
        return runtime.execute(SmsOperations.STOP_TASK, request);
    }

    @Override
    public ShowTaskResponse showTask(ShowTaskRequest request) {
        return runtime.execute(SmsOperations.SHOW_TASK, request);
    }

    @Override
    public ListTasksResponse listTasks(ListTasksRequest request) {
        return runtime.execute(SmsOperations.LIST_TASKS, request);
    }

    @Override
    public DeleteTasksResponse deleteTasks(DeleteTasksRequest request) {
        return runtime.execute(SmsOperations.DELETE_TASKS, request);
    }

    @Override
    public SmsWaiter waiter() {
        return new DefaultSmsWaiter(this, runtime.settings().clock(), runtime.settings().sleeper());
    }

    @Override
    public void close() {
        runtime.close();
    }
}
