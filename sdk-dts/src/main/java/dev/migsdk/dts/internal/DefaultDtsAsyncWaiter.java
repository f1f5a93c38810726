package dev.migsdk.dts.internal;

import dev.migsdk.core.auth.AlibabaCredentials;
import dev.migsdk.core.internal.pipeline.ClientRuntime;
import dev.migsdk.core.waiter.WaiterConfig;
import dev.migsdk.core.waiter.WaiterResult;
import dev.migsdk.dts.model.DescribeDtsJobDetailResponse;
import dev.migsdk.dts.waiters.DtsAsyncWaiter;
import java.util.concurrent.CompletableFuture;

/** The {@link DtsAsyncWaiter} of a {@link DefaultDtsAsyncClient}. Internal API. */
final class DefaultDtsAsyncWaiter implements DtsAsyncWaiter {
    private final ClientRuntime<AlibabaCredentials> runtime;

    DefaultDtsAsyncWaiter(ClientRuntime<AlibabaCredentials> runtime) {
        this.runtime = runtime;
    }

    @Override
    public CompletableFuture<WaiterResult<DescribeDtsJobDetailResponse>> waitUntilStopped(String dtsJobId,
                                                                                          WaiterConfig config) {
        return await(dtsJobId, DtsWaiters.Goal.STOPPED, config);
    }

    @Override
    public CompletableFuture<WaiterResult<DescribeDtsJobDetailResponse>> waitUntilDeletable(String dtsJobId,
                                                                                            WaiterConfig config) {
        return await(dtsJobId, DtsWaiters.Goal.DELETABLE, config);
    }

    @Override
    public CompletableFuture<WaiterResult<DescribeDtsJobDetailResponse>> waitUntilDeleted(String dtsJobId,
                                                                                          WaiterConfig config) {
        return await(dtsJobId, DtsWaiters.Goal.DELETED, config);
    }

    private CompletableFuture<WaiterResult<DescribeDtsJobDetailResponse>> await(String dtsJobId,
                                                                                DtsWaiters.Goal goal,
                                                                                WaiterConfig config) {
        try {
            return DtsWaiters.engine(runtime, dtsJobId, goal, config).awaitAsync(
                    timeout -> runtime.executeAsync(DtsOperations.DESCRIBE_DTS_JOB_DETAIL,
                            DtsWaiters.poll(dtsJobId, timeout)),
                    DtsWaiters.acceptor(dtsJobId, goal));
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }
}
