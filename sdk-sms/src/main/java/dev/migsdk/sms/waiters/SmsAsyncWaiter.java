package dev.migsdk.sms.waiters;

import dev.migsdk.core.waiter.WaiterConfig;
import dev.migsdk.core.waiter.WaiterResult;
import dev.migsdk.sms.model.ShowTaskRequest;
import dev.migsdk.sms.model.ShowTaskResponse;
import java.util.concurrent.CompletableFuture;

/**
 * The async twin of {@link SmsWaiter}: the same state machine, polling without blocking a thread (delays wait on
 * the client's timer). The futures fail with the exceptions {@link SmsWaiter} throws. Get one from
 * {@link dev.migsdk.sms.SmsAsyncClient#waiter()}; cancelling a future stops the polling.
 *
 * <p>The state machine: a stop moves a task from {@code RUNNING} (or {@code SYNCING}) through {@code ABORTING} to
 * {@code ABORT}; {@code RUNNING}, {@code SYNCING}, {@code ABORTING}, {@code DELETING} and {@code SYNC_F_ROLLBACKING}
 * cannot be deleted while the agent is connected. Each method fails at once with
 * {@link dev.migsdk.core.exception.WaiterFailureException} (state and SMS's {@code error_json} in the message)
 * when the state it waits for can no longer come, and with
 * {@link dev.migsdk.core.exception.WaiterTimeoutException} when the wait runs out. A throttled poll waits longer.
 */
public interface SmsAsyncWaiter {

    /**
     * Waits until the task is {@code ABORT}, e.g. after {@code stopTask}. {@code MIGRATE_SUCCESS},
     * {@code MIGRATE_FAIL}, {@code READY}, {@code DELETING} and {@code SYNC_F_ROLLBACK_SUCCESS} end the wait as a
     * failure: the task ended, or never ran, some other way. A task that is gone is a
     * {@link dev.migsdk.core.exception.ResourceNotFoundException}.
     */
    CompletableFuture<WaiterResult<ShowTaskResponse>> waitUntilStopped(ShowTaskRequest request, WaiterConfig config);

    /** {@link #waitUntilStopped(ShowTaskRequest, WaiterConfig)} with the default {@link WaiterConfig}. */
    default CompletableFuture<WaiterResult<ShowTaskResponse>> waitUntilStopped(ShowTaskRequest request) {
        return waitUntilStopped(request, WaiterConfig.defaults());
    }

    /** {@link #waitUntilStopped(ShowTaskRequest)} for task {@code taskId}. */
    default CompletableFuture<WaiterResult<ShowTaskResponse>> waitUntilStopped(String taskId) {
        return waitUntilStopped(ShowTaskRequest.builder().taskId(taskId).build());
    }

    /**
     * Waits until {@code DeleteTask} would accept the task: {@code READY}, {@code MIGRATE_SUCCESS},
     * {@code MIGRATE_FAIL}, {@code ABORT}, {@code SYNC_F_ROLLBACK_SUCCESS}, or any state with the agent disconnected
     * ({@code connected == false}). {@code DELETING} fails the wait (someone else is deleting it); a task that is gone is a
     * {@link dev.migsdk.core.exception.ResourceNotFoundException}.
     */
    CompletableFuture<WaiterResult<ShowTaskResponse>> waitUntilDeletable(ShowTaskRequest request, WaiterConfig config);

    /** {@link #waitUntilDeletable(ShowTaskRequest, WaiterConfig)} with the default {@link WaiterConfig}. */
    default CompletableFuture<WaiterResult<ShowTaskResponse>> waitUntilDeletable(ShowTaskRequest request) {
        return waitUntilDeletable(request, WaiterConfig.defaults());
    }

    /** {@link #waitUntilDeletable(ShowTaskRequest)} for task {@code taskId}. */
    default CompletableFuture<WaiterResult<ShowTaskResponse>> waitUntilDeletable(String taskId) {
        return waitUntilDeletable(ShowTaskRequest.builder().taskId(taskId).build());
    }

    /**
     * Waits until the task is gone: {@code ShowTask} answers "not found" (that error is the result's
     * {@link WaiterResult#exception()}). Any state keeps waiting.
     */
    CompletableFuture<WaiterResult<ShowTaskResponse>> waitUntilDeleted(ShowTaskRequest request, WaiterConfig config);

    /** {@link #waitUntilDeleted(ShowTaskRequest, WaiterConfig)} with the default {@link WaiterConfig}. */
    default CompletableFuture<WaiterResult<ShowTaskResponse>> waitUntilDeleted(ShowTaskRequest request) {
        return waitUntilDeleted(request, WaiterConfig.defaults());
    }

    /** {@link #waitUntilDeleted(ShowTaskRequest)} for task {@code taskId}. */
    default CompletableFuture<WaiterResult<ShowTaskResponse>> waitUntilDeleted(String taskId) {
        return waitUntilDeleted(ShowTaskRequest.builder().taskId(taskId).build());
    }
}
