package dev.migsdk.dts;

import dev.migsdk.core.internal.client.Requests;
import dev.migsdk.core.pagination.AsyncPages;
import dev.migsdk.dts.internal.DefaultDtsAsyncClientBuilder;
import dev.migsdk.dts.model.DeleteDtsJobRequest;
import dev.migsdk.dts.model.DeleteDtsJobResponse;
import dev.migsdk.dts.model.StopDtsJobRequest;
import dev.migsdk.dts.model.StopDtsJobResponse;
import dev.migsdk.dts.model.SuspendDtsJobRequest;
import dev.migsdk.dts.model.SuspendDtsJobResponse;
import dev.migsdk.dts.model.StopDtsJobsRequest;
import dev.migsdk.dts.model.StopDtsJobsResponse;
import dev.migsdk.dts.model.SuspendDtsJobsRequest;
import dev.migsdk.dts.model.SuspendDtsJobsResponse;
import dev.migsdk.dts.model.DeleteDtsJobsRequest;
import dev.migsdk.dts.model.DeleteDtsJobsResponse;
import dev.migsdk.dts.model.DescribeDtsJobDetailRequest;
import dev.migsdk.dts.model.DescribeDtsJobDetailResponse;
import dev.migsdk.dts.model.DescribeDtsJobsRequest;
import dev.migsdk.dts.model.DescribeDtsJobsResponse;
import dev.migsdk.dts.model.DtsJobSummary;
import dev.migsdk.dts.waiters.DtsAsyncWaiter;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * Asynchronous twin of {@link DtsClient}: same operations, same exceptions (inside the future), no
 * thread blocked while waiting or backing off. Futures complete on the HTTP client's threads: do not
 * block in their callbacks.
 */
public interface DtsAsyncClient extends AutoCloseable {

    /** A builder for an async client. */
    static DtsAsyncClientBuilder builder() {
        return new DefaultDtsAsyncClientBuilder();
    }

    /** See {@link DtsClient#deleteDtsJob(DeleteDtsJobRequest)}. */
    CompletableFuture<DeleteDtsJobResponse> deleteDtsJob(DeleteDtsJobRequest request);

    /** See {@link DtsClient#deleteDtsJob(Consumer)}. */
    default CompletableFuture<DeleteDtsJobResponse> deleteDtsJob(Consumer<DeleteDtsJobRequest.Builder> request) {
        return Requests.async(() -> DeleteDtsJobRequest.builder().applyMutation(request).build(), this::deleteDtsJob);
    }

    /** See {@link DtsClient#stopDtsJob(StopDtsJobRequest)}. */
    CompletableFuture<StopDtsJobResponse> stopDtsJob(StopDtsJobRequest request);

    /** See {@link DtsClient#stopDtsJob(Consumer)}. */
    default CompletableFuture<StopDtsJobResponse> stopDtsJob(Consumer<StopDtsJobRequest.Builder> request) {
        return Requests.async(() -> StopDtsJobRequest.builder().applyMutation(request).build(), this::stopDtsJob);
    }

    /** See {@link DtsClient#suspendDtsJob(SuspendDtsJobRequest)}. */
    CompletableFuture<SuspendDtsJobResponse> suspendDtsJob(SuspendDtsJobRequest request);

    /** See {@link DtsClient#suspendDtsJob(Consumer)}. */
    default CompletableFuture<SuspendDtsJobResponse> suspendDtsJob(Consumer<SuspendDtsJobRequest.Builder> request) {
        return Requests.async(() -> SuspendDtsJobRequest.builder().applyMutation(request).build(), this::suspendDtsJob);
    }

    /** See {@link DtsClient#stopDtsJobs(StopDtsJobsRequest)}. */
    CompletableFuture<StopDtsJobsResponse> stopDtsJobs(StopDtsJobsRequest request);

    /** See {@link DtsClient#stopDtsJobs(Consumer)}. */
    default CompletableFuture<StopDtsJobsResponse> stopDtsJobs(Consumer<StopDtsJobsRequest.Builder> request) {
        return Requests.async(() -> StopDtsJobsRequest.builder().applyMutation(request).build(), this::stopDtsJobs);
    }

    /** See {@link DtsClient#suspendDtsJobs(SuspendDtsJobsRequest)}. */
    CompletableFuture<SuspendDtsJobsResponse> suspendDtsJobs(SuspendDtsJobsRequest request);

    /** See {@link DtsClient#suspendDtsJobs(Consumer)}. */
    default CompletableFuture<SuspendDtsJobsResponse> suspendDtsJobs(Consumer<SuspendDtsJobsRequest.Builder> request) {
        return Requests.async(() -> SuspendDtsJobsRequest.builder().applyMutation(request).build(), this::suspendDtsJobs);
    }

    /** See {@link DtsClient#deleteDtsJobs(DeleteDtsJobsRequest)}. */
    CompletableFuture<DeleteDtsJobsResponse> deleteDtsJobs(DeleteDtsJobsRequest request);

    /** See {@link DtsClient#deleteDtsJobs(Consumer)}. */
    default CompletableFuture<DeleteDtsJobsResponse> deleteDtsJobs(Consumer<DeleteDtsJobsRequest.Builder> request) {
        return Requests.async(() -> DeleteDtsJobsRequest.builder().applyMutation(request).build(), this::deleteDtsJobs);
    }

    /** See {@link DtsClient#describeDtsJobDetail(DescribeDtsJobDetailRequest)}. */
    CompletableFuture<DescribeDtsJobDetailResponse> describeDtsJobDetail(DescribeDtsJobDetailRequest request);

    /** See {@link DtsClient#describeDtsJobDetail(Consumer)}. */
    default CompletableFuture<DescribeDtsJobDetailResponse> describeDtsJobDetail(Consumer<DescribeDtsJobDetailRequest.Builder> request) {
        return Requests.async(() -> DescribeDtsJobDetailRequest.builder().applyMutation(request).build(), this::describeDtsJobDetail);
    }

    /** See {@link DtsClient#describeDtsJobs(DescribeDtsJobsRequest)}. */
    CompletableFuture<DescribeDtsJobsResponse> describeDtsJobs(DescribeDtsJobsRequest request);

    /** See {@link DtsClient#describeDtsJobs(Consumer)}. */
    default CompletableFuture<DescribeDtsJobsResponse> describeDtsJobs(Consumer<DescribeDtsJobsRequest.Builder> request) {
        return Requests.async(() -> DescribeDtsJobsRequest.builder().applyMutation(request).build(),
                this::describeDtsJobs);
    }

    /** See {@link DtsClient#describeDtsJobsPaginator(DescribeDtsJobsRequest)}: the same pages, without blocking. */
    AsyncPages<DescribeDtsJobsResponse, DtsJobSummary> describeDtsJobsPaginator(DescribeDtsJobsRequest request);

    /** See {@link DtsClient#describeDtsJobsPaginator(Consumer)}. */
    default AsyncPages<DescribeDtsJobsResponse, DtsJobSummary> describeDtsJobsPaginator(
            Consumer<DescribeDtsJobsRequest.Builder> request) {
        return describeDtsJobsPaginator(DescribeDtsJobsRequest.builder().applyMutation(request).build());
    }

    /** Waiters that poll this client, without blocking, until a task is stopped, deletable or deleted. */
    DtsAsyncWaiter waiter();

    /** Releases the client's connections and threads. */
    @Override
    void close();
}
