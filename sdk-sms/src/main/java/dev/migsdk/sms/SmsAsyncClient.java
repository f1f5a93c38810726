package dev.migsdk.sms;

import dev.migsdk.core.internal.client.Requests;
import dev.migsdk.core.internal.pagination.Paginators;
import dev.migsdk.core.pagination.AsyncPages;
import dev.migsdk.sms.internal.DefaultSmsAsyncClientBuilder;
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
import dev.migsdk.sms.waiters.SmsAsyncWaiter;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * Asynchronous twin of {@link SmsClient}: same operation, same exceptions (inside the future), no
 * thread blocked while waiting or backing off. Futures complete on the HTTP client's threads: do not
 * block in their callbacks.
 */
public interface SmsAsyncClient extends AutoCloseable {

    /** A builder for an async client. */
    static SmsAsyncClientBuilder builder() {
        return new DefaultSmsAsyncClientBuilder();
    }

    /** See {@link SmsClient#deleteTask(DeleteTaskRequest)}. */
    CompletableFuture<DeleteTaskResponse> deleteTask(DeleteTaskRequest request);

    /** See {@link SmsClient#deleteTask(Consumer)}. */
    default CompletableFuture<DeleteTaskResponse> deleteTask(Consumer<DeleteTaskRequest.Builder> request) {
        return Requests.async(() -> DeleteTaskRequest.builder().applyMutation(request).build(), this::deleteTask);
    }

    /** See {@link SmsClient#updateTaskStatus(UpdateTaskStatusRequest)}. */
    CompletableFuture<UpdateTaskStatusResponse> updateTaskStatus(UpdateTaskStatusRequest request);

    /** See {@link SmsClient#updateTaskStatus(Consumer)}. */
    default CompletableFuture<UpdateTaskStatusResponse> updateTaskStatus(Consumer<UpdateTaskStatusRequest.Builder> request) {
        return Requests.async(() -> UpdateTaskStatusRequest.builder().applyMutation(request).build(), this::updateTaskStatus);
    }

    /** See {@link SmsClient#stopTask(StopTaskRequest)}. */
    CompletableFuture<StopTaskResponse> stopTask(StopTaskRequest request);

    /** See {@link SmsClient#stopTask(Consumer)}. */
    default CompletableFuture<StopTaskResponse> stopTask(Consumer<StopTaskRequest.Builder> request) {
        return Requests.async(() -> StopTaskRequest.builder().applyMutation(request).build(), this::stopTask);
    }

    /** See {@link SmsClient#showTask(ShowTaskRequest)}. */
    CompletableFuture<ShowTaskResponse> showTask(ShowTaskRequest request);

    /** See {@link SmsClient#showTask(Consumer)}. */
    default CompletableFuture<ShowTaskResponse> showTask(Consumer<ShowTaskRequest.Builder> request) {
        return Requests.async(() -> ShowTaskRequest.builder().applyMutation(request).build(), this::showTask);
    }

    /** See {@link SmsClient#listTasks(ListTasksRequest)}. */
    CompletableFuture<ListTasksResponse> listTasks(ListTasksRequest request);

    /** See {@link SmsClient#listTasks(Consumer)}. */
    default CompletableFuture<ListTasksResponse> listTasks(Consumer<ListTasksRequest.Builder> request) {
        return Requests.async(() -> ListTasksRequest.builder().applyMutation(request).build(), this::listTasks);
    }

    /** See {@link SmsClient#deleteTasks(DeleteTasksRequest)}. */
    CompletableFuture<DeleteTasksResponse> deleteTasks(DeleteTasksRequest request);

    /** See {@link SmsClient#deleteTasks(Consumer)}. */
    default CompletableFuture<DeleteTasksResponse> deleteTasks(Consumer<DeleteTasksRequest.Builder> request) {
        return Requests.async(() -> DeleteTasksRequest.builder().applyMutation(request).build(), this::deleteTasks);
    }

    /** See {@link SmsClient#stopTask(String)}. */
    default CompletableFuture<StopTaskResponse> stopTask(String taskId) {
        return Requests.async(() -> StopTaskRequest.builder().taskId(taskId).build(), this::stopTask);
    }

    /** See {@link SmsClient#listTasksPaginator(ListTasksRequest)}: the same pages, walked without blocking. */
    default AsyncPages<ListTasksResponse, Task> listTasksPaginator(ListTasksRequest request) {
        return Paginators.async(request, this::listTasks, SmsPages::next, ListTasksResponse::tasks);
    }

    /** Like {@link #listTasksPaginator(ListTasksRequest)}, with the first request built in place. */
    default AsyncPages<ListTasksResponse, Task> listTasksPaginator(Consumer<ListTasksRequest.Builder> request) {
        return listTasksPaginator(ListTasksRequest.builder().applyMutation(request).build());
    }

    /** See {@link SmsClient#waiter()}: the same waiters, polling without blocking a thread. */
    SmsAsyncWaiter waiter();

    /** Releases the client's connections and threads. */
    @Override
    void close();
}
