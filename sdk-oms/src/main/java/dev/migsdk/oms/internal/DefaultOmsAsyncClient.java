package dev.migsdk.oms.internal;

import dev.migsdk.core.auth.HuaweiCredentials;
import dev.migsdk.core.internal.pipeline.ClientRuntime;
import dev.migsdk.oms.OmsAsyncClient;
import dev.migsdk.oms.model.DeleteSyncTaskRequest;
import dev.migsdk.oms.model.DeleteSyncTaskResponse;
import dev.migsdk.oms.model.DeleteTaskGroupRequest;
import dev.migsdk.oms.model.DeleteTaskGroupResponse;
import dev.migsdk.oms.model.DeleteTaskRequest;
import dev.migsdk.oms.model.DeleteTaskResponse;
import dev.migsdk.oms.model.ListTasksRequest;
import dev.migsdk.oms.model.ListTasksResponse;
import dev.migsdk.oms.model.ShowSyncTaskRequest;
import dev.migsdk.oms.model.ShowSyncTaskResponse;
import dev.migsdk.oms.model.ShowTaskGroupRequest;
import dev.migsdk.oms.model.ShowTaskGroupResponse;
import dev.migsdk.oms.model.ShowTaskRequest;
import dev.migsdk.oms.model.ShowTaskResponse;
import dev.migsdk.oms.model.StopSyncTaskRequest;
import dev.migsdk.oms.model.StopSyncTaskResponse;
import dev.migsdk.oms.model.StopTaskGroupRequest;
import dev.migsdk.oms.model.StopTaskGroupResponse;
import dev.migsdk.oms.model.StopTaskRequest;
import dev.migsdk.oms.model.StopTaskResponse;
import dev.migsdk.oms.waiters.OmsAsyncWaiter;
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
    public CompletableFuture<StopTaskResponse> stopTask(StopTaskRequest request) {
        return runtime.executeAsync(OmsOperations.STOP_TASK, request);
    }

    @Override
    public CompletableFuture<ShowTaskResponse> showTask(ShowTaskRequest request) {
        return runtime.executeAsync(OmsOperations.SHOW_TASK, request);
    }

    @Override
    public CompletableFuture<ListTasksResponse> listTasks(ListTasksRequest request) {
        return runtime.executeAsync(OmsOperations.LIST_TASKS, request);
    }

    @Override
    public CompletableFuture<StopTaskGroupResponse> stopTaskGroup(StopTaskGroupRequest request) {
        return runtime.executeAsync(OmsOperations.STOP_TASK_GROUP, request);
    }

    @Override
    public CompletableFuture<ShowTaskGroupResponse> showTaskGroup(ShowTaskGroupRequest request) {
        return runtime.executeAsync(OmsOperations.SHOW_TASK_GROUP, request);
    }

    @Override
    public CompletableFuture<DeleteTaskGroupResponse> deleteTaskGroup(DeleteTaskGroupRequest request) {
        return runtime.executeAsync(OmsOperations.DELETE_TASK_GROUP, request);
    }

    @Override
    public CompletableFuture<StopSyncTaskResponse> stopSyncTask(StopSyncTaskRequest request) {
        return runtime.executeAsync(OmsOperations.STOP_SYNC_TASK, request);
    }

    @Override
    public CompletableFuture<ShowSyncTaskResponse> showSyncTask(ShowSyncTaskRequest request) {
        return runtime.executeAsync(OmsOperations.SHOW_SYNC_TASK, request);
    }

    @Override
    public CompletableFuture<DeleteSyncTaskResponse> deleteSyncTask(DeleteSyncTaskRequest request) {
        return runtime.executeAsync(OmsOperations.DELETE_SYNC_TASK, request);
    }

    @Override
    public OmsAsyncWaiter waiter() {
        return new DefaultOmsAsyncWaiter(this, runtime.settings().clock(), runtime.settings().sleeper());
    }

    @Override
    public void close() {
        runtime.close();
    }
}
