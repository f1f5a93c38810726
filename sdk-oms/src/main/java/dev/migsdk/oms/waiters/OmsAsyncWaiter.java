package dev.migsdk.oms.waiters;

import dev.migsdk.core.waiter.WaiterConfig;
import dev.migsdk.core.waiter.WaiterResult;
import dev.migsdk.oms.model.ShowTaskRequest;
import dev.migsdk.oms.model.ShowTaskResponse;
import java.util.concurrent.CompletableFuture;

/**
 * The async twin of {@link OmsWaiter}: the same state machine, polling without blocking a thread (delays wait on
 * the client's timer). The futures fail with the exceptions {@link OmsWaiter} throws. Get one from
 * {@link dev.migsdk.oms.OmsAsyncClient#waiter()}; cancelling a future stops the polling.
 *
 * <p>The state machine: a stop moves a task from migrating (2) through pausing (7) to paused (3); waiting (1),
 * migrating, retrying (6) and pausing cannot be deleted; paused, failed (4) and succeeded (5) can. Each method
 * fails at once with {@link dev.migsdk.core.exception.WaiterFailureException} (state and OMS's error reason in the
 * message) when the state it waits for can no longer come, and with
 * {@link dev.migsdk.core.exception.WaiterTimeoutException} when the wait runs out. A throttled poll waits longer.
 */
public interface OmsAsyncWaiter {

    /**
     * Waits until the task is paused (3), e.g. after {@code stopTask}. Failed (4) or succeeded (5) end the wait
     * as a failure: the task ended some other way. A task that is gone is a
     * {@link dev.migsdk.core.exception.ResourceNotFoundException}.
     */
    CompletableFuture<WaiterResult<ShowTaskResponse>> waitUntilStopped(ShowTaskRequest request, WaiterConfig config);

    /** {@link #waitUntilStopped(ShowTaskRequest, WaiterConfig)} with the default {@link WaiterConfig}. */
    default CompletableFuture<WaiterResult<ShowTaskResponse>> waitUntilStopped(ShowTaskRequest request) {
        return waitUntilStopped(request, WaiterConfig.defaults());
    }

    /** {@link #waitUntilStopped(ShowTaskRequest)} for a task of the credentials' project. */
    default CompletableFuture<WaiterResult<ShowTaskResponse>> waitUntilStopped(long taskId) {
        return waitUntilStopped(ShowTaskRequest.builder().taskId(taskId).build());
    }

    /**
     * Waits until {@code DeleteTask} would accept the task: paused, failed or succeeded. Never fails on a state
     * (every in-progress state ends in one of those); a task that is gone is a
     * {@link dev.migsdk.core.exception.ResourceNotFoundException}.
     */
    CompletableFuture<WaiterResult<ShowTaskResponse>> waitUntilDeletable(ShowTaskRequest request, WaiterConfig config);

    /** {@link #waitUntilDeletable(ShowTaskRequest, WaiterConfig)} with the default {@link WaiterConfig}. */
    default CompletableFuture<WaiterResult<ShowTaskResponse>> waitUntilDeletable(ShowTaskRequest request) {
        return waitUntilDeletable(request, WaiterConfig.defaults());
    }

    /** {@link #waitUntilDeletable(ShowTaskRequest)} for a task of the credentials' project. */
    default CompletableFuture<WaiterResult<ShowTaskResponse>> waitUntilDeletable(long taskId) {
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

    /** {@link #waitUntilDeleted(ShowTaskRequest)} for a task of the credentials' project. */
    default CompletableFuture<WaiterResult<ShowTaskResponse>> waitUntilDeleted(long taskId) {
        return waitUntilDeleted(ShowTaskRequest.builder().taskId(taskId).build());
    }
}
