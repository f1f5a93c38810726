package dev.migsdk.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.migsdk.core.RetryPolicy;
import dev.migsdk.core.auth.AlibabaSignatureAlgorithm;
import dev.migsdk.core.client.ResponseFormat;
import dev.migsdk.core.exception.ResourceNotFoundException;
import dev.migsdk.core.exception.WaiterFailureException;
import dev.migsdk.core.exception.WaiterTimeoutException;
import dev.migsdk.core.waiter.WaiterConfig;
import dev.migsdk.core.waiter.WaiterResult;
import dev.migsdk.dts.DtsAsyncClient;
import dev.migsdk.dts.DtsClient;
import dev.migsdk.dts.model.DescribeDtsJobDetailResponse;
import dev.migsdk.smc.SmcAsyncClient;
import dev.migsdk.smc.SmcClient;
import dev.migsdk.smc.model.DescribeReplicationJobsResponse;
import dev.migsdk.smc.model.ReplicationJob;
import dev.migsdk.smc.model.ReplicationJobStatus;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * SMC and DTS lifecycle operations, paginators and waiters against the emulator, in virtual time: a stop
 * that takes ten virtual minutes, and the waiter watching it, run in milliseconds. Every new operation is
 * run in every Alibaba signing mode.
 */
class AlibabaLifecycleAgainstEmulatorTest {
    private static final WaiterConfig FAST_POLLS = WaiterConfig.builder().minDelay(Duration.ofSeconds(5))
            .maxDelay(Duration.ofSeconds(30)).maxWait(Duration.ofHours(1)).build();

    /** Runs a scenario through the sync or the async client; async failures come out unwrapped. */
    enum CallMode {
        SYNC,
        ASYNC;

        <T> T call(Supplier<T> sync, Supplier<CompletableFuture<T>> async) {
            return this == SYNC ? sync.get() : join(async.get());
        }

        static <T> T join(CompletableFuture<T> future) {
            try {
                return future.orTimeout(30, TimeUnit.SECONDS).join();
            } catch (CompletionException e) {
                Throwable t = e;
                while (t instanceof CompletionException && t.getCause() != null) {
                    t = t.getCause();
                }
                if (t instanceof RuntimeException r) {
                    throw r;
                }
                throw e;
            }
        }
    }

    private VirtualClock clock;
    private MigrationEmulator emulator;

    @BeforeEach
    void start() {
        clock = VirtualClock.startingNow();
        emulator = MigrationEmulator.builder().clock(clock).start();
    }

    @AfterEach
    void stop() {
        emulator.close();
    }

    private List<JournalEntry> requests(String operation) {
        return emulator.journal().requests().stream().filter(e -> operation.equals(e.operation())).toList();
    }

    private static <T> T call(CallMode mode, Supplier<T> sync, Supplier<CompletableFuture<T>> async) {
        return mode.call(sync, async);
    }

    // ------------------------------------------------------------------ every operation, every signing mode

    @ParameterizedTest
    @EnumSource(AlibabaSignatureAlgorithm.class)
    void describeReplicationJobsWithEverySigningModeInJsonAndXml(AlibabaSignatureAlgorithm algorithm) {
        emulator.smc().addJob(new SmcJob("j-1", SmcJobStatus.IN_ERROR, SmcBusinessStatus.SYNCING, "nightly",
                "s-1", "cn-hangzhou", "disk full", "InternalError"));
        emulator.smc().addJob("j-2", SmcJobStatus.RUNNING, SmcBusinessStatus.SYNCING);
        for (ResponseFormat format : ResponseFormat.values()) {
            SmcClient smc = emulator.smcClient(b -> b.signatureAlgorithm(algorithm).responseFormat(format));

            DescribeReplicationJobsResponse r = smc.describeReplicationJobs(b -> b.jobIds("j-1", "j-9"));

            assertThat(r.totalCount()).isEqualTo(1);
            ReplicationJob j = r.jobs().get(0);
            assertThat(j.jobId()).isEqualTo("j-1");
            assertThat(j.status()).isEqualTo(ReplicationJobStatus.IN_ERROR);
            assertThat(j.statusInfo()).isEqualTo("disk full");
            assertThat(j.errorCode()).isEqualTo("InternalError");
            assertThat(j.name()).isEqualTo("nightly");
            assertThat(smc.describeReplicationJobs(b -> b.status(ReplicationJobStatus.RUNNING)).jobs())
                    .extracting(ReplicationJob::jobId).containsExactly("j-2");
            assertThat(smc.describeReplicationJobs(b -> b.jobIds("nope")).jobs()).isEmpty();
        }
        assertThat(requests("DescribeReplicationJobs")).hasSize(6).allSatisfy(e -> assertThat(e.succeeded()).isTrue());
    }

    @ParameterizedTest
    @EnumSource(AlibabaSignatureAlgorithm.class)
    void everyDtsLifecycleOperationWithEverySigningMode(AlibabaSignatureAlgorithm algorithm) {
        for (String id : List.of("d-1", "d-2", "d-3", "d-4", "d-5", "d-6")) {
            emulator.dts().addJob(id, DtsJobStatus.SYNCHRONIZING);
        }
        DtsClient dts = emulator.dtsClient(b -> b.signatureAlgorithm(algorithm));

        assertThat(dts.stopDtsJob(b -> b.dtsJobId("d-1").regionId("cn-hangzhou")).success()).isTrue();
        assertThat(dts.suspendDtsJob(b -> b.dtsJobId("d-2")).success()).isTrue();
        assertThat(dts.stopDtsJobs(b -> b.dtsJobIds("d-3", "d-4")).success()).isTrue();
        assertThat(dts.suspendDtsJobs(b -> b.dtsJobIds("d-5")).success()).isTrue();
        DescribeDtsJobDetailResponse d1 = dts.describeDtsJobDetail(b -> b.dtsJobId("d-1").dtsInstanceId("dtsd-1"));
        assertThat(dts.deleteDtsJobs(b -> b.dtsJobIds("d-1", "d-6")).success()).isTrue();
        assertThat(dts.describeDtsJobs(b -> b.status(dev.migsdk.dts.model.DtsJobStatus.SUSPENDING)).jobs())
                .extracting(dev.migsdk.dts.model.DtsJobSummary::dtsJobId).containsExactly("d-2", "d-5");

        assertThat(d1.status()).isEqualTo(dev.migsdk.dts.model.DtsJobStatus.FINISHED);
        assertThat(d1.dtsInstanceId()).isEqualTo("dtsd-1");
        assertThat(emulator.dts().job("d-2")).map(DtsJob::status).contains(DtsJobStatus.SUSPENDING);
        assertThat(emulator.dts().job("d-3")).map(DtsJob::status).contains(DtsJobStatus.FINISHED);
        assertThat(emulator.dts().job("d-5")).map(DtsJob::status).contains(DtsJobStatus.SUSPENDING);
        assertThat(emulator.dts().jobs()).extracting(DtsJob::dtsJobId).containsExactly("d-2", "d-3", "d-4", "d-5");
        assertThat(requests("DescribeDtsJobDetail").get(0).queryParameter("DtsInstanceID")).isEqualTo("dtsd-1");
        assertThat(emulator.journal().requests()).hasSize(7).allSatisfy(e -> assertThat(e.succeeded()).isTrue());
    }

    @ParameterizedTest
    @EnumSource(CallMode.class)
    void theDtsPaginatorWalksTheEmulatorsPagesEachOnceInJsonAndXml(CallMode mode) {
        IntStream.range(0, 65).forEach(i -> emulator.dts().addJob("d-" + i, DtsJobStatus.FINISHED));
        for (ResponseFormat format : ResponseFormat.values()) {
            DtsClient dts = emulator.dtsClient(b -> b.responseFormat(format));
            DtsAsyncClient async = emulator.dtsAsyncClient(b -> b.responseFormat(format));

            List<String> ids = mode == CallMode.SYNC
                    ? dts.describeDtsJobsPaginator(b -> b.pageSize(30)).items().stream()
                            .map(dev.migsdk.dts.model.DtsJobSummary::dtsJobId).toList()
                    : CallMode.join(async.describeDtsJobsPaginator(b -> b.pageSize(30)).collectItems()).stream()
                            .map(dev.migsdk.dts.model.DtsJobSummary::dtsJobId).toList();

            assertThat(ids).hasSize(65).doesNotHaveDuplicates().startsWith("d-0").endsWith("d-64");
        }
        assertThat(requests("DescribeDtsJobs")).extracting(e -> String.valueOf(e.queryParameter("PageNumber")))
                .containsExactly("null", "2", "3", "null", "2", "3");
    }

    // ------------------------------------------------------------------ SMC waiters

    @ParameterizedTest
    @EnumSource(CallMode.class)
    void smcStopWaitDeleteWaitRunsTheWholeStateMachineInVirtualTime(CallMode mode) {
        emulator.smc().addJob("j-1", SmcJobStatus.RUNNING, SmcBusinessStatus.SYNCING);
        emulator.smc().stopDelay(Duration.ofMinutes(10)).deleteDelay(Duration.ofMinutes(2));
        SmcClient smc = emulator.smcClient();
        SmcAsyncClient async = emulator.smcAsyncClient();

        call(mode, () -> smc.stopReplicationJob(b -> b.jobId("j-1")), () -> async.stopReplicationJob(b -> b.jobId("j-1")));
        assertThatThrownBy(() -> smc.deleteReplicationJob(b -> b.jobId("j-1")))
                .hasMessageContaining("ReplicationJob.InvalidStatus"); // a stopping job is still Running
        WaiterResult<ReplicationJob> stopped = call(mode, () -> smc.waiter().waitUntilStopped("j-1", FAST_POLLS),
                () -> async.waiter().waitUntilStopped("j-1", FAST_POLLS));
        WaiterResult<ReplicationJob> deletable = call(mode, () -> smc.waiter().waitUntilDeletable("j-1", FAST_POLLS),
                () -> async.waiter().waitUntilDeletable("j-1", FAST_POLLS));
        call(mode, () -> smc.deleteReplicationJob(b -> b.jobId("j-1")), () -> async.deleteReplicationJob(b -> b.jobId("j-1")));
        assertThat(emulator.smc().job("j-1")).map(SmcJob::status).contains(SmcJobStatus.DELETING);
        WaiterResult<ReplicationJob> deleted = call(mode, () -> smc.waiter().waitUntilDeleted("j-1", FAST_POLLS),
                () -> async.waiter().waitUntilDeleted("j-1", FAST_POLLS));

        assertThat(stopped.response()).map(ReplicationJob::status).contains(ReplicationJobStatus.STOPPED);
        assertThat(stopped.attempts()).isGreaterThan(1);
        assertThat(stopped.elapsed()).isGreaterThanOrEqualTo(Duration.ofMinutes(10)).isLessThan(Duration.ofMinutes(11));
        assertThat(deletable.attempts()).isEqualTo(1);
        assertThat(deleted.response()).isEmpty();
        assertThat(deleted.exception()).isEmpty();
        assertThat(deleted.elapsed()).isGreaterThanOrEqualTo(Duration.ofMinutes(2));
        assertThat(emulator.smc().job("j-1")).isEmpty();
        assertThat(requests("DescribeReplicationJobs")).hasSize(stopped.attempts() + deletable.attempts()
                + deleted.attempts()).allSatisfy(e -> assertThat(e.queryParameter("JobId.1")).isEqualTo("j-1"));
    }

    @ParameterizedTest
    @EnumSource(CallMode.class)
    void aJobThatFailsWhileStoppingEndsTheWaitAtOnceWithItsStatusInfo(CallMode mode) {
        emulator.smc().addJob("j-1", SmcJobStatus.RUNNING, SmcBusinessStatus.SYNCING);
        emulator.smc().stopDelay(Duration.ofMinutes(1)).failWhileStopping("j-1", "SourceAgent.Offline",
                "The source server agent went offline.");
        SmcClient smc = emulator.smcClient();
        SmcAsyncClient async = emulator.smcAsyncClient();
        smc.stopReplicationJob(b -> b.jobId("j-1"));

        WaiterFailureException e = catchThrowableOfType(WaiterFailureException.class, () -> call(mode,
                () -> smc.waiter().waitUntilStopped("j-1", FAST_POLLS),
                () -> async.waiter().waitUntilStopped("j-1", FAST_POLLS)));

        assertThat(e.lastState()).isEqualTo("InError");
        assertThat(e.detail()).contains("The source server agent went offline.").contains("SourceAgent.Offline");
        assertThat(e.getMessage()).contains("j-1").contains("InError");
        assertThat(e.elapsed()).isLessThan(Duration.ofMinutes(3));
    }

    @ParameterizedTest
    @EnumSource(CallMode.class)
    void aStopThatNeverFinishesTimesOutAtMaxWait(CallMode mode) {
        emulator.smc().addJob("j-1", SmcJobStatus.RUNNING, SmcBusinessStatus.SYNCING);
        emulator.smc().neverFinishStopping("j-1");
        SmcClient smc = emulator.smcClient();
        SmcAsyncClient async = emulator.smcAsyncClient();
        smc.stopReplicationJob(b -> b.jobId("j-1"));
        WaiterConfig tenMinutes = FAST_POLLS.with(c -> c.maxWait(Duration.ofMinutes(10)));

        WaiterTimeoutException e = catchThrowableOfType(WaiterTimeoutException.class, () -> call(mode,
                () -> smc.waiter().waitUntilDeletable("j-1", tenMinutes),
                () -> async.waiter().waitUntilDeletable("j-1", tenMinutes)));

        assertThat(e.lastState()).isEqualTo("Running");
        assertThat(e.elapsed()).isGreaterThanOrEqualTo(Duration.ofMinutes(10)).isLessThan(Duration.ofMinutes(11));
        assertThat(e.attempts()).isEqualTo(requests("DescribeReplicationJobs").size());
        assertThat(emulator.smc().job("j-1")).map(SmcJob::status).contains(SmcJobStatus.RUNNING);
    }

    @ParameterizedTest
    @EnumSource(CallMode.class)
    void throttledPollsMakeTheWaiterWaitLongerNotFail(CallMode mode) {
        emulator.smc().addJob("j-1", SmcJobStatus.RUNNING, SmcBusinessStatus.SYNCING);
        emulator.smc().stopDelay(Duration.ofMinutes(2));
        emulator.smc().stop("j-1", clock.instant());
        emulator.rateLimits().limit(EmulatedService.SMC, 0.02, 1); // one request per 50 virtual seconds
        SmcClient smc = emulator.smcClient(b -> b.retryPolicy(RetryPolicy.none()));
        SmcAsyncClient async = emulator.smcAsyncClient(b -> b.retryPolicy(RetryPolicy.none()));
        WaiterConfig quick = WaiterConfig.builder().minDelay(Duration.ofSeconds(1)).maxDelay(Duration.ofSeconds(2))
                .maxWait(Duration.ofHours(1)).build();

        WaiterResult<ReplicationJob> r = call(mode, () -> smc.waiter().waitUntilStopped("j-1", quick),
                () -> async.waiter().waitUntilStopped("j-1", quick));

        assertThat(r.response()).map(ReplicationJob::status).contains(ReplicationJobStatus.STOPPED);
        assertThat(emulator.rateLimits().throttledCount(EmulatedService.SMC)).isPositive();
        assertThat(requests("DescribeReplicationJobs").stream().filter(e -> !e.succeeded()).count())
                .isEqualTo(emulator.rateLimits().throttledCount(EmulatedService.SMC));
    }

    @ParameterizedTest
    @EnumSource(CallMode.class)
    void aJobAlreadyGoneIsDeletedAtOnceButCanNeverBeStoppedOrDeletable(CallMode mode) {
        SmcClient smc = emulator.smcClient();
        SmcAsyncClient async = emulator.smcAsyncClient();

        WaiterResult<ReplicationJob> deleted = call(mode, () -> smc.waiter().waitUntilDeleted("j-gone"),
                () -> async.waiter().waitUntilDeleted("j-gone"));
        WaiterFailureException stopped = catchThrowableOfType(WaiterFailureException.class, () -> call(mode,
                () -> smc.waiter().waitUntilStopped("j-gone"), () -> async.waiter().waitUntilStopped("j-gone")));
        WaiterFailureException deletable = catchThrowableOfType(WaiterFailureException.class, () -> call(mode,
                () -> smc.waiter().waitUntilDeletable("j-gone"), () -> async.waiter().waitUntilDeletable("j-gone")));

        assertThat(deleted.attempts()).isEqualTo(1);
        assertThat(deleted.response()).isEmpty();
        assertThat(stopped.lastState()).isEqualTo("NotFound");
        assertThat(deletable.lastState()).isEqualTo("NotFound");
        assertThat(requests("DescribeReplicationJobs")).hasSize(3);
    }

    @Test
    void aRunningJobIsNeverDeletedSoWaitingForItFailsAtOnce() {
        emulator.smc().addJob("j-1", SmcJobStatus.RUNNING, SmcBusinessStatus.SYNCING);

        WaiterFailureException e = catchThrowableOfType(WaiterFailureException.class,
                () -> emulator.smcClient().waiter().waitUntilDeleted("j-1"));

        assertThat(e.lastState()).isEqualTo("Running");
        assertThat(e.attempts()).isEqualTo(1);
    }

    @Test
    void waiterArgumentsAreCheckedBeforeAnyPoll() {
        SmcClient smc = emulator.smcClient();
        assertThatThrownBy(() -> smc.waiter().waitUntilStopped(" ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> smc.waiter().waitUntilStopped("j-1", null)).isInstanceOf(NullPointerException.class);
        assertThat(emulator.smcAsyncClient().waiter().waitUntilDeleted("a\nb")).isCompletedExceptionally();
        assertThat(emulator.dtsAsyncClient().waiter().waitUntilDeleted(null)).isCompletedExceptionally();
        assertThat(emulator.journal().requests()).isEmpty();
    }

    // ------------------------------------------------------------------ SMC paginator against the emulator

    @ParameterizedTest
    @EnumSource(CallMode.class)
    void thePaginatorWalksTheEmulatorsPagesEachOnce(CallMode mode) {
        IntStream.rangeClosed(1, 7).forEach(i -> emulator.smc().addJob("j-" + i, SmcJobStatus.STOPPED,
                SmcBusinessStatus.SYNCING));
        SmcClient smc = emulator.smcClient();
        SmcAsyncClient async = emulator.smcAsyncClient();

        List<String> ids = mode == CallMode.SYNC
                ? smc.describeReplicationJobsPaginator(b -> b.pageSize(3)).items().stream().map(ReplicationJob::jobId).toList()
                : CallMode.join(async.describeReplicationJobsPaginator(b -> b.pageSize(3)).collectItems()).stream()
                        .map(ReplicationJob::jobId).toList();

        assertThat(ids).containsExactly("j-1", "j-2", "j-3", "j-4", "j-5", "j-6", "j-7");
        assertThat(requests("DescribeReplicationJobs")).extracting(e -> String.valueOf(e.queryParameter("PageNumber")))
                .containsExactly("null", "2", "3");
    }

    // ------------------------------------------------------------------ DTS waiters

    @ParameterizedTest
    @EnumSource(CallMode.class)
    void dtsStopAndSuspendAreWaitedOutThenDeletedAndWaitedGone(CallMode mode) {
        emulator.dts().addJob("d-1", DtsJobStatus.SYNCHRONIZING);
        emulator.dts().addJob("d-2", DtsJobStatus.MIGRATING);
        emulator.dts().stopDelay(Duration.ofMinutes(5));
        DtsClient dts = emulator.dtsClient();
        DtsAsyncClient async = emulator.dtsAsyncClient();

        dts.stopDtsJob(b -> b.dtsJobId("d-1"));
        dts.suspendDtsJob(b -> b.dtsJobId("d-2"));
        WaiterResult<DescribeDtsJobDetailResponse> stopped = call(mode,
                () -> dts.waiter().waitUntilStopped("d-1", FAST_POLLS),
                () -> async.waiter().waitUntilStopped("d-1", FAST_POLLS));
        WaiterResult<DescribeDtsJobDetailResponse> suspended = call(mode,
                () -> dts.waiter().waitUntilStopped("d-2", FAST_POLLS),
                () -> async.waiter().waitUntilStopped("d-2", FAST_POLLS));
        WaiterResult<DescribeDtsJobDetailResponse> deletable = call(mode,
                () -> dts.waiter().waitUntilDeletable("d-1", FAST_POLLS),
                () -> async.waiter().waitUntilDeletable("d-1", FAST_POLLS));
        dts.deleteDtsJobs(b -> b.dtsJobIds("d-1", "d-2"));
        WaiterResult<DescribeDtsJobDetailResponse> deleted = call(mode,
                () -> dts.waiter().waitUntilDeleted("d-1", FAST_POLLS),
                () -> async.waiter().waitUntilDeleted("d-1", FAST_POLLS));

        assertThat(stopped.response()).map(DescribeDtsJobDetailResponse::status).contains(
                dev.migsdk.dts.model.DtsJobStatus.FINISHED);
        assertThat(stopped.elapsed()).isGreaterThanOrEqualTo(Duration.ofMinutes(5));
        assertThat(suspended.response()).map(DescribeDtsJobDetailResponse::statusAsString).contains("Suspending");
        assertThat(deletable.attempts()).isEqualTo(1);
        assertThat(deleted.exception()).containsInstanceOf(ResourceNotFoundException.class);
        assertThat(emulator.dts().jobs()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(CallMode.class)
    void aDtsTaskThatFailsWhileStoppingEndsTheWaitWithItsErrorMessage(CallMode mode) {
        emulator.dts().addJob("d-1", DtsJobStatus.SYNCHRONIZING);
        emulator.dts().stopDelay(Duration.ofMinutes(1)).failWhileStopping("d-1", "Source database unreachable");
        DtsClient dts = emulator.dtsClient();
        DtsAsyncClient async = emulator.dtsAsyncClient();
        dts.stopDtsJob(b -> b.dtsJobId("d-1"));

        WaiterFailureException e = catchThrowableOfType(WaiterFailureException.class, () -> call(mode,
                () -> dts.waiter().waitUntilStopped("d-1", FAST_POLLS),
                () -> async.waiter().waitUntilStopped("d-1", FAST_POLLS)));

        assertThat(e.lastState()).isEqualTo("Failed");
        assertThat(e.detail()).isEqualTo("Source database unreachable");
    }

    @ParameterizedTest
    @EnumSource(CallMode.class)
    void aDtsStopThatNeverTakesEffectTimesOut(CallMode mode) {
        emulator.dts().addJob("d-1", DtsJobStatus.SYNCHRONIZING);
        emulator.dts().neverFinishStopping("d-1");
        DtsClient dts = emulator.dtsClient();
        DtsAsyncClient async = emulator.dtsAsyncClient();
        dts.stopDtsJob(b -> b.dtsJobId("d-1"));
        WaiterConfig fiveMinutes = FAST_POLLS.with(c -> c.maxWait(Duration.ofMinutes(5)));

        WaiterTimeoutException e = catchThrowableOfType(WaiterTimeoutException.class, () -> call(mode,
                () -> dts.waiter().waitUntilStopped("d-1", fiveMinutes),
                () -> async.waiter().waitUntilStopped("d-1", fiveMinutes)));

        assertThat(e.lastState()).isEqualTo("Synchronizing");
        assertThat(e.elapsed()).isGreaterThanOrEqualTo(Duration.ofMinutes(5));
    }

    @ParameterizedTest
    @EnumSource(CallMode.class)
    void aDtsBatchWithAnUnknownIdFailsButHandlesTheOthers(CallMode mode) {
        emulator.dts().addJob("d-1", DtsJobStatus.FINISHED);
        emulator.dts().addJob("d-2", DtsJobStatus.FINISHED);
        DtsClient dts = emulator.dtsClient();
        DtsAsyncClient async = emulator.dtsAsyncClient();

        ResourceNotFoundException e = catchThrowableOfType(ResourceNotFoundException.class, () -> call(mode,
                () -> dts.deleteDtsJobs(b -> b.dtsJobIds("d-1", "d-missing", "d-2")),
                () -> async.deleteDtsJobs(b -> b.dtsJobIds("d-1", "d-missing", "d-2"))));

        assertThat(e.errorMessage()).isEqualTo("The specified job d-missing does not exist.");
        assertThat(emulator.dts().jobs()).isEmpty();
        assertThat(call(mode, () -> dts.waiter().waitUntilDeleted("d-2"), () -> async.waiter().waitUntilDeleted("d-2"))
                .attempts()).isEqualTo(1);
    }

    @ParameterizedTest
    @EnumSource(CallMode.class)
    void aDtsTaskBeingModifiedIsWaitedOutBeforeItCountsAsDeletable(CallMode mode) {
        emulator.dts().addJob("d-1", DtsJobStatus.MODIFYING);
        DtsClient dts = emulator.dtsClient();
        DtsAsyncClient async = emulator.dtsAsyncClient();
        WaiterConfig twoPolls = FAST_POLLS.with(c -> c.maxAttempts(2));

        WaiterTimeoutException e = catchThrowableOfType(WaiterTimeoutException.class, () -> call(mode,
                () -> dts.waiter().waitUntilDeletable("d-1", twoPolls),
                () -> async.waiter().waitUntilDeletable("d-1", twoPolls)));

        assertThat(e.lastState()).isEqualTo("Modifying");
        assertThat(e.attempts()).isEqualTo(2);
    }
}
