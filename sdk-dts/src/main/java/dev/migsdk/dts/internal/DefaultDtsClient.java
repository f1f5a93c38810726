package dev.migsdk.dts.internal;

import dev.migsdk.core.auth.AlibabaCredentials;
import dev.migsdk.core.internal.pagination.Paginators;
import dev.migsdk.core.internal.pipeline.ClientRuntime;
import dev.migsdk.core.pagination.Pages;
import dev.migsdk.dts.DtsClient;
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
import dev.migsdk.dts.waiters.DtsWaiter;

/** The {@link DtsClient} on the shared pipeline. Internal API. */
public final class DefaultDtsClient implements DtsClient {
    private final ClientRuntime<AlibabaCredentials> runtime;
    private final DtsWaiter waiter;

    DefaultDtsClient(ClientRuntime<AlibabaCredentials> runtime) {
        this.runtime = runtime;
        this.waiter = new DefaultDtsWaiter(runtime);
    }

    @Override
    public DeleteDtsJobResponse deleteDtsJob(DeleteDtsJobRequest request) {
        return runtime.execute(DtsOperations.DELETE_DTS_JOB, request);
    }

    @Override
    public StopDtsJobResponse stopDtsJob(StopDtsJobRequest request) {
        return runtime.execute(DtsOperations.STOP_DTS_JOB, request);
    }

    @Override
    public SuspendDtsJobResponse suspendDtsJob(SuspendDtsJobRequest request) {
        return runtime.execute(DtsOperations.SUSPEND_DTS_JOB, request);
    }

    @Override
    public StopDtsJobsResponse stopDtsJobs(StopDtsJobsRequest request) {
        return runtime.execute(DtsOperations.STOP_DTS_JOBS, request);
    }

    @Override
    public SuspendDtsJobsResponse suspendDtsJobs(SuspendDtsJobsRequest request) {
        return runtime.execute(DtsOperations.SUSPEND_DTS_JOBS, request);
    }

    @Override
    public DeleteDtsJobsResponse deleteDtsJobs(DeleteDtsJobsRequest request) {
        return runtime.execute(DtsOperations.DELETE_DTS_JOBS, request);
    }

    @Override
    public DescribeDtsJobDetailResponse describeDtsJobDetail(DescribeDtsJobDetailRequest request) {
        return runtime.execute(DtsOperations.DESCRIBE_DTS_JOB_DETAIL, request);
    }

    @Override
    public DtsWaiter waiter() {
        return waiter;
    }

    @Override
    public DescribeDtsJobsResponse describeDtsJobs(DescribeDtsJobsRequest request) {
        return runtime.execute(DtsOperations.DESCRIBE_DTS_JOBS, request);
    }

    @Override
    public Pages<DescribeDtsJobsResponse, DtsJobSummary> describeDtsJobsPaginator(DescribeDtsJobsRequest request) {
        DtsOperations.DESCRIBE_DTS_JOBS.validate(request);
        return Paginators.sync(request, this::describeDtsJobs, DtsOperations::nextPage, DescribeDtsJobsResponse::jobs);
    }

    @Override
    public void close() {
        runtime.close();
    }
}
