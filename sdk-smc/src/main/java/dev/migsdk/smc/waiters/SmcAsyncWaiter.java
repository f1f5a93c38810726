package dev.migsdk.smc.waiters;

import dev.migsdk.core.waiter.WaiterConfig;
import dev.migsdk.core.waiter.WaiterResult;
import dev.migsdk.smc.model.ReplicationJob;
import java.util.concurrent.CompletableFuture;

/**
 * Asynchronous twin of {@link SmcWaiter}: the same states and outcomes, as futures that fail with the same
 * exceptions. No thread waits between polls (the delays run on the client's timer). Cancelling a future
 * stops the polling. Get one from {@link dev.migsdk.smc.SmcAsyncClient#waiter()}.
 */
public interface SmcAsyncWaiter {

    /** See {@link SmcWaiter#waitUntilStopped(String)}. */
    default CompletableFuture<WaiterResult<ReplicationJob>> waitUntilStopped(String jobId) {
        return waitUntilStopped(jobId, WaiterConfig.defaults());
    }

    /** See {@link SmcWaiter#waitUntilStopped(String, WaiterConfig)}. */
    CompletableFuture<WaiterResult<ReplicationJob>> waitUntilStopped(String jobId, WaiterConfig config);

    /** See {@link SmcWaiter#waitUntilDeletable(String)}. */
    default CompletableFuture<WaiterResult<ReplicationJob>> waitUntilDeletable(String jobId) {
        return waitUntilDeletable(jobId, WaiterConfig.defaults());
    }

    /** See {@link SmcWaiter#waitUntilDeletable(String, WaiterConfig)}. */
    CompletableFuture<WaiterResult<ReplicationJob>> waitUntilDeletable(String jobId, WaiterConfig config);

    /** See {@link SmcWaiter#waitUntilDeleted(String)}. */
    default CompletableFuture<WaiterResult<ReplicationJob>> waitUntilDeleted(String jobId) {
        return waitUntilDeleted(jobId, WaiterConfig.defaults());
    }

    /** See {@link SmcWaiter#waitUntilDeleted(String, WaiterConfig)}. */
    CompletableFuture<WaiterResult<ReplicationJob>> waitUntilDeleted(String jobId, WaiterConfig config);
}
