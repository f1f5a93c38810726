package dev.migsdk.oms;

import dev.migsdk.core.internal.pagination.Paginators;
import dev.migsdk.core.pagination.Pages;
import dev.migsdk.oms.internal.DefaultOmsClientBuilder;
import dev.migsdk.oms.internal.OmsPages;
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
import dev.migsdk.oms.model.Task;
import dev.migsdk.oms.waiters.OmsWaiter;
import java.util.function.Consumer;

/**
 * Huawei Cloud Object Storage Migration Service (OMS), API v2. Thread-safe; build one with
 * {@link #builder()} (set a region, which picks {@code oms.<region>.myhuaweicloud.com}), share it, and
 * {@link #close()} it. Authenticates with AK/SK (signed, with {@code X-Project-Id}) or an IAM token.
 *
 * <p>Every method throws, unchecked: {@link IllegalArgumentException}/{@link NullPointerException} for
 * bad input (nothing is sent), {@link dev.migsdk.core.exception.ServiceException} and its subtypes when
 * OMS refuses, {@link dev.migsdk.core.exception.SdkClientException} when no usable answer arrived.
 */
public interface OmsClient extends AutoCloseable {

    /** A builder for a client. */
    static OmsClientBuilder builder() {
        return new DefaultOmsClientBuilder();
    }

    /**
     * Deletes a migration task ({@code DELETE /v2/{project_id}/tasks/{task_id}}). A running task cannot
     * be deleted: pause it first.
     *
     * @throws dev.migsdk.core.exception.InvalidStatusException the task is running
     * @throws dev.migsdk.core.exception.ResourceNotFoundException no such task
     */
    DeleteTaskResponse deleteTask(DeleteTaskRequest request);

    /** Like {@link #deleteTask(DeleteTaskRequest)}, with the request built in place. */
    default DeleteTaskResponse deleteTask(Consumer<DeleteTaskRequest.Builder> request) {
        return deleteTask(DeleteTaskRequest.builder().applyMutation(request).build());
    }

    /**
     * Stops (pauses) a migrating task ({@code POST /v2/{project_id}/tasks/{task_id}/stop}). OMS answers at once; the task
     * then moves from migrating (2) through pausing (7) to paused (3): use {@link #waiter()} to wait for it.
     *
     * @throws dev.migsdk.core.exception.ResourceNotFoundException no such task
     */
    StopTaskResponse stopTask(StopTaskRequest request);

    /** Like {@link #stopTask(StopTaskRequest)}, with the request built in place. */
    default StopTaskResponse stopTask(Consumer<StopTaskRequest.Builder> request) {
        return stopTask(StopTaskRequest.builder().applyMutation(request).build());
    }

    /**
     * Describes a task ({@code GET /v2/{project_id}/tasks/{task_id}}): its status, group, error reason and progress.
     *
     * @throws dev.migsdk.core.exception.ResourceNotFoundException no such task
     */
    ShowTaskResponse showTask(ShowTaskRequest request);

    /** Like {@link #showTask(ShowTaskRequest)}, with the request built in place. */
    default ShowTaskResponse showTask(Consumer<ShowTaskRequest.Builder> request) {
        return showTask(ShowTaskRequest.builder().applyMutation(request).build());
    }

    /**
     * Lists one page of tasks ({@code GET /v2/{project_id}/tasks}), filtered by group, status or name; see
     * {@link #listTasksPaginator(ListTasksRequest)} for all pages.
     */
    ListTasksResponse listTasks(ListTasksRequest request);

    /** Like {@link #listTasks(ListTasksRequest)}, with the request built in place. */
    default ListTasksResponse listTasks(Consumer<ListTasksRequest.Builder> request) {
        return listTasks(ListTasksRequest.builder().applyMutation(request).build());
    }

    /**
     * Stops (pauses) a task group ({@code PUT /v2/{project_id}/taskgroups/{group_id}/stop}), possible while it
     * creates or monitors its tasks.
     *
     * @throws dev.migsdk.core.exception.ResourceNotFoundException no such group
     */
    StopTaskGroupResponse stopTaskGroup(StopTaskGroupRequest request);

    /** Like {@link #stopTaskGroup(StopTaskGroupRequest)}, with the request built in place. */
    default StopTaskGroupResponse stopTaskGroup(Consumer<StopTaskGroupRequest.Builder> request) {
        return stopTaskGroup(StopTaskGroupRequest.builder().applyMutation(request).build());
    }

    /**
     * Describes a task group ({@code GET /v2/{project_id}/taskgroups/{group_id}}).
     *
     * @throws dev.migsdk.core.exception.ResourceNotFoundException no such group
     */
    ShowTaskGroupResponse showTaskGroup(ShowTaskGroupRequest request);

    /** Like {@link #showTaskGroup(ShowTaskGroupRequest)}, with the request built in place. */
    default ShowTaskGroupResponse showTaskGroup(Consumer<ShowTaskGroupRequest.Builder> request) {
        return showTaskGroup(ShowTaskGroupRequest.builder().applyMutation(request).build());
    }

    /**
     * Deletes a task group ({@code DELETE /v2/{project_id}/taskgroups/{group_id}}); a group still executing
     * or pausing is refused.
     *
     * @throws dev.migsdk.core.exception.InvalidStatusException the group is in progress
     * @throws dev.migsdk.core.exception.ResourceNotFoundException no such group
     */
    DeleteTaskGroupResponse deleteTaskGroup(DeleteTaskGroupRequest request);

    /** Like {@link #deleteTaskGroup(DeleteTaskGroupRequest)}, with the request built in place. */
    default DeleteTaskGroupResponse deleteTaskGroup(Consumer<DeleteTaskGroupRequest.Builder> request) {
        return deleteTaskGroup(DeleteTaskGroupRequest.builder().applyMutation(request).build());
    }

    /**
     * Stops a synchronization task ({@code POST /v2/{project_id}/sync-tasks/{sync_task_id}/stop}).
     *
     * @throws dev.migsdk.core.exception.ResourceNotFoundException no such sync task
     */
    StopSyncTaskResponse stopSyncTask(StopSyncTaskRequest request);

    /** Like {@link #stopSyncTask(StopSyncTaskRequest)}, with the request built in place. */
    default StopSyncTaskResponse stopSyncTask(Consumer<StopSyncTaskRequest.Builder> request) {
        return stopSyncTask(StopSyncTaskRequest.builder().applyMutation(request).build());
    }

    /**
     * Describes a synchronization task ({@code GET /v2/{project_id}/sync-tasks/{sync_task_id}?query_time=}).
     *
     * @throws dev.migsdk.core.exception.ResourceNotFoundException no such sync task
     */
    ShowSyncTaskResponse showSyncTask(ShowSyncTaskRequest request);

    /** Like {@link #showSyncTask(ShowSyncTaskRequest)}, with the request built in place. */
    default ShowSyncTaskResponse showSyncTask(Consumer<ShowSyncTaskRequest.Builder> request) {
        return showSyncTask(ShowSyncTaskRequest.builder().applyMutation(request).build());
    }

    /**
     * Deletes a synchronization task ({@code DELETE /v2/{project_id}/sync-tasks/{sync_task_id}}); a
     * synchronizing one is refused: stop it first.
     *
     * @throws dev.migsdk.core.exception.InvalidStatusException the sync task is synchronizing
     * @throws dev.migsdk.core.exception.ResourceNotFoundException no such sync task
     */
    DeleteSyncTaskResponse deleteSyncTask(DeleteSyncTaskRequest request);

    /** Like {@link #deleteSyncTask(DeleteSyncTaskRequest)}, with the request built in place. */
    default DeleteSyncTaskResponse deleteSyncTask(Consumer<DeleteSyncTaskRequest.Builder> request) {
        return deleteSyncTask(DeleteSyncTaskRequest.builder().applyMutation(request).build());
    }

    /**
     * All pages of {@link #listTasks(ListTasksRequest)} from {@code request}'s offset on, requested lazily and
     * each once; {@link Pages#items()} gives the tasks. The walk ends at an empty or short page or when
     * {@code count} says there are no more.
     */
    default Pages<ListTasksResponse, Task> listTasksPaginator(ListTasksRequest request) {
        return Paginators.sync(request, this::listTasks, OmsPages::next, ListTasksResponse::tasks);
    }

    /** Like {@link #listTasksPaginator(ListTasksRequest)}, with the first request built in place. */
    default Pages<ListTasksResponse, Task> listTasksPaginator(Consumer<ListTasksRequest.Builder> request) {
        return listTasksPaginator(ListTasksRequest.builder().applyMutation(request).build());
    }

    /** Waiters that poll {@link #showTask(ShowTaskRequest)} on this client's clock until a task is stopped, deletable or gone. */
    OmsWaiter waiter();

    /** Releases the client's connections and threads. */
    @Override
    void close();
}
