package dev.migsdk.examples.cli;

import static dev.migsdk.examples.cli.MigsdkTest.endpoint;
import static dev.migsdk.examples.cli.MigsdkTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.migsdk.examples.cli.MigsdkTest.Run;
import dev.migsdk.testkit.DtsJobStatus;
import dev.migsdk.testkit.MigrationEmulator;
import dev.migsdk.testkit.MigrationEmulatorExtension;
import dev.migsdk.testkit.OmsTaskStatus;
import dev.migsdk.testkit.SmcBusinessStatus;
import dev.migsdk.testkit.SmcJobStatus;
import dev.migsdk.testkit.SmsTaskState;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** stop, describe, wait, delete and clean on each service, against the emulator. */
@ExtendWith(MigrationEmulatorExtension.class)
class LifecycleCliTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static void quickStops(MigrationEmulator emulator) {
        emulator.oms().stopDelay(Duration.ZERO);
        emulator.sms().stopDelay(Duration.ZERO);
    }

    @Test
    void smcStopDescribeWaitDeleteOneAfterTheOther(MigrationEmulator emulator) {
        emulator.smc().addJob("j-1", SmcJobStatus.RUNNING, SmcBusinessStatus.SYNCING);

        Run stop = run(emulator, "smc", "stop", endpoint(emulator), "j-1");
        Run describe = run(emulator, "smc", "describe", endpoint(emulator), "j-1");
        Run await = run(emulator, "smc", "wait", "--for", "stopped", endpoint(emulator), "j-1");
        Run delete = run(emulator, "smc", "delete", endpoint(emulator), "j-1");

        assertThat(stop.exit()).isZero();
        assertThat(stop.out()).startsWith("ok  SMC StopReplicationJob j-1  request id ");
        assertThat(describe.out()).startsWith("ok  SMC DescribeReplicationJobs j-1  Stopped, business status Syncing");
        assertThat(await.out()).startsWith("ok  SMC wait j-1  Stopped after 1 poll in ");
        assertThat(delete.out()).startsWith("ok  SMC DeleteReplicationJob j-1  request id ");
        assertThat(emulator.smc().jobs()).isEmpty();
        assertThat(emulator.journal().requests()).extracting(e -> e.operation()).containsExactly("StopReplicationJob",
                "DescribeReplicationJobs", "DescribeReplicationJobs", "DeleteReplicationJob");
    }

    @Test
    void deleteOfARunningTaskSaysCleanDoesTheWholeJob(MigrationEmulator emulator) {
        emulator.oms().addTask(7, OmsTaskStatus.RUNNING);

        Run r = run(emulator, "oms", "delete", endpoint(emulator), "7");

        assertThat(r.exit()).isEqualTo(3);
        assertThat(r.err()).contains("OMS.1002", "hint: the task's state refuses it: `migsdk oms clean 7` stops it if "
                + "needed, waits until it can be deleted, and deletes it");
    }

    @Test
    void omsCleanStopsWaitsAndDeletesAndReportsEachTask(MigrationEmulator emulator) {
        quickStops(emulator);
        emulator.oms().addTask(1, OmsTaskStatus.RUNNING);
        emulator.oms().addTask(2, OmsTaskStatus.STOPPED);

        Run r = run(emulator, "oms", "clean", endpoint(emulator), "1", "2", "3");

        assertThat(r.exit()).as(r.all()).isZero();
        assertThat(r.out().lines().toList()).hasSize(3).anySatisfy(l -> assertThat(l).startsWith(
                        "ok  OMS clean 1  delete refused: OMS.1002, stop, wait: PAUSED (3) after 1 poll, deleted; 4 requests"))
                .anySatisfy(l -> assertThat(l).startsWith("ok  OMS clean 2  deleted; 1 request"))
                .anySatisfy(l -> assertThat(l).startsWith("ok  OMS clean 3  already deleted; 1 request")
                        .endsWith("(already deleted)"));
        assertThat(r.err()).contains("3 of 3 succeeded, 0 failed");
        assertThat(emulator.oms().tasks()).isEmpty();
    }

    @Test
    void smsCleanTakesItsIdsFromTheStatusFilter(MigrationEmulator emulator) {
        quickStops(emulator);
        emulator.sms().addTask("s-run-1", SmsTaskState.RUNNING);
        emulator.sms().addTask("s-run-2", SmsTaskState.RUNNING);
        emulator.sms().addTask("s-ready", SmsTaskState.READY);

        Run r = run(emulator, "sms", "clean", "--status", "RUNNING", "--output", "jsonl", endpoint(emulator));

        assertThat(r.exit()).as(r.all()).isZero();
        List<JsonNode> lines = new ArrayList<>();
        r.out().lines().forEach(l -> {
            try {
                lines.add(JSON.readTree(l));
            } catch (java.io.IOException e) {
                throw new AssertionError(l, e);
            }
        });
        assertThat(lines).hasSize(3);
        assertThat(lines.subList(0, 2)).extracting(l -> l.path("id").asText()).containsExactlyInAnyOrder("s-run-1",
                "s-run-2");
        assertThat(lines.subList(0, 2)).allSatisfy(l -> assertThat(l.path("detail").asText()).contains("wait: ABORT"));
        assertThat(lines.get(2).path("summary").path("succeeded").asInt()).isEqualTo(2);
        assertThat(emulator.sms().tasks()).extracting(t -> t.taskId()).containsExactly("s-ready");
    }

    @Test
    void aStopThatNeverEndsIsReportedAfterMaxWait(MigrationEmulator emulator) {
        emulator.smc().addJob("j-stuck", SmcJobStatus.RUNNING, SmcBusinessStatus.SYNCING);
        emulator.smc().neverFinishStopping("j-stuck");
        emulator.smc().addJob("j-ok", SmcJobStatus.STOPPED, SmcBusinessStatus.SYNCING);

        Run r = run(emulator, "smc", "clean", "--max-wait", "1s", endpoint(emulator), "j-stuck", "j-ok");

        assertThat(r.exit()).isEqualTo(4);
        assertThat(r.out()).contains("ok  SMC clean j-ok  deleted; 1 request");
        assertThat(r.err()).contains("error: SMC clean j-stuck failed: Gave up waiting for", "last state: Running");
        assertThat(emulator.smc().job("j-stuck")).isPresent();
    }

    @Test
    void dtsHasNoListFilter(MigrationEmulator emulator) {
        emulator.dts().addJob("dts-1", DtsJobStatus.SYNCHRONIZING);

        Run r = run(emulator, "dts", "clean", "--status", "Synchronizing", "--region", "cn-hangzhou",
                endpoint(emulator));

        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("dts has no list filter here: give the job ids");
        assertThat(emulator.journal().requests()).isEmpty();
    }

    @Test
    void everyServiceHasTheFiveVerbs(MigrationEmulator emulator) {
        for (String service : List.of("smc", "dts", "oms", "sms")) {
            Run help = run(emulator, service, "--help");
            assertThat(help.out()).as(service).contains("stop", "describe", "wait", "delete", "clean");
            for (String verb : List.of("stop", "describe", "wait", "delete", "clean")) {
                Run r = run(emulator, service, verb, "--help");
                assertThat(r.exit()).as(service + " " + verb).isZero();
                assertThat(r.out().lines()).as(service + " " + verb).allSatisfy(l -> assertThat(l)
                        .hasSizeLessThan(81));
            }
        }
    }
}
