package dev.migsdk.smc.internal;

import dev.migsdk.core.auth.AlibabaCredentials;
import dev.migsdk.core.internal.pagination.Paginators;
import dev.migsdk.core.internal.pipeline.ClientRuntime;
import dev.migsdk.core.pagination.Pages;
import dev.migsdk.smc.SmcClient;
import dev.migsdk.smc.waiters.SmcWaiter;
import dev.migsdk.smc.model.DeleteReplicationJobRequest;
import dev.migsdk.smc.model.DeleteReplicationJobResponse;
import dev.migsdk.smc.model.DescribeReplicationJobsRequest;
import dev.migsdk.smc.model.DescribeReplicationJobsResponse;
import dev.migsdk.smc.model.ReplicationJob;
import dev.migsdk.smc.model.StopReplicationJobRequest;
import dev.migsdk.smc.model.StopReplicationJobResponse;

/** The {@link SmcClient} on the shared pipeline. Internal API. */
public final class DefaultSmcClient implements SmcClient {
    private final ClientRuntime<AlibabaCredentials> runtime;
    private final SmcWaiter waiter;

    DefaultSmcClient(ClientRuntime<AlibabaCredentials> runtime) {
        this.runtime = runtime;
        this.waiter = new DefaultSmcWaiter(runtime);
    }

    @Override
    public DeleteReplicationJobResponse deleteReplicationJob(DeleteReplicationJobRequest request) {
        return runtime.execute(SmcOperations.DELETE_REPLICATION_JOB, request);
    }

    @Override
    public StopReplicationJobResponse stopReplicationJob(StopReplicationJobRequest request) {
        return runtime.execute(SmcOperations.STOP_REPLICATION_JOB, request);
    }

    @Override
    public DescribeReplicationJobsResponse describeReplicationJobs(DescribeReplicationJobsRequest request) {
        return runtime.execute(SmcOperations.DESCRIBE_REPLICATION_JOBS, request);
    }

    @Override
    public Pages<DescribeReplicationJobsResponse, ReplicationJob> describeReplicationJobsPaginator(
            DescribeReplicationJobsRequest request) {
        SmcOperations.DESCRIBE_REPLICATION_JOBS.validate(request);
        return Paginators.sync(request, this::describeReplicationJobs, SmcOperations::nextPage,
                DescribeReplicationJobsResponse::jobs);
    }

    @Override
    public SmcWaiter waiter() {
        return waiter;
    }

    @Override
    public void close() {
        runtime.close();
    }
}
