package dev.migsdk.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.migsdk.core.auth.HuaweiSignatureAlgorithm;
import dev.migsdk.core.exception.InvalidStatusException;
import dev.migsdk.core.exception.ResourceNotFoundException;
import dev.migsdk.core.exception.ServiceException;
import dev.migsdk.core.exception.WaiterFailureException;
import dev.migsdk.core.exception.WaiterTimeoutException;
import dev.migsdk.core.pagination.Pages;
import dev.migsdk.core.waiter.WaiterConfig;
import dev.migsdk.core.waiter.WaiterResult;
import dev.migsdk.oms.OmsAsyncClient;
import dev.migsdk.oms.OmsClient;
import dev.migsdk.oms.OmsClientBuilder;
import dev.migsdk.oms.model.ListTasksResponse;
import dev.migsdk.oms.model.ShowTaskRequest;
import dev.migsdk.oms.model.ShowTaskResponse;
import dev.migsdk.oms.model.Task;
import dev.migsdk.oms.model.TaskGroupStatus;
import dev.migsdk.oms.model.TaskStatus;
import dev.migsdk.sms.SmsAsyncClient;
import dev.migsdk.sms.SmsClient;
import dev.migsdk.sms.SmsClientBuilder;
import dev.migsdk.sms.model.TaskAction;
import dev.migsdk.sms.model.TaskState;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The OMS and SMS lifecycle end to end against the emulator on a {@link VirtualClock}: every new operation in
 * every Huawei signing mode, the waiters on the services' state machines (success, never, timeout, throttled
 * polls, gone after delete; sync and async), and the paginators (several pages, empty, a failing page), counting
 * what reached the emulator.
 */
class HuaweiLifecycleAgainstEmulatorTest {
    private static final WaiterConfig FAST = WaiterConfig.builder().minDelay(Duration.ofSeconds(1))
            .maxDelay(Duration.ofSeconds(4)).maxWait(Duration.ofMinutes(5)).build();

    private final VirtualClock clock = VirtualClock.startingNow();
    private final MigrationEmulator emulator = MigrationEmulator.builder().clock(clock).start();

    @AfterEach
    void close() {
        emulator.close();
    }

    /** Sync or async, the async result awaited (bounded) and its failure unwrapped. */
    enum CallMode {
        SYNC, ASYNC;

        <T> T call(java.util.function.Supplier<T> sync,
                   java.util.function.Supplier<java.util.concurrent.CompletableFuture<T>> async) {
            return this == SYNC ? sync.get() : join(async.get());
        }

        static <T> T join(java.util.concurrent.CompletableFuture<T> future) {
            try {
                return future.get(30, java.util.concurrent.TimeUnit.SECONDS);
            } catch (java.util.concurrent.ExecutionException e) {
                Throwable t = e.getCause();
                while (t instanceof java.util.concurrent.CompletionException && t.getCause() != null) {
                    t = t.getCause();
                }
                throw t instanceof RuntimeException r ? r : new IllegalStateException(t);
            } catch (InterruptedException | java.util.concurrent.TimeoutException e) {
                throw new AssertionError(e);
            }
        }
    }

    /** How the client authenticates. */
    enum Signing {
        HMAC_SHA256, HMAC_SM3, IAM_TOKEN
    }

    private OmsClient oms(Signing signing) {
        return signing == Signing.IAM_TOKEN ? emulator.omsClient(emulator.issueHuaweiTokenCredentials())
                : emulator.omsClient((Consumer<OmsClientBuilder>) b -> b.signatureAlgorithm(algorithm(signing)));
    }

    private SmsClient sms(Signing signing) {
        return signing == Signing.IAM_TOKEN ? emulator.smsClient(emulator.issueHuaweiTokenCredentials())
                : emulator.smsClient((Consumer<SmsClientBuilder>) b -> b.signatureAlgorithm(algorithm(signing)));
    }

    private static HuaweiSignatureAlgorithm algorithm(Signing s) {
        return s == Signing.HMAC_SM3 ? HuaweiSignatureAlgorithm.SDK_HMAC_SM3 : HuaweiSignatureAlgorithm.SDK_HMAC_SHA256;
    }

    private List<JournalEntry> journal(EmulatedService service) {
        return emulator.journal().requests(service);
    }

    // ------------------------------------------------------------------ every operation, every signing mode

    @ParameterizedTest
    @EnumSource(Signing.class)
    void everyOmsOperationWorksEndToEnd(Signing signing) {
        OmsClient oms = oms(signing);
        emulator.oms().stopDelay(Duration.ofSeconds(30));
        emulator.oms().addTask(11, OmsTaskStatus.RUNNING, "g-1");
        emulator.oms().addTask(12, OmsTaskStatus.SUCCEEDED, "g-1");
        emulator.oms().addTaskGroup("g-1", 2);
        emulator.oms().addSyncTask("sync-1", true);

        oms.stopTask(b -> b.taskId(11L));
        assertThat(oms.showTask(b -> b.taskId(11L)).status()).isEqualTo(TaskStatus.PAUSING);
        assertThatThrownBy(() -> oms.deleteTask(b -> b.taskId(11L))).isInstanceOf(InvalidStatusException.class);
        clock.advance(Duration.ofSeconds(30));
        assertThat(oms.showTask(b -> b.taskId(11L)).status()).isEqualTo(TaskStatus.PAUSED);
        ListTasksResponse page = oms.listTasks(b -> b.groupId("g-1").status(TaskStatus.PAUSED));
        assertThat(page.tasks()).extracting(Task::id).containsExactly(11L);
        assertThat(page.count()).isEqualTo(1L);
        oms.deleteTask(b -> b.taskId(11L));

        oms.stopTaskGroup(b -> b.groupId("g-1"));
        assertThat(oms.showTaskGroup(b -> b.groupId("g-1")).status()).isEqualTo(TaskGroupStatus.PAUSING);
        assertThatThrownBy(() -> oms.deleteTaskGroup(b -> b.groupId("g-1"))).isInstanceOf(InvalidStatusException.class);
        clock.advance(Duration.ofSeconds(30));
        assertThat(oms.showTaskGroup(b -> b.groupId("g-1")).status()).isEqualTo(TaskGroupStatus.PAUSED);
        oms.deleteTaskGroup(b -> b.groupId("g-1"));

        assertThat(oms.showSyncTask(b -> b.syncTaskId("sync-1").queryTime(0L)).synchronizing()).isTrue();
        assertThatThrownBy(() -> oms.deleteSyncTask(b -> b.syncTaskId("sync-1")))
                .isInstanceOf(InvalidStatusException.class);
        oms.stopSyncTask(b -> b.syncTaskId("sync-1"));
        assertThat(oms.showSyncTask(b -> b.syncTaskId("sync-1").queryTime(0L)).status()).isEqualTo("STOPPED");
        oms.deleteSyncTask(b -> b.syncTaskId("sync-1"));

        assertThat(emulator.oms().task(11)).isEmpty();
        assertThat(emulator.oms().taskGroupStatus("g-1")).isEmpty();
        assertThat(emulator.oms().syncTaskSynchronizing("sync-1")).isEmpty();
        assertThat(journal(EmulatedService.OMS)).extracting(JournalEntry::operation).containsExactly(
                "StopTask", "ShowTask", "DeleteTask", "ShowTask", "ListTasks", "DeleteTask",
                "StopTaskGroup", "ShowTaskGroup", "DeleteTaskGroup", "ShowTaskGroup", "DeleteTaskGroup",
                "ShowSyncTask", "DeleteSyncTask", "StopSyncTask", "ShowSyncTask", "DeleteSyncTask");
        assertThat(journal(EmulatedService.OMS)).noneMatch(e -> e.httpStatus() == 401 || e.httpStatus() >= 500);
        assertSignedAs(signing, journal(EmulatedService.OMS));
    }

    @ParameterizedTest
    @EnumSource(Signing.class)
    void everySmsOperationWorksEndToEnd(Signing signing) {
        SmsClient sms = sms(signing);
        emulator.sms().stopDelay(Duration.ofSeconds(20));
        emulator.sms().addTask("t-1", SmsTaskState.READY, "src-1");
        emulator.sms().addTask("t-2", SmsTaskState.MIGRATE_SUCCESS, "src-1");

        sms.updateTaskStatus(b -> b.taskId("t-1").operation(TaskAction.START));
        assertThat(sms.showTask(b -> b.taskId("t-1")).state()).isEqualTo(TaskState.RUNNING);
        sms.stopTask("t-1");
        assertThat(sms.showTask(b -> b.taskId("t-1")).state()).isEqualTo(TaskState.ABORTING);
        assertThatThrownBy(() -> sms.deleteTasks(b -> b.ids("t-1", "t-2"))).isInstanceOf(InvalidStatusException.class);
        assertThat(emulator.sms().tasks()).hasSize(2); // all or nothing: t-2 was not deleted either
        clock.advance(Duration.ofSeconds(20));
        assertThat(sms.listTasks(b -> b.sourceServerId("src-1").state(TaskState.ABORT)).tasks())
                .extracting(dev.migsdk.sms.model.Task::id).containsExactly("t-1");
        sms.deleteTasks(b -> b.ids("t-1", "t-2"));

        assertThat(emulator.sms().tasks()).isEmpty();
        assertThat(journal(EmulatedService.SMS)).extracting(JournalEntry::operation).containsExactly(
                "UpdateTaskStatus", "ShowTask", "UpdateTaskStatus", "ShowTask", "DeleteTasks", "ListTasks",
                "DeleteTasks");
        assertThat(journal(EmulatedService.SMS)).noneMatch(e -> e.httpStatus() == 401 || e.httpStatus() >= 500);
        assertSignedAs(signing, journal(EmulatedService.SMS));
    }

    @ParameterizedTest
    @EnumSource(Signing.class)
    void theAsyncClientsSendTheSameRequestsInEverySigningMode(Signing signing) {
        OmsAsyncClient oms = signing == Signing.IAM_TOKEN
                ? emulator.omsAsyncClient(b -> b.credentials(emulator.issueHuaweiTokenCredentials()))
                : emulator.omsAsyncClient(b -> b.signatureAlgorithm(algorithm(signing)));
        SmsAsyncClient sms = signing == Signing.IAM_TOKEN
                ? emulator.smsAsyncClient(b -> b.credentials(emulator.issueHuaweiTokenCredentials()))
                : emulator.smsAsyncClient(b -> b.signatureAlgorithm(algorithm(signing)));
        emulator.oms().stopDelay(Duration.ZERO).addTask(21, OmsTaskStatus.RUNNING);
        emulator.sms().stopDelay(Duration.ZERO).addTask("a-1", SmsTaskState.RUNNING);

        CallMode.join(oms.stopTask(b -> b.taskId(21L)));
        assertThat(CallMode.join(oms.showTask(b -> b.taskId(21L))).status()).isEqualTo(TaskStatus.PAUSED);
        assertThat(CallMode.join(oms.listTasks(b -> b.status(TaskStatus.PAUSED))).tasks()).hasSize(1);
        CallMode.join(oms.deleteTask(b -> b.taskId(21L)));
        CallMode.join(sms.stopTask("a-1"));
        assertThat(CallMode.join(sms.showTask(b -> b.taskId("a-1"))).state()).isEqualTo(TaskState.ABORT);
        assertThat(CallMode.join(sms.listTasks(b -> b.state(TaskState.ABORT))).count()).isEqualTo(1);
        CallMode.join(sms.deleteTasks(b -> b.ids("a-1")));

        assertThat(emulator.oms().tasks()).isEmpty();
        assertThat(emulator.sms().tasks()).isEmpty();
        assertThat(emulator.journal().requests()).allMatch(JournalEntry::succeeded).hasSize(8);
        assertSignedAs(signing, emulator.journal().requests());
    }

    private static void assertSignedAs(Signing signing, List<JournalEntry> entries) {
        for (JournalEntry e : entries) {
            switch (signing) {
                case IAM_TOKEN -> assertThat(e.header("Authorization")).isNull();
                case HMAC_SM3 -> assertThat(e.header("Authorization")).startsWith("SDK-HMAC-SM3 ");
                default -> assertThat(e.header("Authorization")).startsWith("SDK-HMAC-SHA256 ");
            }
        }
    }

    @Test
    void aStopOfATaskThatIsNotRunningIsRefused() {
        emulator.oms().addTask(1, OmsTaskStatus.STOPPED);
        emulator.sms().addTask("done", SmsTaskState.MIGRATE_SUCCESS);

        assertThatThrownBy(() -> emulator.omsClient().stopTask(b -> b.taskId(1L)))
                .isInstanceOf(InvalidStatusException.class);
        assertThatThrownBy(() -> emulator.smsClient().stopTask("done")).isInstanceOf(InvalidStatusException.class);
        assertThatThrownBy(() -> emulator.smsClient().stopTask("missing"))
                .isInstanceOf(ResourceNotFoundException.class);
        assertThatThrownBy(() -> emulator.smsClient().updateTaskStatus(b -> b.taskId("done")
                .operation(TaskAction.of("dance")))).isInstanceOf(ServiceException.class);
    }

    @Test
    void aDisconnectedSmsTaskCanBeDeletedInAnyState() {
        emulator.sms().addTask("lost", SmsTaskState.RUNNING);
        emulator.sms().disconnect("lost");
        SmsClient sms = emulator.smsClient();

        assertThat(sms.showTask(b -> b.taskId("lost")).connected()).isFalse();
        assertThat(sms.waiter().waitUntilDeletable("lost").attempts()).isEqualTo(1);
        sms.deleteTask(b -> b.taskId("lost"));
        assertThat(emulator.sms().tasks()).isEmpty();
    }

    // ------------------------------------------------------------------ waiters: OMS

    private WaiterResult<ShowTaskResponse> omsWait(CallMode mode, String which, long taskId, WaiterConfig config) {
        OmsClient sync = emulator.omsClient();
        OmsAsyncClient async = emulator.omsAsyncClient();
        ShowTaskRequest request = ShowTaskRequest.builder().taskId(taskId).build();
        return switch (which) {
            case "stopped" -> mode.call(() -> sync.waiter().waitUntilStopped(request, config),
                    () -> async.waiter().waitUntilStopped(request, config));
            case "deletable" -> mode.call(() -> sync.waiter().waitUntilDeletable(request, config),
                    () -> async.waiter().waitUntilDeletable(request, config));
            default -> mode.call(() -> sync.waiter().waitUntilDeleted(request, config),
                    () -> async.waiter().waitUntilDeleted(request, config));
        };
    }

    @ParameterizedTest
    @EnumSource(CallMode.class)
    void omsStopThenWaitThenDeleteNeverRaces(CallMode mode) {
        emulator.oms().stopDelay(Duration.ofSeconds(45));
        emulator.oms().addTask(7, OmsTaskStatus.RUNNING);
        emulator.omsClient().stopTask(b -> b.taskId(7L));

        WaiterResult<ShowTaskResponse> stopped = omsWait(mode, "stopped", 7, FAST);

        assertThat(stopped.response()).map(ShowTaskResponse::status).contains(TaskStatus.PAUSED);
        assertThat(stopped.elapsed()).isGreaterThanOrEqualTo(Duration.ofSeconds(45));
        long polls = journal(EmulatedService.OMS).stream().filter(e -> "ShowTask".equals(e.operation())).count();
        assertThat(stopped.attempts()).isEqualTo((int) polls).isGreaterThan(1);
        assertThat(omsWait(mode, "deletable", 7, FAST).attempts()).isEqualTo(1);
        emulator.omsClient().deleteTask(b -> b.taskId(7L));
        WaiterResult<ShowTaskResponse> deleted = omsWait(mode, "deleted", 7, FAST);
        assertThat(deleted.exception()).containsInstanceOf(ResourceNotFoundException.class);
        assertThat(deleted.response()).isEmpty();
        assertThat(journal(EmulatedService.OMS)).noneMatch(e -> "DeleteTask".equals(e.operation()) && !e.succeeded());
    }

    @ParameterizedTest
    @EnumSource(CallMode.class)
    void omsTaskThatFailsWhileStoppingFailsTheWaitAtOnceWithItsReason(CallMode mode) {
        emulator.oms().stopDelay(Duration.ofSeconds(5));
        emulator.oms().addTask(8, OmsTaskStatus.RUNNING);
        emulator.oms().failWhileStopping(8, "OMS.1103", "The source bucket does not exist.");
        emulator.omsClient().stopTask(b -> b.taskId(8L));

        WaiterFailureException e = catchThrowableOfType(WaiterFailureException.class,
                () -> omsWait(mode, "stopped", 8, FAST));

        assertThat(e.lastState()).isEqualTo("FAILED (4)");
        assertThat(e.detail()).isEqualTo("OMS.1103: The source bucket does not exist.");
        assertThat(e.getMessage()).contains("OMS task 8 to be stopped").contains("OMS.1103");
        assertThat(e.elapsed()).isLessThan(FAST.maxWait());
        assertThat(omsWait(mode, "deletable", 8, FAST).response()).map(ShowTaskResponse::status)
                .contains(TaskStatus.FAILED);
    }

    @ParameterizedTest
    @EnumSource(CallMode.class)
    void omsTaskThatNeverFinishesStoppingTimesOut(CallMode mode) {
        emulator.oms().addTask(9, OmsTaskStatus.RUNNING);
        emulator.oms().neverFinishStopping(9);
        emulator.omsClient().stopTask(b -> b.taskId(9L));

        WaiterTimeoutException e = catchThrowableOfType(WaiterTimeoutException.class,
                () -> omsWait(mode, "deletable", 9, FAST));

        assertThat(e.lastState()).isEqualTo("PAUSING (7)");
        assertThat(e.elapsed()).isGreaterThanOrEqualTo(FAST.maxWait());
        assertThat(e.attempts()).isGreaterThan(10);
        assertThat(emulator.oms().task(9)).map(OmsTask::status).contains(OmsTaskStatus.PAUSING);
    }

    @ParameterizedTest
    @EnumSource(CallMode.class)
    void omsThrottledPollsKeepWaiting(CallMode mode) {
        emulator.oms().stopDelay(Duration.ofSeconds(10));
        emulator.oms().addTask(10, OmsTaskStatus.RUNNING);
        emulator.omsClient().stopTask(b -> b.taskId(10L));
        emulator.faults().throttleNext(EmulatedService.OMS, 6); // two whole polls, each after the client's 3 attempts

        WaiterResult<ShowTaskResponse> r = omsWait(mode, "stopped", 10, FAST);

        assertThat(r.response()).map(ShowTaskResponse::status).contains(TaskStatus.PAUSED);
        assertThat(journal(EmulatedService.OMS)).filteredOn(e -> e.httpStatus() == 429).hasSize(6);
        assertThat(r.attempts()).isGreaterThanOrEqualTo(3);
    }

    @ParameterizedTest
    @EnumSource(CallMode.class)
    void omsWaiterOnAMissingTaskSurfacesNotFound(CallMode mode) {
        assertThatThrownBy(() -> omsWait(mode, "stopped", 404, FAST)).isInstanceOf(ResourceNotFoundException.class);
        assertThat(journal(EmulatedService.OMS)).hasSize(1);
    }

    // ------------------------------------------------------------------ waiters: SMS

    private WaiterResult<dev.migsdk.sms.model.ShowTaskResponse> smsWait(CallMode mode, String which, String taskId,
                                                                       WaiterConfig config) {
        SmsClient sync = emulator.smsClient();
        SmsAsyncClient async = emulator.smsAsyncClient();
        dev.migsdk.sms.model.ShowTaskRequest request = dev.migsdk.sms.model.ShowTaskRequest.builder().taskId(taskId)
                .build();
        return switch (which) {
            case "stopped" -> mode.call(() -> sync.waiter().waitUntilStopped(request, config),
                    () -> async.waiter().waitUntilStopped(request, config));
            case "deletable" -> mode.call(() -> sync.waiter().waitUntilDeletable(request, config),
                    () -> async.waiter().waitUntilDeletable(request, config));
            default -> mode.call(() -> sync.waiter().waitUntilDeleted(request, config),
                    () -> async.waiter().waitUntilDeleted(request, config));
        };
    }

    @ParameterizedTest
    @EnumSource(CallMode.class)
    void smsStopThenWaitThenDeleteNeverRaces(CallMode mode) {
        emulator.sms().stopDelay(Duration.ofSeconds(40));
        emulator.sms().addTask("s-1", SmsTaskState.SYNCING);
        emulator.smsClient().stopTask("s-1");

        var stopped = smsWait(mode, "stopped", "s-1", FAST);

        assertThat(stopped.response()).map(r -> r.state()).contains(TaskState.ABORT);
        assertThat(stopped.elapsed()).isGreaterThanOrEqualTo(Duration.ofSeconds(40));
        assertThat(smsWait(mode, "deletable", "s-1", FAST).attempts()).isEqualTo(1);
        emulator.smsClient().deleteTask(b -> b.taskId("s-1"));
        assertThat(smsWait(mode, "deleted", "s-1", FAST).exception()).containsInstanceOf(ResourceNotFoundException.class);
    }

    @ParameterizedTest
    @EnumSource(CallMode.class)
    void smsTaskThatFailsWhileStoppingFailsTheWaitWithItsErrorJson(CallMode mode) {
        emulator.sms().stopDelay(Duration.ofSeconds(5));
        emulator.sms().addTask("s-2", SmsTaskState.RUNNING);
        emulator.sms().failWhileStopping("s-2", "{\"error_code\":\"SMS.6505\"}");
        emulator.smsClient().stopTask("s-2");

        WaiterFailureException e = catchThrowableOfType(WaiterFailureException.class,
                () -> smsWait(mode, "stopped", "s-2", FAST));

        assertThat(e.lastState()).isEqualTo("MIGRATE_FAIL");
        assertThat(e.detail()).contains("SMS.6505");
    }

    @ParameterizedTest
    @EnumSource(CallMode.class)
    void smsTaskThatNeverFinishesStoppingTimesOutAndThrottledPollsKeepWaiting(CallMode mode) {
        emulator.sms().addTask("s-3", SmsTaskState.RUNNING);
        emulator.sms().neverFinishStopping("s-3");
        emulator.smsClient().stopTask("s-3");
        emulator.faults().throttleNext(EmulatedService.SMS, 3);

        WaiterTimeoutException e = catchThrowableOfType(WaiterTimeoutException.class,
                () -> smsWait(mode, "stopped", "s-3", FAST.with(b -> b.maxWait(Duration.ofMinutes(2)))));

        assertThat(e.lastState()).isEqualTo("ABORTING");
        assertThat(e.elapsed()).isGreaterThanOrEqualTo(Duration.ofMinutes(2));
        assertThat(journal(EmulatedService.SMS)).filteredOn(x -> x.httpStatus() == 429).hasSize(3);
    }

    @ParameterizedTest
    @EnumSource(CallMode.class)
    void smsDeletingTaskCanNeverBecomeDeletable(CallMode mode) {
        emulator.sms().addTask("s-4", SmsTaskState.DELETING);

        WaiterFailureException e = catchThrowableOfType(WaiterFailureException.class,
                () -> smsWait(mode, "deletable", "s-4", FAST));

        assertThat(e.lastState()).isEqualTo("DELETING");
        assertThat(e.attempts()).isEqualTo(1);
    }

    // ------------------------------------------------------------------ paginators

    @ParameterizedTest
    @EnumSource(CallMode.class)
    void omsPaginatorWalksEveryPageOnce(CallMode mode) {
        IntStream.rangeClosed(1, 7).forEach(i -> emulator.oms().addTask(i, OmsTaskStatus.SUCCEEDED));

        List<Long> ids = new ArrayList<>();
        if (mode == CallMode.SYNC) {
            Pages<ListTasksResponse, Task> pages = emulator.omsClient().listTasksPaginator(b -> b.limit(3));
            pages.items().forEach(t -> ids.add(t.id()));
        } else {
            CallMode.join(emulator.omsAsyncClient().listTasksPaginator(b -> b.limit(3))
                    .forEachItem(t -> ids.add(t.id())));
        }

        assertThat(ids).containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L);
        assertThat(journal(EmulatedService.OMS)).extracting(e -> e.queryParameter("offset"))
                .containsExactly(null, "3", "6");
    }

    @ParameterizedTest
    @EnumSource(CallMode.class)
    void paginatorsStopAtAnEmptyListAndWhenCountSaysSo(CallMode mode) {
        IntStream.rangeClosed(1, 4).forEach(i -> emulator.sms().addTask("t-" + i, SmsTaskState.READY));

        List<dev.migsdk.sms.model.Task> none = mode == CallMode.SYNC
                ? emulator.smsClient().listTasksPaginator(b -> b.name("nobody")).items().stream().toList()
                : CallMode.join(emulator.smsAsyncClient().listTasksPaginator(b -> b.name("nobody")).collectItems());
        List<dev.migsdk.sms.model.Task> all = mode == CallMode.SYNC
                ? emulator.smsClient().listTasksPaginator(b -> b.limit(2)).items().stream().toList()
                : CallMode.join(emulator.smsAsyncClient().listTasksPaginator(b -> b.limit(2)).collectItems());

        assertThat(none).isEmpty();
        assertThat(all).extracting(dev.migsdk.sms.model.Task::id).containsExactly("t-1", "t-2", "t-3", "t-4");
        // one request for the empty list; two for the four tasks: count (4) ends the walk without a third page
        assertThat(journal(EmulatedService.SMS)).hasSize(3);
    }

    @ParameterizedTest
    @EnumSource(CallMode.class)
    void aFailingPageIsRetriedThenSurfacedAndNoPageIsRequestedTwice(CallMode mode) {
        IntStream.rangeClosed(1, 6).forEach(i -> emulator.oms().addTask(i, OmsTaskStatus.SUCCEEDED));
        OmsClient sync = emulator.omsClient();
        OmsAsyncClient async = emulator.omsAsyncClient();
        List<Long> seen = new ArrayList<>();

        // page 2 fails once and is retried by the client: the walk goes on
        sync.listTasks(b -> b.limit(2)); // warm the journal's order: one page before the walk
        emulator.journal().clear();
        Runnable walk = () -> {
            if (mode == CallMode.SYNC) {
                sync.listTasksPaginator(b -> b.limit(2)).items().forEach(t -> {
                    seen.add(t.id());
                    if (t.id() == 2) {
                        emulator.faults().failNext(EmulatedService.OMS, 1);
                    }
                    if (t.id() == 4) {
                        emulator.faults().failNext(EmulatedService.OMS, 3);
                    }
                });
            } else {
                CallMode.join(async.listTasksPaginator(b -> b.limit(2)).forEachItem(t -> {
                    seen.add(t.id());
                    if (t.id() == 2) {
                        emulator.faults().failNext(EmulatedService.OMS, 1);
                    }
                    if (t.id() == 4) {
                        emulator.faults().failNext(EmulatedService.OMS, 3);
                    }
                }));
            }
        };

        ServiceException e = catchThrowableOfType(ServiceException.class, walk::run);

        assertThat(e.httpStatus()).isEqualTo(503);
        assertThat(e.attempts()).isEqualTo(3);
        assertThat(seen).containsExactly(1L, 2L, 3L, 4L);
        // page 1 once; page 2 failed once then succeeded; page 3 failed three times; nothing after
        assertThat(journal(EmulatedService.OMS)).extracting(x -> x.queryParameter("offset") + ":" + x.httpStatus())
                .containsExactly("null:200", "2:503", "2:200", "4:503", "4:503", "4:503");
    }
}
