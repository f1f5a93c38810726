package dev.migsdk.dts.internal;

import dev.migsdk.core.auth.AlibabaCredentials;
import dev.migsdk.core.internal.pipeline.ClientRuntime;
import dev.migsdk.core.waiter.WaiterConfig;
import dev.migsdk.core.waiter.WaiterResult;
import dev.migsdk.dts.model.DescribeDtsJobDetailResponse;
import dev.migsdk.dts.waiters.DtsWaiter;

/** The {@link DtsWaiter} of a {@link DefaultDtsClient}. Internal API. */
final class DefaultDtsWaiter implements DtsWaiter {
    private final ClientRuntime<AlibabaCredentials> runtime;

    DefaultDtsWaiter(ClientRuntime<AlibabaCredentials> runtime) {
        this.runtime = runtime;
    }

    @Override
    public WaiterResult<DescribeDtsJobDetailResponse> waitUntilStopped(String dtsJobId, WaiterConfig config) {
        return await(dtsJobId, DtsWaiters.Goal.STOPPED, config);
    }

    @Override
    public WaiterResult<DescribeDtsJobDetailResponse> waitUntilDeletable(String dtsJobId, WaiterConfig config) {
        return await(dtsJobId, DtsWaiters.Goal.DELETABLE, config);
    }

    @Override
    public WaiterResult<DescribeDtsJobDetailResponse> waitUntilDeleted(String dtsJobId, WaiterConfig config) {
        return await(dtsJobId, DtsWaiters.Goal.DELETED, config);
    }

    private WaiterResult<DescribeDtsJobDetailResponse> await(String dtsJobId, DtsWaiters.Goal goal,
                                                             WaiterConfig config) {
        return DtsWaiters.engine(runtime, dtsJobId, goal, config).await(
                timeout -> runtime.execute(DtsOperations.DESCRIBE_DTS_JOB_DETAIL, DtsWaiters.poll(dtsJobId, timeout)),
                DtsWaiters.acceptor(dtsJobId, goal));
    }
}
