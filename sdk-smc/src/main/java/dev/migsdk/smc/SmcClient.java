package dev.migsdk.smc;

import dev.migsdk.core.pagination.Pages;
import dev.migsdk.smc.internal.DefaultSmcClientBuilder;
import dev.migsdk.smc.model.DeleteReplicationJobRequest;
import dev.migsdk.smc.model.DeleteReplicationJobResponse;
import dev.migsdk.smc.model.DescribeReplicationJobsRequest;
import dev.migsdk.smc.model.DescribeReplicationJobsResponse;
import dev.migsdk.smc.model.ReplicationJob;
import dev.migsdk.smc.model.StopReplicationJobRequest;
import dev.migsdk.smc.model.StopReplicationJobResponse;
import dev.migsdk.smc.waiters.SmcWaiter;
import java.util.function.Consumer;

/**
 * Alibaba Cloud Server Migration Center (SMC), API version 2019-06-01. Thread-safe; build one with
 * {@link #builder()}, share it, and {@link #close()} it when done.
 *
 * <p>Every method throws, unchecked: {@link IllegalArgumentException}/{@link NullPointerException} for
 * bad input (nothing is sent), {@link dev.migsdk.core.exception.ServiceException} and its subtypes when
 * SMC refuses, {@link dev.migsdk.core.exception.SdkClientException} when no usable answer arrived.
 */
public interface SmcClient extends AutoCloseable {

    /** A builder for a client; SMC uses {@code smc.aliyuncs.com} whatever the region. */
    static SmcClientBuilder builder() {
        return new DefaultSmcClientBuilder();
    }

    /**
     * Deletes a migration job. Irreversible: the job cannot be restored, and its intermediate
     * instance and other temporary resources are released.
     *
     * @throws dev.migsdk.core.exception.InvalidStatusException {@code ReplicationJob.InvalidStatus}:
     *         the job's state does not allow deletion (e.g. it is running)
     * @throws dev.migsdk.core.exception.ResourceNotFoundException no such job
     */
    DeleteReplicationJobResponse deleteReplicationJob(DeleteReplicationJobRequest request);

    /** Like {@link #deleteReplicationJob(DeleteReplicationJobRequest)}, with the request built in place. */
    default DeleteReplicationJobResponse deleteReplicationJob(Consumer<DeleteReplicationJobRequest.Builder> request) {
        return deleteReplicationJob(DeleteReplicationJobRequest.builder().applyMutation(request).build());
    }

    /**
     * Stops (pauses) a running migration job. Only jobs whose status is Running with business status
     * Syncing can be stopped; a stopped job can be started again.
     *
     * @throws dev.migsdk.core.exception.InvalidStatusException {@code ReplicationJob.InvalidStatus}:
     *         the job is not Running/Syncing
     * @throws dev.migsdk.core.exception.ResourceNotFoundException no such job
     */
    StopReplicationJobResponse stopReplicationJob(StopReplicationJobRequest request);

    /** Like {@link #stopReplicationJob(StopReplicationJobRequest)}, with the request built in place. */
    default StopReplicationJobResponse stopReplicationJob(Consumer<StopReplicationJobRequest.Builder> request) {
        return stopReplicationJob(StopReplicationJobRequest.builder().applyMutation(request).build());
    }

    /**
     * Describes migration jobs: one page of those matching every filter set (all jobs if none is). Use
     * {@link #describeReplicationJobsPaginator(DescribeReplicationJobsRequest)} to walk every page.
     *
     * @throws dev.migsdk.core.exception.AccessDeniedException {@code Forbidden.Unauthorized}
     */
    DescribeReplicationJobsResponse describeReplicationJobs(DescribeReplicationJobsRequest request);

    /** Like {@link #describeReplicationJobs(DescribeReplicationJobsRequest)}, with the request built in place. */
    default DescribeReplicationJobsResponse describeReplicationJobs(
            Consumer<DescribeReplicationJobsRequest.Builder> request) {
        return describeReplicationJobs(DescribeReplicationJobsRequest.builder().applyMutation(request).build());
    }

    /**
     * Every page of {@code DescribeReplicationJobs} from the request's page (default 1), requested lazily and
     * each once; {@code items()} gives the jobs. The walk ends at a page shorter than the page size, an
     * empty page, or when {@code TotalCount} jobs have been listed.
     */
    Pages<DescribeReplicationJobsResponse, ReplicationJob> describeReplicationJobsPaginator(
            DescribeReplicationJobsRequest request);

    /** Like {@link #describeReplicationJobsPaginator(DescribeReplicationJobsRequest)}, built in place. */
    default Pages<DescribeReplicationJobsResponse, ReplicationJob> describeReplicationJobsPaginator(
            Consumer<DescribeReplicationJobsRequest.Builder> request) {
        return describeReplicationJobsPaginator(DescribeReplicationJobsRequest.builder().applyMutation(request).build());
    }

    /** Waiters that poll this client until a job is stopped, deletable or deleted. */
    SmcWaiter waiter();

    /** Releases the client's connections and threads. */
    @Override
    void close();
}
