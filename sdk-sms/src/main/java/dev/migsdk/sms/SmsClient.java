package dev.migsdk.sms;

import dev.migsdk.core.internal.pagination.Paginators;
import dev.migsdk.core.pagination.Pages;
import dev.migsdk.sms.internal.DefaultSmsClientBuilder;
import dev.migsdk.sms.internal.SmsPages;
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
import dev.migsdk.sms.model.Task;
import dev.migsdk.sms.model.UpdateTaskStatusRequest;
import dev.migsdk.sms.model.UpdateTaskStatusResponse;
import dev.migsdk.sms.waiters.SmsWaiter;
import java.util.function.Consumer;

/**
 * Huawei Cloud Server Migration Service (SMS), API v3. Thread-safe; build one with {@link #builder()}
 * (set a region such as {@code cn-north-4} or {@code ap-southeast-3}, which picks the endpoint), share
 * it, and {@link #close()} it. SMS is a global service: AK/SK calls carry {@code X-Domain-Id} (the
 * account id of the credentials); an IAM token is sent as {@code X-Auth-Token}.
 *
 * <p>Every method throws, unchecked: {@link IllegalArgumentException}/{@link NullPointerException} for
 * bad input (nothing is sent), {@link dev.migsdk.core.exception.ServiceException} and its subtypes when
 * SMS refuses (a 403's {@code encoded_authorization_message}, {@code error_param} and {@code details}
 * are on the exception), {@link dev.migsdk.core.exception.SdkClientException} when no usable answer arrived.
 */
public interface SmsClient extends AutoCloseable {

    /** A builder for a client. */
    static SmsClientBuilder builder() {
        return new DefaultSmsClientBuilder();
    }

    /**
     * Deletes a migration task ({@code DELETE /v3/tasks/{task_id}}). Possible when the source's agent is
     * disconnected or the task is not in progress (ready, finished, failed, paused); running or stopping
     * tasks are refused.
     *
     * @throws dev.migsdk.core.exception.InvalidStatusException {@code SMS.2015}: the task is running or stopping
     * @throws dev.migsdk.core.exception.ResourceNotFoundException no such task
     */
    DeleteTaskResponse deleteTask(DeleteTaskRequest request);

    /** Like {@link #deleteTask(DeleteTaskRequest)}, with the request built in place. */
    default DeleteTaskResponse deleteTask(Consumer<DeleteTaskRequest.Builder> request) {
        return deleteTask(DeleteTaskRequest.builder().applyMutation(request).build());
    }

    /**
     * Runs an action on a task ({@code POST /v3/tasks/{task_id}/action}): start, stop, test, clone_test,
     * restart, network_check, clear, skip, migration_test or any {@link dev.migsdk.sms.model.TaskAction#of(String)}.
     *
     * @throws dev.migsdk.core.exception.ResourceNotFoundException no such task
     */
    UpdateTaskStatusResponse updateTaskStatus(UpdateTaskStatusRequest request);

    /** Like {@link #updateTaskStatus(UpdateTaskStatusRequest)}, with the request built in place. */
    default UpdateTaskStatusResponse updateTaskStatus(Consumer<UpdateTaskStatusRequest.Builder> request) {
        return updateTaskStatus(UpdateTaskStatusRequest.builder().applyMutation(request).build());
    }

    /**
     * Stops a task: {@code UpdateTaskStatus} with {@code {"operation":"stop"}}. SMS answers at once; the task then
     * moves through {@code ABORTING} to {@code ABORT}: use {@link #waiter()} to wait for it.
     *
     * @throws dev.migsdk.core.exception.ResourceNotFoundException no such task
     */
    StopTaskResponse stopTask(StopTaskRequest request);

    /** Like {@link #stopTask(StopTaskRequest)}, with the request built in place. */
    default StopTaskResponse stopTask(Consumer<StopTaskRequest.Builder> request) {
        return stopTask(StopTaskRequest.builder().applyMutation(request).build());
    }

    /**
     * Describes a task ({@code GET /v3/tasks/{task_id}}): its state, agent connection, error and time left.
     *
     * @throws dev.migsdk.core.exception.ResourceNotFoundException no such task
     */
    ShowTaskResponse showTask(ShowTaskRequest request);

    /** Like {@link #showTask(ShowTaskRequest)}, with the request built in place. */
    default ShowTaskResponse showTask(Consumer<ShowTaskRequest.Builder> request) {
        return showTask(ShowTaskRequest.builder().applyMutation(request).build());
    }

    /**
     * Lists one page of tasks ({@code GET /v3/tasks}), filtered by state, name, id or source server; see
     * {@link #listTasksPaginator(ListTasksRequest)} for all pages.
     */
    ListTasksResponse listTasks(ListTasksRequest request);

    /** Like {@link #listTasks(ListTasksRequest)}, with the request built in place. */
    default ListTasksResponse listTasks(Consumer<ListTasksRequest.Builder> request) {
        return listTasks(ListTasksRequest.builder().applyMutation(request).build());
    }

    /**
     * Deletes several tasks at once ({@code POST /v3/tasks/delete}). SMS reports no per-task result: the call
     * succeeds or fails as a whole (see docs/DECISIONS.md); check single tasks with {@link #showTask(ShowTaskRequest)}.
     *
     * @throws dev.migsdk.core.exception.InvalidStatusException {@code SMS.2015}: a task is running or stopping
     */
    DeleteTasksResponse deleteTasks(DeleteTasksRequest request);

    /** Like {@link #deleteTasks(DeleteTasksRequest)}, with the request built in place. */
    default DeleteTasksResponse deleteTasks(Consumer<DeleteTasksRequest.Builder> request) {
        return deleteTasks(DeleteTasksRequest.builder().applyMutation(request).build());
    }

    /** Stops task {@code taskId}; see {@link #stopTask(StopTaskRequest)}. */
    default StopTaskResponse stopTask(String taskId) {
        return stopTask(StopTaskRequest.builder().taskId(taskId).build());
    }

    /**
     * All pages of {@link #listTasks(ListTasksRequest)} from {@code request}'s offset on, requested lazily and
     * each once; {@link Pages#items()} gives the tasks. The walk ends at an empty or short page or when
     * {@code count} says there are no more.
     */
    default Pages<ListTasksResponse, Task> listTasksPaginator(ListTasksRequest request) {
        return Paginators.sync(request, this::listTasks, SmsPages::next, ListTasksResponse::tasks);
    }

    /** Like {@link #listTasksPaginator(ListTasksRequest)}, with the first request built in place. */
    default Pages<ListTasksResponse, Task> listTasksPaginator(Consumer<ListTasksRequest.Builder> request) {
        return listTasksPaginator(ListTasksRequest.builder().applyMutation(request).build());
    }

    /** Waiters that poll {@link #showTask(ShowTaskRequest)} on this client's clock until a task is stopped, deletable or gone. */
    SmsWaiter waiter();

    /** Releases the client's connections and threads. */
    @Override
    void close();
}
