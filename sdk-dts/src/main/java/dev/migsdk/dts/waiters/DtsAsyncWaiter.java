package dev.migsdk.dts.waiters;

import dev.migsdk.core.waiter.WaiterConfig;
import dev.migsdk.core.waiter.WaiterResult;
import dev.migsdk.dts.model.DescribeDtsJobDetailResponse;
import java.util.concurrent.CompletableFuture;

/**
 * Asynchronous twin of {@link DtsWaiter}: the same states and outcomes, as futures that fail with the same
 * exceptions. No thread waits between polls. Cancelling a future stops the polling. Get one from
 * {@link dev.migsdk.dts.DtsAsyncClient#waiter()}.
 */
public interface DtsAsyncWaiter {

    /** See {@link DtsWaiter#waitUntilStopped(String)}. */
    default CompletableFuture<WaiterResult<DescribeDtsJobDetailResponse>> waitUntilStopped(String dtsJobId) {
        return waitUntilStopped(dtsJobId, WaiterConfig.defaults());
    }

    /** See {@link DtsWaiter#waitUntilStopped(String, WaiterConfig)}. */
    CompletableFuture<WaiterResult<DescribeDtsJobDetailResponse>> waitUntilStopped(String dtsJobId, WaiterConfig config);

    /** See {@link DtsWaiter#waitUntilDeletable(String)}. */
    default CompletableFuture<WaiterResult<DescribeDtsJobDetailResponse>> waitUntilDeletable(String dtsJobId) {
        return waitUntilDeletable(dtsJobId, WaiterConfig.defaults());
    }

    /** See {@link DtsWaiter#waitUntilDeletable(String, WaiterConfig)}. */
    CompletableFuture<WaiterResult<DescribeDtsJobDetailResponse>> waitUntilDeletable(String dtsJobId,
                                                                                   WaiterConfig config);

    /** See {@link DtsWaiter#waitUntilDeleted(String)}. */
    default CompletableFuture<WaiterResult<DescribeDtsJobDetailResponse>> waitUntilDeleted(String dtsJobId) {
        return waitUntilDeleted(dtsJobId, WaiterConfig.defaults());
    }

    /** See {@link DtsWaiter#waitUntilDeleted(String, WaiterConfig)}. */
    CompletableFuture<WaiterResult<DescribeDtsJobDetailResponse>> waitUntilDeleted(String dtsJobId, WaiterConfig config);
}
