package dev.migsdk.smc;

import dev.migsdk.core.internal.client.Requests;
import dev.migsdk.core.pagination.AsyncPages;
import dev.migsdk.smc.internal.DefaultSmcAsyncClientBuilder;
import dev.migsdk.smc.model.DeleteReplicationJobRequest;
import dev.migsdk.smc.model.DeleteReplicationJobResponse;
import dev.migsdk.smc.model.DescribeReplicationJobsRequest;
import dev.migsdk.smc.model.DescribeReplicationJobsResponse;
import dev.migsdk.smc.model.ReplicationJob;
import dev.migsdk.smc.model.StopReplicationJobRequest;
import dev.migsdk.smc.model.StopReplicationJobResponse;
import dev.migsdk.smc.waiters.SmcAsyncWaiter;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * Asynchronous twin of {@link SmcClient}: same operations, same exceptions (inside the future), no
 * thread blocked while waiting or backing off. Futures complete on the HTTP client's threads: do not
 * block in their callbacks (use the {@code *Async} stages with your own executor for slow work).
 */
public interface SmcAsyncClient extends AutoCloseable {

    /** A builder for an async client. */
    static SmcAsyncClientBuilder builder() {
        return new DefaultSmcAsyncClientBuilder();
    }

    /** See {@link SmcClient#deleteReplicationJob(DeleteReplicationJobRequest)}. */
    CompletableFuture<DeleteReplicationJobResponse> deleteReplicationJob(DeleteReplicationJobRequest request);

    /** See {@link SmcClient#deleteReplicationJob(Consumer)}. */
    default CompletableFuture<DeleteReplicationJobResponse> deleteReplicationJob(
            Consumer<DeleteReplicationJobRequest.Builder> request) {
        return Requests.async(() -> DeleteReplicationJobRequest.builder().applyMutation(request).build(),
                this::deleteReplicationJob);
    }

    /** See {@link SmcClient#stopReplicationJob(StopReplicationJobRequest)}. */
    CompletableFuture<StopReplicationJobResponse> stopReplicationJob(StopReplicationJobRequest request);

    /** See {@link SmcClient#stopReplicationJob(Consumer)}. */
    default CompletableFuture<StopReplicationJobResponse> stopReplicationJob(
            Consumer<StopReplicationJobRequest.Builder> request) {
        return Requests.async(() -> StopReplicationJobRequest.builder().applyMutation(request).build(),
                this::stopReplicationJob);
    }

    /** See {@link SmcClient#describeReplicationJobs(DescribeReplicationJobsRequest)}. */
    CompletableFuture<DescribeReplicationJobsResponse> describeReplicationJobs(DescribeReplicationJobsRequest request);

    /** See {@link SmcClient#describeReplicationJobs(Consumer)}. */
    default CompletableFuture<DescribeReplicationJobsResponse> describeReplicationJobs(
            Consumer<DescribeReplicationJobsRequest.Builder> request) {
        return Requests.async(() -> DescribeReplicationJobsRequest.builder().applyMutation(request).build(),
                this::describeReplicationJobs);
    }

    /**
     * See {@link SmcClient#describeReplicationJobsPaginator(DescribeReplicationJobsRequest)}: the same pages,
     * requested one after another without blocking a thread.
     */
    AsyncPages<DescribeReplicationJobsResponse, ReplicationJob> describeReplicationJobsPaginator(
            DescribeReplicationJobsRequest request);

    /** See {@link SmcClient#describeReplicationJobsPaginator(Consumer)}. */
    default AsyncPages<DescribeReplicationJobsResponse, ReplicationJob> describeReplicationJobsPaginator(
            Consumer<DescribeReplicationJobsRequest.Builder> request) {
        return describeReplicationJobsPaginator(DescribeReplicationJobsRequest.builder().applyMutation(request).build());
    }

    /** Waiters that poll this client, without blocking, until a job is stopped, deletable or deleted. */
    SmcAsyncWaiter waiter();

    /** Releases the client's connections and threads. */
    @Override
    void close();
}
