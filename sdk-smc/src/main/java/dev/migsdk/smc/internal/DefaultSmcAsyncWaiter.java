package dev.migsdk.smc.internal;

import dev.migsdk.core.auth.AlibabaCredentials;
import dev.migsdk.core.internal.pipeline.ClientRuntime;
import dev.migsdk.core.waiter.WaiterConfig;
import dev.migsdk.core.waiter.WaiterResult;
import dev.migsdk.smc.model.DescribeReplicationJobsResponse;
import dev.migsdk.smc.model.ReplicationJob;
import dev.migsdk.smc.waiters.SmcAsyncWaiter;
import java.util.concurrent.CompletableFuture;

/** The {@link SmcAsyncWaiter} of a {@link DefaultSmcAsyncClient}. Internal API. */
final class DefaultSmcAsyncWaiter implements SmcAsyncWaiter {
    private final ClientRuntime<AlibabaCredentials> runtime;

    DefaultSmcAsyncWaiter(ClientRuntime<AlibabaCredentials> runtime) {
        this.runtime = runtime;
    }

    @Override
    public CompletableFuture<WaiterResult<ReplicationJob>> waitUntilStopped(String jobId, WaiterConfig config) {
        return await(jobId, SmcWaiters.Goal.STOPPED, config);
    }

    @Override
    public CompletableFuture<WaiterResult<ReplicationJob>> waitUntilDeletable(String jobId, WaiterConfig config) {
        return await(jobId, SmcWaiters.Goal.DELETABLE, config);
    }

    @Override
    public CompletableFuture<WaiterResult<ReplicationJob>> waitUntilDeleted(String jobId, WaiterConfig config) {
        return await(jobId, SmcWaiters.Goal.DELETED, config);
    }

    private CompletableFuture<WaiterResult<ReplicationJob>> await(String jobId, SmcWaiters.Goal goal,
                                                                  WaiterConfig config) {
        CompletableFuture<WaiterResult<DescribeReplicationJobsResponse>> polling;
        try {
            polling = SmcWaiters.engine(runtime, jobId, goal, config).awaitAsync(
                    timeout -> runtime.executeAsync(SmcOperations.DESCRIBE_REPLICATION_JOBS,
                            SmcWaiters.poll(jobId, timeout)),
                    SmcWaiters.acceptor(jobId, goal));
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
        CompletableFuture<WaiterResult<ReplicationJob>> result = polling.thenApply(r -> SmcWaiters.result(r, jobId));
        result.whenComplete((r, e) -> {
            if (result.isCancelled()) {
                polling.cancel(false); // the caller gave up: no further poll
            }
        });
        return result;
    }
}
