package dev.migsdk.dts.internal;

import dev.migsdk.core.auth.AlibabaCredentials;
import dev.migsdk.core.internal.pagination.Paginators;
import dev.migsdk.core.internal.pipeline.ClientRuntime;
import dev.migsdk.core.pagination.AsyncPages;
import dev.migsdk.dts.DtsAsyncClient;
import dev.migsdk.dts.model.DeleteDtsJobRequest;
import dev.migsdk.dts.model.DeleteDtsJobResponse;
import dev.migsdk.dts.model.DescribeDtsJobsRequest;
import dev.migsdk.dts.model.DescribeDtsJobsResponse;
import dev.migsdk.dts.model.DtsJobSummary;
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
import dev.migsdk.dts.waiters.DtsAsyncWaiter;
import java.util.concurrent.CompletableFuture;

/** The {@link DtsAsyncClient} on the shared pipeline. Internal API. */
public final class DefaultDtsAsyncClient implements DtsAsyncClient {
    private final ClientRuntime<AlibabaCredentials> runtime;
    private final DtsAsyncWaiter waiter;

    DefaultDtsAsyncClient(ClientRuntime<AlibabaCredentials> runtime) {
        this.runtime = runtime;
        this.waiter = new DefaultDtsAsyncWaiter(runtime);
    }

    @Override
    public CompletableFuture<DeleteDtsJobResponse> deleteDtsJob(DeleteDtsJobRequest request) {
        return runtime.executeAsync(DtsOperations.DELETE_DTS_JOB, request);
    }

    @Override
    public CompletableFuture<StopDtsJobResponse> stopDtsJob(StopDtsJobRequest request) {
        return runtime.executeAsync(DtsOperations.STOP_DTS_JOB, request);
    }

    @Override
    public CompletableFuture<SuspendDtsJobResponse> suspendDtsJob(SuspendDtsJobRequest request) {
        return runtime.executeAsync(DtsOperations.SUSPEND_DTS_JOB, request);
    }

    @Override
    public CompletableFuture<StopDtsJobsResponse> stopDtsJobs(StopDtsJobsRequest request) {
        return runtime.executeAsync(DtsOperations.STOP_DTS_JOBS, request);
    }

    @Override
    public CompletableFuture<SuspendDtsJobsResponse> suspendDtsJobs(SuspendDtsJobsRequest request) {
        return runtime.executeAsync(DtsOperations.SUSPEND_DTS_JOBS, request);
    }

    @Override
    public CompletableFuture<DeleteDtsJobsResponse> deleteDtsJobs(DeleteDtsJobsRequest request) {
        return runtime.executeAsync(DtsOperations.DELETE_DTS_JOBS, request);
    }

    @Override
    public CompletableFuture<DescribeDtsJobDetailResponse> describeDtsJobDetail(DescribeDtsJobDetailRequest request) {
        return runtime.executeAsync(DtsOperations.DESCRIBE_DTS_JOB_DETAIL, request);
    }

    @Override
    public DtsAsyncWaiter waiter() {
        return waiter;
    }

    @Override
    public CompletableFuture<DescribeDtsJobsResponse> describeDtsJobs(DescribeDtsJobsRequest request) {
        return runtime.executeAsync(DtsOperations.DESCRIBE_DTS_JOBS, request);
    }

    @Override
    public AsyncPages<DescribeDtsJobsResponse, DtsJobSummary> describeDtsJobsPaginator(
            DescribeDtsJobsRequest request) {
        DtsOperations.DESCRIBE_DTS_JOBS.validate(request);
        return Paginators.async(request, this::describeDtsJobs, DtsOperations::nextPage,
                DescribeDtsJobsResponse::jobs);
    }

    @Override
    public void close() {
        runtime.close();
    }
}
