package dev.migsdk.cleanup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.migsdk.core.exception.WaiterTimeoutException;
import dev.migsdk.core.waiter.WaiterConfig;
import dev.migsdk.testkit.DtsJobStatus;
import dev.migsdk.testkit.EmulatedService;
import dev.migsdk.testkit.JournalEntry;
import dev.migsdk.testkit.MigrationEmulator;
import dev.migsdk.testkit.OmsTaskStatus;
import dev.migsdk.testkit.SmcBusinessStatus;
import dev.migsdk.testkit.SmcJobStatus;
import dev.migsdk.testkit.SmsTaskState;
import dev.migsdk.testkit.VirtualClock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Clean-ups on every service against the emulator, in virtual time: stops take minutes, the tests milliseconds. */
class TaskCleanerTest {
    private VirtualClock clock;
    private MigrationEmulator emulator;

    @BeforeEach
    void start() {
        clock = VirtualClock.startingNow();
        emulator = MigrationEmulator.builder().clock(clock).start();
        emulator.smc().stopDelay(Duration.ofMinutes(3));
        emulator.dts().stopDelay(Duration.ofMinutes(2));
        emulator.oms().stopDelay(Duration.ofMinutes(4));
        emulator.sms().stopDelay(Duration.ofMinutes(5));
    }

    @AfterEach
    void stop() {
        emulator.close();
    }

    private TaskCleaner.Builder cleaner() {
        return TaskCleaner.builder().smc(emulator.smcAsyncClient()).dts(emulator.dtsAsyncClient())
                .oms(emulator.omsAsyncClient()).sms(emulator.smsAsyncClient()).clock(clock).sleeper(clock);
    }

    private static List<TaskRef> refs(String... refs) {
        List<TaskRef> out = new ArrayList<>();
        for (String r : refs) {
            out.add(TaskRef.parse(r));
        }
        return out;
    }

    private long requestsTo(EmulatedService service) {
        return emulator.journal().requests(service).size();
    }

    @Test
    void runningTasksOnEveryServiceAreStoppedWaitedForAndDeleted() {
        emulator.smc().addJob("j-run", SmcJobStatus.RUNNING, SmcBusinessStatus.SYNCING);
        emulator.dts().addJob("dts-run", DtsJobStatus.SYNCHRONIZING);
        emulator.oms().addTask(101, OmsTaskStatus.RUNNING);
        emulator.sms().addTask("sms-run", SmsTaskState.RUNNING);

        CleanupReport report = cleaner().build().clean(refs("smc:j-run", "dts:dts-run", "oms:101", "sms:sms-run"));

        assertThat(report.results()).allSatisfy(r -> assertThat(r.outcome()).as(r.toString())
                .isEqualTo(TaskOutcome.DELETED));
        TaskResult smc = report.results().get(0);
        assertThat(smc.steps()).containsExactly("delete refused: ReplicationJob.InvalidStatus", "stop",
                smc.steps().get(2), "deleted");
        assertThat(smc.steps().get(2)).startsWith("wait: Stopped after ");
        assertThat(smc.elapsed()).isGreaterThanOrEqualTo(Duration.ofMinutes(3)); // virtual minutes, real milliseconds
        TaskResult oms = report.results().get(2);
        assertThat(oms.steps()).contains("stop").last().isEqualTo("deleted");
        assertThat(oms.lastState()).hasValueSatisfying(s -> assertThat(s).contains("PAUSED"));
        assertThat(report.results().get(3).lastState()).contains("ABORT");
        assertThat(report.results().get(1).steps()).containsExactly("deleted"); // DTS deletes a running job at once
        assertThat(emulator.smc().jobs()).isEmpty();
        assertThat(emulator.dts().jobs()).isEmpty();
        assertThat(emulator.oms().tasks()).isEmpty();
        assertThat(emulator.sms().tasks()).isEmpty();
        assertThat(report.requests()).isEqualTo(emulator.journal().requests().size());
        for (TaskResult r : report.results()) {
            assertThat(r.requestIds()).isNotEmpty().allSatisfy(id -> assertThat(emulator.journal().requests())
                    .extracting(JournalEntry::requestId).contains(id));
        }
    }

    @Test
    void stoppedAndAlreadyDeletedTasksTakeOneRequestEach() {
        emulator.smc().addJob("j-stopped", SmcJobStatus.STOPPED, SmcBusinessStatus.SYNCING);
        emulator.oms().addTask(201, OmsTaskStatus.STOPPED);
        emulator.sms().addTask("sms-done", SmsTaskState.MIGRATE_SUCCESS);

        CleanupReport report = cleaner().batchDeletes(false).build().clean(refs("smc:j-stopped", "smc:j-gone",
                "oms:201", "oms:202", "sms:sms-done", "sms:sms-gone", "dts:dts-gone"));

        assertThat(report.results()).extracting(TaskResult::outcome).containsExactly(TaskOutcome.DELETED,
                TaskOutcome.ALREADY_DELETED, TaskOutcome.DELETED, TaskOutcome.ALREADY_DELETED, TaskOutcome.DELETED,
                TaskOutcome.ALREADY_DELETED, TaskOutcome.ALREADY_DELETED);
        assertThat(report.results()).allSatisfy(r -> assertThat(r.requests()).isEqualTo(1));
        assertThat(emulator.journal().requests()).hasSize(7);
        assertThat(report.allSucceeded()).isTrue();
    }

    @Test
    void aStopThatNeverCompletesIsReportedAsTimedOutAndTheTaskIsLeftAlone() {
        emulator.oms().addTask(301, OmsTaskStatus.RUNNING);
        emulator.oms().neverFinishStopping(301);
        emulator.smc().addJob("j-ok", SmcJobStatus.STOPPED, SmcBusinessStatus.SYNCING);

        CleanupReport report = cleaner().waiterConfig(WaiterConfig.builder().maxWait(Duration.ofMinutes(20)).build())
                .build().clean(refs("oms:301", "smc:j-ok"));

        TaskResult stuck = report.results().get(0);
        assertThat(stuck.outcome()).isEqualTo(TaskOutcome.WAIT_TIMED_OUT);
        assertThat(stuck.error()).containsInstanceOf(WaiterTimeoutException.class);
        assertThat(stuck.lastState()).hasValueSatisfying(s -> assertThat(s).contains("PAUSING"));
        assertThat(stuck.elapsed()).isGreaterThanOrEqualTo(Duration.ofMinutes(20));
        assertThat(emulator.oms().task(301)).isPresent(); // not deleted: the report says why
        assertThat(report.results().get(1).outcome()).isEqualTo(TaskOutcome.DELETED);
        assertThat(report.summary()).contains("1 deleted", "1 wait timed out");
    }

    @Test
    void aTaskTheCredentialsMayNotTouchFailsWithTheRefusalAndTheOthersGoOn() {
        emulator.sms().addForbiddenTask("sms-theirs");
        emulator.sms().addTask("sms-ours", SmsTaskState.ABORT);

        CleanupReport report = cleaner().batchDeletes(false).build().clean(refs("sms:sms-theirs", "sms:sms-ours"));

        TaskResult theirs = report.results().get(0);
        assertThat(theirs.outcome()).isEqualTo(TaskOutcome.FAILED);
        assertThat(theirs.error()).containsInstanceOf(dev.migsdk.core.exception.AccessDeniedException.class);
        assertThat(theirs.requestIds()).hasSize(1);
        assertThat(report.results().get(1).outcome()).isEqualTo(TaskOutcome.DELETED);
    }

    @Test
    void aTaskThatFailsWhileStoppingIsDeletedFromItsErrorState() {
        emulator.sms().addTask("sms-bad", SmsTaskState.RUNNING);
        emulator.sms().failWhileStopping("sms-bad", "{\"error_code\":\"SMS.9999\",\"error_msg\":\"agent lost\"}");

        TaskResult r = cleaner().build().clean(refs("sms:sms-bad")).results().get(0);

        assertThat(r.outcome()).isEqualTo(TaskOutcome.DELETED);
        assertThat(r.steps()).anySatisfy(step -> assertThat(step).startsWith("wait: MIGRATE_FAIL"));
    }

    @Test
    void aThrottlingStormIsRetriedAndEveryTaskEndsDeleted() {
        for (int i = 0; i < 30; i++) {
            emulator.smc().addJob("j-" + i, SmcJobStatus.STOPPED, SmcBusinessStatus.SYNCING);
        }
        emulator.faults().throttleNext(EmulatedService.SMC, 25);
        List<TaskRef> tasks = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            tasks.add(TaskRef.smc("j-" + i));
        }

        CleanupReport report = cleaner().maxConcurrency(4).build().clean(tasks);

        assertThat(report.count(TaskOutcome.DELETED)).isEqualTo(30);
        assertThat(report.results()).anySatisfy(r -> assertThat(r.steps())
                .anySatisfy(step -> assertThat(step).startsWith("delete: Throttling.User, trying again in ")));
        assertThat(emulator.smc().jobs()).isEmpty();
        assertThat(emulator.journal().requests().stream().filter(e -> e.fault() != null)).hasSize(25);
        assertThat(report.requests()).isEqualTo(requestsTo(EmulatedService.SMC));
    }

    @Test
    void aBatchTheServiceRefusesFallsBackToOneCallPerTask() {
        emulator.sms().addTask("s-1", SmsTaskState.READY);
        emulator.sms().addTask("s-2", SmsTaskState.RUNNING); // refuses the batch: all or nothing
        emulator.sms().addTask("s-3", SmsTaskState.ABORT);

        CleanupReport report = cleaner().build().clean(refs("sms:s-1", "sms:s-2", "sms:s-3"));

        assertThat(report.results()).extracting(TaskResult::outcome).containsOnly(TaskOutcome.DELETED);
        assertThat(report.results().get(1).steps()).first().asString().startsWith("delete (batch of 3) failed: ");
        assertThat(report.results().get(1).steps()).contains("stop");
        assertThat(emulator.sms().tasks()).isEmpty();
        assertThat(emulator.journal().requests(EmulatedService.SMS)).first()
                .satisfies(e -> assertThat(e.operation()).isEqualTo("DeleteTasks"));
    }

    @Test
    void aBatchThatSucceedsTakesOneRequestForAllItsTasks() {
        for (int i = 0; i < 12; i++) {
            emulator.dts().addJob("dts-" + i, DtsJobStatus.FINISHED);
        }
        List<TaskRef> tasks = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            tasks.add(TaskRef.dts("dts-" + i));
        }

        CleanupReport report = cleaner().build().clean(tasks);

        assertThat(report.count(TaskOutcome.DELETED)).isEqualTo(12);
        assertThat(report.requests()).isEqualTo(2); // DeleteDtsJobs with 10 ids, then 2
        assertThat(emulator.journal().requests()).extracting(JournalEntry::operation)
                .containsExactly("DeleteDtsJobs", "DeleteDtsJobs");
        assertThat(emulator.dts().jobs()).isEmpty();
    }

    @Test
    void cancellingHalfwayLeavesAReportThatMatchesTheService() throws Exception {
        int n = 40;
        List<TaskRef> tasks = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            emulator.smc().addJob("j-" + i, SmcJobStatus.RUNNING, SmcBusinessStatus.SYNCING);
            tasks.add(TaskRef.smc("j-" + i));
        }
        AtomicReference<CleanupRun> run = new AtomicReference<>();
        AtomicInteger finished = new AtomicInteger();
        CompletableFuture<Void> cancelled = new CompletableFuture<>();
        TaskCleaner cleaner = cleaner().maxConcurrency(4).listener(new CleanupListener() {
            @Override
            public void taskFinished(TaskResult result) {
                if (finished.incrementAndGet() == 10) {
                    CompletableFuture.runAsync(() -> {
                        run.get().cancel(Duration.ofSeconds(5));
                        cancelled.complete(null);
                    });
                }
            }
        }).build();

        run.set(cleaner.start(tasks));
        CleanupReport report = run.get().report().get(30, TimeUnit.SECONDS);
        cancelled.get(5, TimeUnit.SECONDS);

        assertThat(report.cancelled()).isTrue();
        assertThat(report.results()).hasSize(n);
        int deleted = 0;
        int notStarted = 0;
        for (TaskResult r : report.results()) {
            String id = r.task().id();
            List<JournalEntry> sent = emulator.journal().requests().stream()
                    .filter(e -> id.equals(e.queryParameter("JobId")) || id.equals(firstJobId(e))).toList();
            switch (r.outcome()) {
                case DELETED -> {
                    deleted++;
                    assertThat(emulator.smc().job(id)).as(id).isEmpty();
                }
                case NOT_STARTED -> {
                    notStarted++;
                    assertThat(sent).as(id).isEmpty();
                    assertThat(emulator.smc().job(id)).as(id).isPresent();
                }
                case INTERRUPTED -> {
                    assertThat(r.inFlight()).as(id).isEmpty(); // every call answered within the grace period
                    assertThat(emulator.smc().job(id)).as(id).isPresent();
                    assertThat(r.steps()).as(id).doesNotContain("deleted");
                }
                default -> throw new AssertionError(r.toString());
            }
            if (r.outcome() == TaskOutcome.INTERRUPTED) { // a wait cut short does not report its polls
                assertThat(r.requests()).as(id).isLessThanOrEqualTo(sent.size());
            } else {
                assertThat(r.requests()).as(id).isEqualTo(sent.size());
            }
        }
        assertThat(deleted).isGreaterThanOrEqualTo(10);
        assertThat(notStarted).isPositive();
        assertThat(report.count(TaskOutcome.DELETED) + report.count(TaskOutcome.NOT_STARTED)
                + report.count(TaskOutcome.INTERRUPTED)).isEqualTo(n);
    }

    private static String firstJobId(JournalEntry e) {
        return e.queryParameter("JobId.1");
    }

    @Test
    void aTaskOfAServiceWithoutAClientIsRefusedBeforeAnythingIsSent() {
        TaskCleaner smcOnly = TaskCleaner.builder().smc(emulator.smcAsyncClient()).build();

        assertThatThrownBy(() -> smcOnly.start(refs("smc:j-1", "oms:5"))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no OMS client");
        assertThat(emulator.journal().requests()).isEmpty();
    }

    @Test
    void referencesParseAndPrintTheSameWay() {
        assertThat(TaskRef.parse(" oms:0a1b/42 ")).isEqualTo(TaskRef.oms("0a1b", 42)).hasToString("oms:0a1b/42");
        assertThat(TaskRef.parse("SMS:abc")).isEqualTo(TaskRef.sms("abc"));
        assertThatThrownBy(() -> TaskRef.parse("oms:x")).hasMessageContaining("non-negative integer");
        assertThatThrownBy(() -> TaskRef.parse("ecs:i-1")).hasMessageContaining("unknown service 'ecs'");
        assertThatThrownBy(() -> TaskRef.parse("j-1")).hasMessageContaining("service:id");
        assertThatThrownBy(() -> TaskRef.parse("smc:")).hasMessageContaining("must not be empty");
    }
}
