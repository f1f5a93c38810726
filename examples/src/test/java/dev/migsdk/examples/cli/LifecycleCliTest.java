package dev.migsdk.examples.cli;

import static dev.migsdk.examples.cli.MigsdkTest.endpoint;
import static dev.migsdk.examples.cli.MigsdkTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.migsdk.core.auth.StaticCredentialsProvider;
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
        assertThat(r.out().lines().toList()).hasSize(3).noneSatisfy(l -> assertThat(l).contains("attempts)"))
                .anySatisfy(l -> assertThat(l).startsWith(
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
        assertThat(lines.subList(0, 2)).allSatisfy(l -> {
            assertThat(l.has("attempts")).as("a clean-up's count is of requests, not attempts at one call").isFalse();
            assertThat(l.path("requests").asInt()).isGreaterThan(1);
        });
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
    void dtsCleanTakesItsJobsFromTheStatusFilterOverEveryJobType(MigrationEmulator emulator) {
        emulator.dts().addJob("dts-done-1", DtsJobStatus.FINISHED);
        emulator.dts().addJob("dts-done-2", DtsJobStatus.FINISHED);
        emulator.dts().addJob("dts-live", DtsJobStatus.SYNCHRONIZING);

        Run r = run(emulator, "dts", "clean", "--status", "Finished", "--region", "cn-hangzhou", endpoint(emulator));

        assertThat(r.exit()).as(r.all()).isZero();
        assertThat(r.out().lines().toList()).hasSize(2).allSatisfy(l -> assertThat(l).startsWith("ok  DTS clean dts-done-"));
        assertThat(emulator.dts().jobs()).extracting(j -> j.dtsJobId()).containsExactly("dts-live");
        assertThat(emulator.journal().requests()).filteredOn(e -> e.operation().equals("DescribeDtsJobs"))
                .extracting(e -> e.queryParameter("JobType")).containsExactly("MIGRATION", "SYNC", "SUBSCRIBE");
    }

    @Test
    void aDryRunOfStopDescribeOrDeleteReportsEachRequestAsNotSent(MigrationEmulator emulator) throws Exception {
        emulator.oms().addTask(1001, OmsTaskStatus.RUNNING);
        for (String verb : List.of("stop", "describe", "delete")) {
            Run r = run(emulator, "oms", verb, "--dry-run", "--output", "jsonl", endpoint(emulator), "1001", "1002");

            assertThat(r.exit()).as(r.all()).isZero();
            List<JsonNode> lines = new ArrayList<>();
            for (String l : r.out().lines().toList()) {
                lines.add(JSON.readTree(l));
            }
            assertThat(lines.subList(0, 2)).allSatisfy(l -> {
                assertThat(l.path("outcome").asText()).isEqualTo("not-sent");
                assertThat(l.path("curl").asText()).startsWith("curl -X ").contains("/tasks/100");
                assertThat(l.has("requestId")).isFalse();
            });
            assertThat(lines.get(2).path("summary").path("notSent").asInt()).as(verb).isEqualTo(2);
            assertThat(lines.get(2).path("summary").path("succeeded").asInt()).as(verb).isZero();
        }
        assertThat(emulator.journal().requests()).isEmpty();
        assertThat(emulator.oms().tasks()).hasSize(1);
    }

    @Test
    void aDryRunOfWaitOrCleanIsAUsageErrorThatSaysWhatToRunInstead(MigrationEmulator emulator) {
        emulator.oms().addTask(1001, OmsTaskStatus.RUNNING);
        for (String verb : List.of("wait", "clean")) {
            Run r = run(emulator, "oms", verb, "--dry-run", endpoint(emulator), "1001");

            assertThat(r.exit()).as(r.all()).isEqualTo(2);
            assertThat(r.out()).isEmpty();
            assertThat(r.err()).startsWith("error: --dry-run cannot " + verb + ": ")
                    .contains("a dry run sends nothing", "`migsdk oms describe --dry-run`", "`migsdk oms describe`")
                    .doesNotContain("Unknown option");
        }
        assertThat(emulator.journal().requests()).isEmpty();
        assertThat(emulator.oms().tasks()).hasSize(1);
    }

    @Test
    void anOptionOfAnotherVerbOrServiceIsRefusedWithTheReasonNotIgnored(MigrationEmulator emulator) {
        emulator.oms().addTask(1001, OmsTaskStatus.RUNNING);

        Run forOnStop = run(emulator, "oms", "stop", "--for", "stopped", endpoint(emulator), "1001");
        Run maxWaitOnDelete = run(emulator, "smc", "delete", "--max-wait=5m", endpoint(emulator), "j-1");
        Run groupOnSms = run(emulator, "sms", "clean", "--group", "g-1", endpoint(emulator));
        Run projectOnSms = run(emulator, "sms", "stop", "--project-id", "p-1", endpoint(emulator), "s-1");

        assertThat(List.of(forOnStop, maxWaitOnDelete, groupOnSms, projectOnSms)).allSatisfy(r -> assertThat(r.exit())
                .as(r.all()).isEqualTo(2));
        assertThat(forOnStop.err()).startsWith("error: --for applies to wait only");
        assertThat(maxWaitOnDelete.err()).startsWith("error: --max-wait applies to wait and clean");
        assertThat(groupOnSms.err()).startsWith("error: --group selects an OMS task group; SMS has none");
        assertThat(projectOnSms.err()).startsWith("error: --project-id is for OMS: SMS is a global service")
                .contains("HUAWEICLOUD_SDK_DOMAIN_ID");
        assertThat(emulator.journal().requests()).isEmpty();
    }

    @Test
    void eachVerbsHelpListsOnlyTheOptionsItTakesDescribedForItsService(MigrationEmulator emulator) {
        Run omsWait = run(emulator, "oms", "wait", "--help");
        Run omsStop = run(emulator, "oms", "stop", "--help");
        Run smsClean = run(emulator, "sms", "clean", "--help");
        Run smcDelete = run(emulator, "smc", "delete", "--help");

        assertThat(flat(omsWait)).contains("--for=STATE", "--max-wait=", "--group=ID", "--project-id=ID",
                "status code (e.g. 3, paused)").doesNotContain("dry run makes");
        assertThat(options(omsWait)).doesNotContain("--dry-run");
        assertThat(options(omsStop)).contains("--dry-run", "--group=ID").doesNotContain("--for=STATE",
                "--max-wait=DURATION");
        assertThat(flat(smsClean)).contains("--max-wait=", "state (e.g. ABORT)").doesNotContain("oms:", "smc:");
        assertThat(options(smsClean)).doesNotContain("--dry-run", "--for=STATE", "--group=ID", "--project-id=ID");
        assertThat(flat(smcDelete)).contains("Accepted and ignored: SMC has one endpoint for every region")
                .doesNotContain("cn-north-4");
        assertThat(options(smcDelete)).contains("--dry-run").doesNotContain("--for=STATE", "--max-wait=DURATION",
                "--group=ID", "--project-id=ID");
    }

    /** The help as one line: what it says, whatever the wrapping. */
    private static String flat(Run help) {
        return help.out().replaceAll("\\s+", " ");
    }

    /** The option names a help lists (the first word of each option line). */
    private static List<String> options(Run help) {
        return help.out().lines().map(String::trim).filter(l -> l.startsWith("-")).map(l -> l.split("\\s+")[0])
                .toList();
    }

    @Test
    void theRegionStillReachesTheRequestAfterItsHelpWasTailored(MigrationEmulator emulator) {
        emulator.dts().addJob("dts-1", DtsJobStatus.FINISHED);

        Run r = run(emulator, "dts", "describe", "--region", "cn-shanghai", endpoint(emulator), "dts-1");

        assertThat(r.exit()).as(r.all()).isZero();
        assertThat(emulator.journal().requests()).singleElement()
                .satisfies(e -> assertThat(e.queryParameter("RegionId")).isEqualTo("cn-shanghai"));
    }

    @Test
    void anSmsAkSkWithoutDomainIdIsOneUsageErrorSayingWhereToGiveItBeforeAnythingIsSent(MigrationEmulator emulator) {
        emulator.sms().addTask("s-1", SmsTaskState.READY);
        dev.migsdk.core.auth.HuaweiAkSkCredentials full = emulator.huaweiCredentials();
        var noDomain = dev.migsdk.core.auth.HuaweiAkSkCredentials.of(full.accessKey(), full.secretKey());
        MigsdkTest.CliContextFactory context = MigsdkTest.credentials(
                StaticCredentialsProvider.create(emulator.alibabaCredentials()), StaticCredentialsProvider.create(noDomain));

        for (String verb : List.of("delete", "clean", "delete-task")) {
            Run r = MigsdkTest.run(context, "", "sms", verb, endpoint(emulator), "s-1", "s-2");

            assertThat(r.exit()).as(r.all()).isEqualTo(2);
            assertThat(r.out()).isEmpty();
            assertThat(r.err()).startsWith("error: SMS needs the account's domain id with AK/SK credentials")
                    .contains("HUAWEICLOUD_SDK_DOMAIN_ID");
        }
        assertThat(emulator.journal().requests()).isEmpty();
    }

    @Test
    void anOmsIdPastTheDocumentedRangeIsRefusedByEveryVerbBeforeAnythingIsSent(MigrationEmulator emulator) {
        for (String verb : List.of("stop", "describe", "wait", "delete", "clean")) {
            Run r = run(emulator, "oms", verb, endpoint(emulator), "1000000000000000", "12x");

            assertThat(r.exit()).as(r.all()).isEqualTo(2);
            assertThat(r.err()).as(verb).startsWith("error: invalid id(s): 1000000000000000, 12x (OMS task ids are "
                    + "digits only, 0 to 999999999999999)");
        }
        assertThat(emulator.journal().requests()).isEmpty();
    }

    @Test
    void aListingTheServiceRefusesIsReportedAsTheServicesErrorNotACrash(MigrationEmulator emulator) {
        emulator.sms().addTask("s-1", SmsTaskState.ABORT);
        emulator.faults().failNext(dev.migsdk.testkit.EmulatedService.SMS, 3);

        Run r = run(emulator, "sms", "clean", "--status", "ABORT", endpoint(emulator));

        assertThat(r.exit()).as(r.all()).isEqualTo(3);
        assertThat(r.err()).startsWith("error: could not list the tasks to act on: ").doesNotContain("CompletionException");
        assertThat(emulator.sms().tasks()).hasSize(1);
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
