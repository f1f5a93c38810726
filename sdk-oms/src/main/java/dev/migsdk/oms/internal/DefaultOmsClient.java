package dev.migsdk.oms.internal;

import dev.migsdk.core.auth.HuaweiCredentials;
import dev.migsdk.core.internal.pipeline.ClientRuntime;
import dev.migsdk.oms.OmsClient;
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
import dev.migsdk.oms.waiters.OmsWaiter;

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
    public StopTaskResponse stopTask(StopTaskRequest request) {
        return runtime.execute(OmsOperations.STOP_TASK, request);
    }

    @Override
    public ShowTaskResponse showTask(ShowTaskRequest request) {
        return runtime.execute(OmsOperations.SHOW_TASK, request);
    }

    @Override
    public ListTasksResponse listTasks(ListTasksRequest request) {
        return runtime.execute(OmsOperations.LIST_TASKS, request);
    }

    @Override
    public StopTaskGroupResponse stopTaskGroup(StopTaskGroupRequest request) {
        return runtime.execute(OmsOperations.STOP_TASK_GROUP, request);
    }

    @Override
    public ShowTaskGroupResponse showTaskGroup(ShowTaskGroupRequest request) {
        return runtime.execute(OmsOperations.SHOW_TASK_GROUP, request);
    }

    @Override
    public DeleteTaskGroupResponse deleteTaskGroup(DeleteTaskGroupRequest request) {
        return runtime.execute(OmsOperations.DELETE_TASK_GROUP, request);
    }

    @Override
    public StopSyncTaskResponse stopSyncTask(StopSyncTaskRequest request) {
        return runtime.execute(OmsOperations.STOP_SYNC_TASK, request);
    }

    @Override
    public ShowSyncTaskResponse showSyncTask(ShowSyncTaskRequest request) {
        return runtime.execute(OmsOperations.SHOW_SYNC_TASK, request);
    }

    @Override
    public DeleteSyncTaskResponse deleteSyncTask(DeleteSyncTaskRequest request) {
        return runtime.execute(OmsOperations.DELETE_SYNC_TASK, request);
    }

    @Override
    public OmsWaiter waiter() {
        return new DefaultOmsWaiter(this, runtime.settings().clock(), runtime.settings().sleeper());
    }

    @Override
    public void close() {
        runtime.close();
    }
}
