package dev.migsdk.dts;

import dev.migsdk.core.pagination.Pages;
import dev.migsdk.dts.internal.DefaultDtsClientBuilder;
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
import dev.migsdk.dts.waiters.DtsWaiter;
import java.util.function.Consumer;

/**
 * Alibaba Cloud Data Transmission Service (DTS), API version 2020-01-01. Thread-safe; build one with
 * {@link #builder()} (set a region, which picks the endpoint), share it, and {@link #close()} it.
 *
 * <p>Every method throws, unchecked: {@link IllegalArgumentException}/{@link NullPointerException} for
 * bad input (nothing is sent), {@link dev.migsdk.core.exception.ServiceException} and its subtypes when
 * DTS refuses (including answers with {@code Success=false} on HTTP 200, whose {@code %s} in
 * {@code ErrMessage} is replaced by {@code DynamicMessage}),
 * {@link dev.migsdk.core.exception.SdkClientException} when no usable answer arrived.
 */
public interface DtsClient extends AutoCloseable {

    /** A builder for a client. */
    static DtsClientBuilder builder() {
        return new DefaultDtsClientBuilder();
    }

    /**
     * Deletes a data migration, synchronization or change-tracking task. Irreversible. For two-way
     * synchronization, {@link dev.migsdk.dts.model.SynchronizationDirection#REVERSE} deletes only the
     * reverse task. Subscription (prepaid) instances cannot be released through the API.
     *
     * @throws dev.migsdk.core.exception.ResourceNotFoundException no such task
     */
    DeleteDtsJobResponse deleteDtsJob(DeleteDtsJobRequest request);

    /** Like {@link #deleteDtsJob(DeleteDtsJobRequest)}, with the request built in place. */
    default DeleteDtsJobResponse deleteDtsJob(Consumer<DeleteDtsJobRequest.Builder> request) {
        return deleteDtsJob(DeleteDtsJobRequest.builder().applyMutation(request).build());
    }

    /**
     * Stops (ends) a data migration, synchronization or change-tracking task. A stopped task cannot be
     * resumed; DTS keeps it (and may keep billing it) until it is deleted. For two-way synchronization,
     * {@link dev.migsdk.dts.model.SynchronizationDirection#REVERSE} stops only the reverse task.
     *
     * @throws dev.migsdk.core.exception.ResourceNotFoundException no such task
     */
    StopDtsJobResponse stopDtsJob(StopDtsJobRequest request);

    /** Like {@link #stopDtsJob(StopDtsJobRequest)}, with the request built in place. */
    default StopDtsJobResponse stopDtsJob(Consumer<StopDtsJobRequest.Builder> request) {
        return stopDtsJob(StopDtsJobRequest.builder().applyMutation(request).build());
    }

    /**
     * Suspends (pauses) a task: it then reports {@code Suspending}. DTS advises resuming within 6 hours and
     * cannot resume it after 7 days; change tracking cannot be suspended; billing continues.
     *
     * @throws dev.migsdk.core.exception.ResourceNotFoundException no such task
     */
    SuspendDtsJobResponse suspendDtsJob(SuspendDtsJobRequest request);

    /** Like {@link #suspendDtsJob(SuspendDtsJobRequest)}, with the request built in place. */
    default SuspendDtsJobResponse suspendDtsJob(Consumer<SuspendDtsJobRequest.Builder> request) {
        return suspendDtsJob(SuspendDtsJobRequest.builder().applyMutation(request).build());
    }

    /**
     * Stops (ends) several tasks in one call ({@code DtsJobIds}, comma-joined). DTS answers for the batch
     * as a whole: when it fails, some tasks may have been stopped already (check each one).
     */
    StopDtsJobsResponse stopDtsJobs(StopDtsJobsRequest request);

    /** Like {@link #stopDtsJobs(StopDtsJobsRequest)}, with the request built in place. */
    default StopDtsJobsResponse stopDtsJobs(Consumer<StopDtsJobsRequest.Builder> request) {
        return stopDtsJobs(StopDtsJobsRequest.builder().applyMutation(request).build());
    }

    /**
     * Suspends (pauses) several tasks in one call. DTS answers for the batch as a whole: when it fails,
     * some tasks may have been suspended already (check each one).
     */
    SuspendDtsJobsResponse suspendDtsJobs(SuspendDtsJobsRequest request);

    /** Like {@link #suspendDtsJobs(SuspendDtsJobsRequest)}, with the request built in place. */
    default SuspendDtsJobsResponse suspendDtsJobs(Consumer<SuspendDtsJobsRequest.Builder> request) {
        return suspendDtsJobs(SuspendDtsJobsRequest.builder().applyMutation(request).build());
    }

    /**
     * Deletes (releases) up to 10 tasks in one call. Irreversible; subscription (prepaid) instances cannot
     * be released. DTS answers for the batch as a whole: when it fails, some tasks may have been deleted
     * already (use {@link #waiter()}'s {@code waitUntilDeleted} per task). Unlike
     * {@link #deleteDtsJob(DeleteDtsJobRequest)}, a retry that finds tasks gone is not taken as done: the SDK
     * cannot tell which tasks the lost attempt deleted.
     */
    DeleteDtsJobsResponse deleteDtsJobs(DeleteDtsJobsRequest request);

    /** Like {@link #deleteDtsJobs(DeleteDtsJobsRequest)}, with the request built in place. */
    default DeleteDtsJobsResponse deleteDtsJobs(Consumer<DeleteDtsJobsRequest.Builder> request) {
        return deleteDtsJobs(DeleteDtsJobsRequest.builder().applyMutation(request).build());
    }

    /**
     * Describes one task: its {@code Status}, {@code ErrorMessage}, times and ids. (DTS spells the
     * instance parameter {@code DtsInstanceID} on this action; the SDK sends it so.)
     *
     * @throws dev.migsdk.core.exception.ResourceNotFoundException no such task
     */
    DescribeDtsJobDetailResponse describeDtsJobDetail(DescribeDtsJobDetailRequest request);

    /** Like {@link #describeDtsJobDetail(DescribeDtsJobDetailRequest)}, with the request built in place. */
    default DescribeDtsJobDetailResponse describeDtsJobDetail(Consumer<DescribeDtsJobDetailRequest.Builder> request) {
        return describeDtsJobDetail(DescribeDtsJobDetailRequest.builder().applyMutation(request).build());
    }

    /**
     * Lists tasks: one page of those matching every filter set (migration tasks when no {@code JobType} is
     * given). Use {@link #describeDtsJobsPaginator(DescribeDtsJobsRequest)} to walk every page.
     */
    DescribeDtsJobsResponse describeDtsJobs(DescribeDtsJobsRequest request);

    /** Like {@link #describeDtsJobs(DescribeDtsJobsRequest)}, with the request built in place. */
    default DescribeDtsJobsResponse describeDtsJobs(Consumer<DescribeDtsJobsRequest.Builder> request) {
        return describeDtsJobs(DescribeDtsJobsRequest.builder().applyMutation(request).build());
    }

    /**
     * Every page of {@code DescribeDtsJobs} from the request's page, requested lazily and each once;
     * {@code items()} gives the tasks. Ends at a short or empty page or once {@code TotalRecordCount} tasks
     * have been listed.
     */
    Pages<DescribeDtsJobsResponse, DtsJobSummary> describeDtsJobsPaginator(DescribeDtsJobsRequest request);

    /** Like {@link #describeDtsJobsPaginator(DescribeDtsJobsRequest)}, built in place. */
    default Pages<DescribeDtsJobsResponse, DtsJobSummary> describeDtsJobsPaginator(
            Consumer<DescribeDtsJobsRequest.Builder> request) {
        return describeDtsJobsPaginator(DescribeDtsJobsRequest.builder().applyMutation(request).build());
    }

    /** Waiters that poll this client until a task is stopped, deletable or deleted. */
    DtsWaiter waiter();

    /** Releases the client's connections and threads. */
    @Override
    void close();
}
