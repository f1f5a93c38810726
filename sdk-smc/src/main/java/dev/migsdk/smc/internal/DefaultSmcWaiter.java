package dev.migsdk.smc.internal;

import dev.migsdk.core.auth.AlibabaCredentials;
import dev.migsdk.core.internal.pipeline.ClientRuntime;
import dev.migsdk.core.waiter.WaiterConfig;
import dev.migsdk.core.waiter.WaiterResult;
import dev.migsdk.smc.model.DescribeReplicationJobsResponse;
import dev.migsdk.smc.model.ReplicationJob;
import dev.migsdk.smc.waiters.SmcWaiter;

/** The {@link SmcWaiter} of a {@link DefaultSmcClient}. Internal API. */
final class DefaultSmcWaiter implements SmcWaiter {
    private final ClientRuntime<AlibabaCredentials> runtime;

    DefaultSmcWaiter(ClientRuntime<AlibabaCredentials> runtime) {
        this.runtime = runtime;
    }

    @Override
    public WaiterResult<ReplicationJob> waitUntilStopped(String jobId, WaiterConfig config) {
        return await(jobId, SmcWaiters.Goal.STOPPED, config);
    }

    @Override
    public WaiterResult<ReplicationJob> waitUntilDeletable(String jobId, WaiterConfig config) {
        return await(jobId, SmcWaiters.Goal.DELETABLE, config);
    }

    @Override
    public WaiterResult<ReplicationJob> waitUntilDeleted(String jobId, WaiterConfig config) {
        return await(jobId, SmcWaiters.Goal.DELETED, config);
    }

    private WaiterResult<ReplicationJob> await(String jobId, SmcWaiters.Goal goal, WaiterConfig config) {
        WaiterResult<DescribeReplicationJobsResponse> r = SmcWaiters.engine(runtime, jobId, goal, config).await(
                timeout -> runtime.execute(SmcOperations.DESCRIBE_REPLICATION_JOBS, SmcWaiters.poll(jobId, timeout)),
                SmcWaiters.acceptor(jobId, goal));
        return SmcWaiters.result(r, jobId);
    }
}
