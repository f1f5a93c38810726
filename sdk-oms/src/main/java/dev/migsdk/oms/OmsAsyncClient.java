package dev.migsdk.oms;

import dev.migsdk.core.internal.client.Requests;
import dev.migsdk.core.internal.pagination.Paginators;
import dev.migsdk.core.pagination.AsyncPages;
import dev.migsdk.oms.internal.DefaultOmsAsyncClientBuilder;
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
import dev.migsdk.oms.waiters.OmsAsyncWaiter;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * Asynchronous twin of {@link OmsClient}: same operation, same exceptions (inside the future), no
 * thread blocked while waiting or backing off. Futures complete on the HTTP client's threads: do not
 * block in their callbacks.
 */
public interface OmsAsyncClient extends AutoCloseable {

    /** A builder for an async client. */
    static OmsAsyncClientBuilder builder() {
        return new DefaultOmsAsyncClientBuilder();
    }

    /** See {@link OmsClient#deleteTask(DeleteTaskRequest)}. */
    CompletableFuture<DeleteTaskResponse> deleteTask(DeleteTaskRequest request);

    /** See {@link OmsClient#deleteTask(Consumer)}. */
    default CompletableFuture<DeleteTaskResponse> deleteTask(Consumer<DeleteTaskRequest.Builder> request) {
        return Requests.async(() -> DeleteTaskRequest.builder().applyMutation(request).build(), this::deleteTask);
    }

    /** See {@link OmsClient#stopTask(StopTaskRequest)}. */
    CompletableFuture<StopTaskResponse> stopTask(StopTaskRequest request);

    /** See {@link OmsClient#stopTask(Consumer)}. */
    default CompletableFuture<StopTaskResponse> stopTask(Consumer<StopTaskRequest.Builder> request) {
        return Requests.async(() -> StopTaskRequest.builder().applyMutation(request).build(), this::stopTask);
    }

    /** See {@link OmsClient#showTask(ShowTaskRequest)}. */
    CompletableFuture<ShowTaskResponse> showTask(ShowTaskRequest request);

    /** See {@link OmsClient#showTask(Consumer)}. */
    default CompletableFuture<ShowTaskResponse> showTask(Consumer<ShowTaskRequest.Builder> request) {
        return Requests.async(() -> ShowTaskRequest.builder().applyMutation(request).build(), this::showTask);
    }

    /** See {@link OmsClient#listTasks(ListTasksRequest)}. */
    CompletableFuture<ListTasksResponse> listTasks(ListTasksRequest request);

    /** See {@link OmsClient#listTasks(Consumer)}. */
    default CompletableFuture<ListTasksResponse> listTasks(Consumer<ListTasksRequest.Builder> request) {
        return Requests.async(() -> ListTasksRequest.builder().applyMutation(request).build(), this::listTasks);
    }

    /** See {@link OmsClient#stopTaskGroup(StopTaskGroupRequest)}. */
    CompletableFuture<StopTaskGroupResponse> stopTaskGroup(StopTaskGroupRequest request);

    /** See {@link OmsClient#stopTaskGroup(Consumer)}. */
    default CompletableFuture<StopTaskGroupResponse> stopTaskGroup(Consumer<StopTaskGroupRequest.Builder> request) {
        return Requests.async(() -> StopTaskGroupRequest.builder().applyMutation(request).build(), this::stopTaskGroup);
    }

    /** See {@link OmsClient#showTaskGroup(ShowTaskGroupRequest)}. */
    CompletableFuture<ShowTaskGroupResponse> showTaskGroup(ShowTaskGroupRequest request);

    /** See {@link OmsClient#showTaskGroup(Consumer)}. */
    default CompletableFuture<ShowTaskGroupResponse> showTaskGroup(Consumer<ShowTaskGroupRequest.Builder> request) {
        return Requests.async(() -> ShowTaskGroupRequest.builder().applyMutation(request).build(), this::showTaskGroup);
    }

    /** See {@link OmsClient#deleteTaskGroup(DeleteTaskGroupRequest)}. */
    CompletableFuture<DeleteTaskGroupResponse> deleteTaskGroup(DeleteTaskGroupRequest request);

    /** See {@link OmsClient#deleteTaskGroup(Consumer)}. */
    default CompletableFuture<DeleteTaskGroupResponse> deleteTaskGroup(Consumer<DeleteTaskGroupRequest.Builder> request) {
        return Requests.async(() -> DeleteTaskGroupRequest.builder().applyMutation(request).build(), this::deleteTaskGroup);
    }

    /** See {@link OmsClient#stopSyncTask(StopSyncTaskRequest)}. */
    CompletableFuture<StopSyncTaskResponse> stopSyncTask(StopSyncTaskRequest request);

    /** See {@link OmsClient#stopSyncTask(Consumer)}. */
    default CompletableFuture<StopSyncTaskResponse> stopSyncTask(Consumer<StopSyncTaskRequest.Builder> request) {
        return Requests.async(() -> StopSyncTaskRequest.builder().applyMutation(request).build(), this::stopSyncTask);
    }

    /** See {@link OmsClient#showSyncTask(ShowSyncTaskRequest)}. */
    CompletableFuture<ShowSyncTaskResponse> showSyncTask(ShowSyncTaskRequest request);

    /** See {@link OmsClient#showSyncTask(Consumer)}. */
    default CompletableFuture<ShowSyncTaskResponse> showSyncTask(Consumer<ShowSyncTaskRequest.Builder> request) {
        return Requests.async(() -> ShowSyncTaskRequest.builder().applyMutation(request).build(), this::showSyncTask);
    }

    /** See {@link OmsClient#deleteSyncTask(DeleteSyncTaskRequest)}. */
    CompletableFuture<DeleteSyncTaskResponse> deleteSyncTask(DeleteSyncTaskRequest request);

    /** See {@link OmsClient#deleteSyncTask(Consumer)}. */
    default CompletableFuture<DeleteSyncTaskResponse> deleteSyncTask(Consumer<DeleteSyncTaskRequest.Builder> request) {
        return Requests.async(() -> DeleteSyncTaskRequest.builder().applyMutation(request).build(), this::deleteSyncTask);
    }

    /** See {@link OmsClient#listTasksPaginator(ListTasksRequest)}: the same pages, walked without blocking. */
    default AsyncPages<ListTasksResponse, Task> listTasksPaginator(ListTasksRequest request) {
        return Paginators.async(request, this::listTasks, OmsPages::next, ListTasksResponse::tasks);
    }

    /** Like {@link #listTasksPaginator(ListTasksRequest)}, with the first request built in place. */
    default AsyncPages<ListTasksResponse, Task> listTasksPaginator(Consumer<ListTasksRequest.Builder> request) {
        return listTasksPaginator(ListTasksRequest.builder().applyMutation(request).build());
    }

    /** See {@link OmsClient#waiter()}: the same waiters, polling without blocking a thread. */
    OmsAsyncWaiter waiter();

    /** Releases the client's connections and threads. */
    @Override
    void close();
}
