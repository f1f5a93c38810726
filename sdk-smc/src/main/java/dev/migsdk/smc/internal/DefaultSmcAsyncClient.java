package dev.migsdk.smc.internal;

import dev.migsdk.core.auth.AlibabaCredentials;
import dev.migsdk.core.internal.pagination.Paginators;
import dev.migsdk.core.internal.pipeline.ClientRuntime;
import dev.migsdk.core.pagination.AsyncPages;
import dev.migsdk.smc.SmcAsyncClient;
import dev.migsdk.smc.waiters.SmcAsyncWaiter;
import dev.migsdk.smc.model.DeleteReplicationJobRequest;
import dev.migsdk.smc.model.DeleteReplicationJobResponse;
import dev.migsdk.smc.model.DescribeReplicationJobsRequest;
import dev.migsdk.smc.model.DescribeReplicationJobsResponse;
import dev.migsdk.smc.model.ReplicationJob;
import dev.migsdk.smc.model.StopReplicationJobRequest;
import dev.migsdk.smc.model.StopReplicationJobResponse;
import java.util.concurrent.CompletableFuture;

/** The {@link SmcAsyncClient} on the shared pipeline. Internal API. */
public final class DefaultSmcAsyncClient implements SmcAsyncClient {
    private final ClientRuntime<AlibabaCredentials> runtime;
    private final SmcAsyncWaiter waiter;

    DefaultSmcAsyncClient(ClientRuntime<AlibabaCredentials> runtime) {
        this.runtime = runtime;
        this.waiter = new DefaultSmcAsyncWaiter(runtime);
    }

    @Override
    public CompletableFuture<DeleteReplicationJobResponse> deleteReplicationJob(DeleteReplicationJobRequest request) {
        return runtime.executeAsync(SmcOperations.DELETE_REPLICATION_JOB, request);
    }

    @Override
    public CompletableFuture<StopReplicationJobResponse> stopReplicationJob(StopReplicationJobRequest request) {
        return runtime.executeAsync(SmcOperations.STOP_REPLICATION_JOB, request);
    }

    @Override
    public CompletableFuture<DescribeReplicationJobsResponse> describeReplicationJobs(
            DescribeReplicationJobsRequest request) {
        return runtime.executeAsync(SmcOperations.DESCRIBE_REPLICATION_JOBS, request);
    }

    @Override
    public AsyncPages<DescribeReplicationJobsResponse, ReplicationJob> describeReplicationJobsPaginator(
            DescribeReplicationJobsRequest request) {
        SmcOperations.DESCRIBE_REPLICATION_JOBS.validate(request);
        return Paginators.async(request, this::describeReplicationJobs, SmcOperations::nextPage,
                DescribeReplicationJobsResponse::jobs);
    }

    @Override
    public SmcAsyncWaiter waiter() {
        return waiter;
    }

    @Override
    public void close() {
        runtime.close();
    }
}
