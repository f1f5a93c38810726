package dev.migsdk.sms.internal;

import dev.migsdk.core.auth.HuaweiCredentials;
import dev.migsdk.core.internal.pipeline.ClientRuntime;
import dev.migsdk.sms.SmsAsyncClient;
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
import dev.migsdk.sms.waiters.SmsAsyncWaiter;
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
    public CompletableFuture<UpdateTaskStatusResponse> updateTaskStatus(UpdateTaskStatusRequest request) {
        return runtime.executeAsync(SmsOperations.UPDATE_TASK_STATUS, request);
    }

    @Override
    public CompletableFuture<StopTaskResponse> stopTask(StopTaskRequest request) {
        return runtime.executeAsync(SmsOperations.STOP_TASK, request);
    }

    @Override
    public CompletableFuture<ShowTaskResponse> showTask(ShowTaskRequest request) {
        return runtime.executeAsync(SmsOperations.SHOW_TASK, request);
    }

    @Override
    public CompletableFuture<ListTasksResponse> listTasks(ListTasksRequest request) {
        return runtime.executeAsync(SmsOperations.LIST_TASKS, request);
    }

    @Override
    public CompletableFuture<DeleteTasksResponse> deleteTasks(DeleteTasksRequest request) {
        return runtime.executeAsync(SmsOperations.DELETE_TASKS, request);
    }

    @Override
    public SmsAsyncWaiter waiter() {
        return new DefaultSmsAsyncWaiter(this, runtime.settings().clock(), runtime.settings().sleeper());
    }

    @Override
    public void close() {
        runtime.close();
    }
}
