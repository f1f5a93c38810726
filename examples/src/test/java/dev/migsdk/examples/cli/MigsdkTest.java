package dev.migsdk.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.migsdk.core.auth.AlibabaCredentials;
import dev.migsdk.core.auth.CredentialsProvider;
import dev.migsdk.core.auth.HuaweiAkSkCredentials;
import dev.migsdk.core.auth.HuaweiCredentials;
import dev.migsdk.core.auth.StaticCredentialsProvider;
import dev.migsdk.core.exception.CredentialsException;
import dev.migsdk.testkit.DtsJobStatus;
import dev.migsdk.testkit.JournalEntry;
import dev.migsdk.testkit.MigrationEmulator;
import dev.migsdk.testkit.MigrationEmulatorExtension;
import dev.migsdk.testkit.OmsTaskStatus;
import dev.migsdk.testkit.SmcBusinessStatus;
import dev.migsdk.testkit.SmcJobStatus;
import dev.migsdk.testkit.SmsTaskState;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** Every {@code migsdk} subcommand through picocli, against the emulator, with captured streams. */
@ExtendWith(MigrationEmulatorExtension.class)
class MigsdkTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The outcome of one command line. */
    record Run(int exit, String out, String err) {
        String all() {
            return out + err;
        }
    }

    static Run run(CliContextFactory factory, String stdin, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CliContext context = factory.create(new PrintWriter(out, true), new PrintWriter(err, true),
                stdin.getBytes(StandardCharsets.UTF_8));
        int exit = Migsdk.run(context, args);
        String nl = System.lineSeparator();
        return new Run(exit, out.toString().replace(nl, "\n"), err.toString().replace(nl, "\n"));
    }

    /** Builds a context over captured streams. */
    interface CliContextFactory {
        CliContext create(PrintWriter out, PrintWriter err, byte[] stdin);
    }

    static CliContextFactory credentials(CredentialsProvider<AlibabaCredentials> alibaba,
                                         CredentialsProvider<HuaweiCredentials> huawei) {
        return (out, err, stdin) -> new CliContext(out, err, new ByteArrayInputStream(stdin), false, alibaba, huawei);
    }

    static CliContextFactory wiredTo(MigrationEmulator emulator) {
        return credentials(StaticCredentialsProvider.create(emulator.alibabaCredentials()),
                StaticCredentialsProvider.create(emulator.huaweiCredentials()));
    }

    static Run run(MigrationEmulator emulator, String... args) {
        return run(wiredTo(emulator), "", args);
    }

    static String endpoint(MigrationEmulator emulator) {
        return "--endpoint=" + emulator.endpoint();
    }

    // ------------------------------------------------------------------ smc

    @Test
    void smcDeleteReplicationJobPrintsTheRequestId(MigrationEmulator emulator) {
        emulator.smc().addJob("j-1", SmcJobStatus.STOPPED, SmcBusinessStatus.SYNCING);

        Run r = run(emulator, "smc", "delete-replication-job", endpoint(emulator), "j-1");

        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("ok  SMC DeleteReplicationJob j-1  request id "
                + emulator.journal().requests().get(0).requestId());
        assertThat(r.err()).isEmpty();
        assertThat(emulator.smc().jobs()).isEmpty();
    }

    @Test
    void smcStopOfAStoppedJobIsAServiceErrorWithCodeRequestIdAndHint(MigrationEmulator emulator) {
        emulator.smc().addJob("j-stopped", SmcJobStatus.STOPPED, SmcBusinessStatus.SYNCING);

        Run r = run(emulator, "smc", "stop-replication-job", endpoint(emulator), "j-stopped");

        assertThat(r.exit()).isEqualTo(3);
        assertThat(r.err()).contains("error: SMC StopReplicationJob j-stopped refused: ReplicationJob.InvalidStatus"
                        + " (HTTP 400)", "request id " + emulator.journal().requests().get(0).requestId(),
                "hint: only jobs that are Running and Syncing can be stopped");
    }

    @Test
    void smcDeleteOfARunningJobSaysStopItFirst(MigrationEmulator emulator) {
        emulator.smc().addJob("j-run", SmcJobStatus.RUNNING, SmcBusinessStatus.SYNCING);

        Run r = run(emulator, "smc", "delete-replication-job", endpoint(emulator), "j-run");

        assertThat(r.exit()).isEqualTo(3);
        assertThat(r.err()).contains("hint: the job is still running: `migsdk smc clean j-run` "
                + "stops it, waits until it is Stopped and deletes it");
    }

    @Test
    void someIdsFailingIsAPartialFailure(MigrationEmulator emulator) {
        emulator.smc().addJob("j-ok", SmcJobStatus.STOPPED, SmcBusinessStatus.SYNCING);
        emulator.smc().addJob("j-run", SmcJobStatus.RUNNING, SmcBusinessStatus.SYNCING);

        Run r = run(emulator, "smc", "delete-replication-job", endpoint(emulator), "j-ok", "j-run", "j-missing");

        assertThat(r.exit()).isEqualTo(4);
        assertThat(r.out()).contains("ok  SMC DeleteReplicationJob j-ok");
        assertThat(r.err()).contains("j-run refused: ReplicationJob.InvalidStatus",
                "j-missing refused: InvalidJobId.NotFound", "1 of 3 succeeded, 2 failed");
    }

    @Test
    void bulkRunsConcurrentlyWithAdaptiveRateLimitingAndAProgressBar(MigrationEmulator emulator) {
        List<String> ids = IntStream.range(0, 12).mapToObj(i -> "j-" + i).toList();
        ids.forEach(id -> emulator.smc().addJob(id, SmcJobStatus.STOPPED, SmcBusinessStatus.SYNCING));
        String[] args = java.util.stream.Stream.concat(java.util.stream.Stream.of("smc", "delete-replication-job",
                endpoint(emulator), "--concurrency", "4", "--progress"), ids.stream()).toArray(String[]::new);

        Run r = run(emulator, args);

        assertThat(r.exit()).isZero();
        assertThat(r.err()).contains("12/12  ok 12  failed 0", "12 of 12 succeeded");
        assertThat(emulator.smc().jobs()).isEmpty();
    }

    // ------------------------------------------------------------------ dts, oms, sms

    @Test
    void dtsDeleteSendsTheRegionAsRegionId(MigrationEmulator emulator) {
        emulator.dts().addJob("dts-1", DtsJobStatus.SYNCHRONIZING);

        Run r = run(emulator, "dts", "delete-dts-job", "--region", "cn-hangzhou", endpoint(emulator),
                "--direction", "forward", "dts-1");

        assertThat(r.exit()).isZero();
        JournalEntry sent = emulator.journal().requests().get(0);
        assertThat(sent.queryParameter("RegionId")).isEqualTo("cn-hangzhou");
        assertThat(sent.queryParameter("SynchronizationDirection")).isEqualTo("Forward");
    }

    @Test
    void missingRegionNamesTheFlagsBeforeCredentialsAreLookedUpAndSendsNothing(MigrationEmulator emulator) {
        AtomicInteger asked = new AtomicInteger();
        CliContextFactory counting = credentials(() -> {
            asked.incrementAndGet();
            return emulator.alibabaCredentials();
        }, () -> {
            asked.incrementAndGet();
            return emulator.huaweiCredentials();
        });

        Run dts = run(counting, "", "dts", "delete-dts-job", "dts-1");
        Run oms = run(counting, "", "oms", "delete-task", "1");
        Run sms = run(counting, "", "sms", "delete-task", "t-1");

        assertThat(List.of(dts.exit(), oms.exit(), sms.exit())).containsOnly(2);
        assertThat(dts.err()).isEqualTo("error: DTS needs a region: pass --region REGION (e.g. cn-hangzhou), or "
                + "--endpoint URI to call one endpoint directly\nTry 'migsdk dts delete-dts-job --help' for usage.\n");
        assertThat(oms.err()).contains("error: OMS needs a region: pass --region REGION (e.g. cn-north-4)");
        assertThat(sms.err()).contains("error: SMS needs a region: pass --region REGION (e.g. cn-north-4)");
        assertThat(asked).hasValue(0);
        assertThat(emulator.journal().requests()).isEmpty();
    }

    @Test
    void smcNeedsNoRegion(MigrationEmulator emulator) {
        Run r = run(emulator, "smc", "delete-replication-job", "--dry-run", "j-1");

        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("curl -X POST 'https://smc.aliyuncs.com/?Format=JSON&JobId=j-1'");
    }

    @Test
    void malformedEndpointIsAUsageErrorInTheOptionsOwnTerms(MigrationEmulator emulator) {
        Run noScheme = run(emulator, "smc", "delete-replication-job", "--endpoint", "smc.example.com", "j-1");
        Run path = run(emulator, "sms", "delete-task", "--endpoint", "https://sms.example.com/v3", "t-1");

        assertThat(noScheme.exit()).isEqualTo(2);
        assertThat(noScheme.err()).startsWith("error: --endpoint must be https://HOST[:PORT] (or "
                + "http://127.0.0.1:PORT for a local emulator), not 'smc.example.com'\n");
        assertThat(path.exit()).isEqualTo(2);
        assertThat(path.err()).startsWith("error: --endpoint takes scheme://HOST[:PORT] only, without a path, query "
                + "or user info: 'https://sms.example.com/v3'\n");
        assertThat(noScheme.all() + path.all()).doesNotContain("endpointOverride");
        assertThat(emulator.journal().requests()).isEmpty();
    }

    @Test
    void omsRunningTaskIsRefusedWithAPauseHint(MigrationEmulator emulator) {
        emulator.oms().addTask(2001, OmsTaskStatus.RUNNING);
        emulator.oms().addTask(2002, OmsTaskStatus.STOPPED);

        Run r = run(emulator, "oms", "delete-task", endpoint(emulator), "2001", "2002");

        assertThat(r.exit()).isEqualTo(4);
        assertThat(r.err()).contains("OMS DeleteTask 2001 refused: OMS.1002", "hint: the task is still running or "
                + "waiting: `migsdk oms clean 2001` (same --region) pauses it, waits and deletes it");
        assertThat(emulator.oms().tasks()).extracting(t -> t.taskId()).containsExactly(2001L);
    }

    @Test
    void omsNonNumericIdIsAUsageErrorBeforeAnythingIsSent(MigrationEmulator emulator) {
        Run r = run(emulator, "oms", "delete-task", endpoint(emulator), "12", "abc");

        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("invalid id(s): abc (OMS task ids are digits only, 0 to 999999999999999)");
        assertThat(emulator.journal().requests()).isEmpty();
    }

    @Test
    void omsIdThatOverflowsSaysWhatIsAcceptedAndSendsNothing(MigrationEmulator emulator) {
        Run r = run(emulator, "oms", "delete-task", endpoint(emulator), "2002", "99999999999999999999");

        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).isEqualTo("error: invalid id(s): 99999999999999999999 (OMS task ids are digits only, 0 to "
                + "999999999999999)\nTry 'migsdk oms delete-task --help' for usage.\n");
        assertThat(emulator.journal().requests()).isEmpty();
    }

    @Test
    void invalidIdsAreListedOncePerReasonAndCapped(MigrationEmulator emulator) {
        List<String> bad = IntStream.range(0, 12).mapToObj(i -> "x" + i).toList();
        String[] args = java.util.stream.Stream.concat(java.util.stream.Stream.of("oms", "delete-task",
                endpoint(emulator), "1"), bad.stream()).toArray(String[]::new);

        Run r = run(emulator, args);

        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).startsWith("error: invalid id(s): x0, x1, x2, x3, x4, x5, x6, x7, x8, x9 and 2 more (OMS "
                + "task ids are digits only, 0 to 999999999999999)\n");
        assertThat(emulator.journal().requests()).isEmpty();
    }

    @Test
    void omsWithoutAProjectIdSaysWhichFlagOrVariableGivesOne(MigrationEmulator emulator) {
        emulator.oms().addTask(2002, OmsTaskStatus.STOPPED);
        HuaweiAkSkCredentials noProject = HuaweiAkSkCredentials.builder()
                .accessKey(emulator.huaweiCredentials().accessKey())
                .secretKey(emulator.huaweiCredentials().secretKey()).build();
        CliContextFactory context = credentials(null, StaticCredentialsProvider.create(noProject));

        Run without = run(context, "", "oms", "delete-task", endpoint(emulator), "2002");

        assertThat(without.exit()).isEqualTo(2);
        assertThat(without.err()).startsWith("error: OMS needs a project id and the credentials carry none: pass "
                + "--project-id ID, or set HUAWEICLOUD_SDK_PROJECT_ID (or project_id in the [basic] section of "
                + "~/.huaweicloud/credentials)\n");
        assertThat(emulator.journal().requests()).isEmpty();

        Run with = run(context, "", "oms", "delete-task", endpoint(emulator), "--project-id", emulator.projectId(),
                "2002");

        assertThat(with.exit()).isZero();
        assertThat(emulator.journal().requests()).hasSize(1);
        assertThat(emulator.oms().tasks()).isEmpty();
    }

    @Test
    void omsIdsAreTheDocumentedRangeWrittenAsAsciiDigits(MigrationEmulator emulator) {
        ServiceCommands.OmsDeleteTask oms = new ServiceCommands.OmsDeleteTask();
        assertThat(List.of("0", "1", "007", "999999999999999", "000999999999999999"))
                .allSatisfy(id -> assertThat(oms.checkId(id)).as(id).isNull());
        assertThat(List.of("", "-1", "+1", "1000000000000000", "9223372036854775808", "1e3", "12 ", "\u0661\u0662"))
                .allSatisfy(id -> assertThat(oms.checkId(id)).as(id)
                        .isEqualTo("OMS task ids are digits only, 0 to 999999999999999"));
        emulator.oms().addTask(999_999_999_999_999L, OmsTaskStatus.STOPPED);

        Run r = run(emulator, "oms", "delete-task", endpoint(emulator), "999999999999999");

        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("ok  OMS DeleteTask 999999999999999  request id ");
        assertThat(emulator.journal().requests()).hasSize(1);
        assertThat(emulator.oms().tasks()).isEmpty();
    }

    @Test
    void smsIdsFromAFileWithJsonOutput(MigrationEmulator emulator, @TempDir Path dir) throws IOException {
        emulator.sms().addTask("t-1", SmsTaskState.READY);
        emulator.sms().addTask("t-2", SmsTaskState.MIGRATE_SUCCESS);
        emulator.sms().addTask("t-3", SmsTaskState.RUNNING);
        Path file = Files.writeString(dir.resolve("ids.txt"), "# tasks to delete\nt-1\n\n  t-2  \nt-3\nt-1\n");

        Run r = run(emulator, "sms", "delete-task", endpoint(emulator), "--ids-file", file.toString(),
                "--output", "json");

        assertThat(r.exit()).isEqualTo(4);
        JsonNode doc = JSON.readTree(r.out());
        assertThat(doc.path("service").asText()).isEqualTo("SMS");
        assertThat(doc.path("operation").asText()).isEqualTo("DeleteTask");
        assertThat(doc.path("results")).hasSize(3);
        assertThat(doc.path("results").get(0).path("outcome").asText()).isEqualTo("ok");
        assertThat(doc.path("results").get(0).path("requestId").asText()).isNotBlank();
        JsonNode refused = doc.path("results").get(2);
        assertThat(refused.path("id").asText()).isEqualTo("t-3");
        assertThat(refused.path("errorCode").asText()).isEqualTo("SMS.2015");
        assertThat(refused.path("httpStatus").asInt()).isEqualTo(400);
        assertThat(refused.path("hint").asText()).contains("`migsdk sms clean t-3`", "stops it");
        assertThat(doc.path("summary").path("succeeded").asInt()).isEqualTo(2);
    }

    @Test
    void smsIdsFromStdin(MigrationEmulator emulator) {
        emulator.sms().addTask("t-1", SmsTaskState.READY);
        emulator.sms().addTask("t-2", SmsTaskState.ABORT);

        Run r = run(wiredTo(emulator), "t-1\nt-2\n", "sms", "delete-task", endpoint(emulator), "-");

        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("ok  SMS DeleteTask t-1", "ok  SMS DeleteTask t-2");
        assertThat(emulator.sms().tasks()).isEmpty();
    }

    @Test
    void unreadableIdsFileIsAUsageError(MigrationEmulator emulator, @TempDir Path dir) {
        Run r = run(emulator, "sms", "delete-task", endpoint(emulator), "--ids-file", dir.resolve("no").toString());

        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).startsWith("error: cannot read --ids-file " + dir.resolve("no") + ": no such file\n");
    }

    // ------------------------------------------------------------------ dry run

    @Test
    void dryRunPrintsARedactedCurlAndSendsNothing(MigrationEmulator emulator) {
        AlibabaCredentials sts = AlibabaCredentials.of("STS.NUdryrun", "dry-run-secret-value",
                "CAISdryRunSecurityTokenValue");

        Run r = run(credentials(StaticCredentialsProvider.create(sts), null), "", "smc", "delete-replication-job",
                endpoint(emulator), "--dry-run", "j-1", "j-2");

        assertThat(r.exit()).isZero();
        assertThat(emulator.journal().requests()).isEmpty();
        assertThat(r.out()).contains("curl -X POST '" + emulator.endpoint() + "/?Format=JSON&JobId=j-1'",
                "JobId=j-2", "-H 'x-acs-action: DeleteReplicationJob'",
                "Credential=STS.NUdryrun,SignedHeaders=", "Signature=***", "-H 'x-acs-security-token: ***'",
                "not sent (dry run)");
        assertThat(r.all()).doesNotContain("dry-run-secret-value", "CAISdryRunSecurityTokenValue")
                .doesNotContainPattern("Signature=[0-9a-f]{16}");
    }

    @Test
    void dryRunReportsEachIdAsNotSentNeverAsASuccess(MigrationEmulator emulator) {
        Run r = run(emulator, "smc", "delete-replication-job", endpoint(emulator), "--dry-run", "--progress",
                "1001", "1002");

        assertThat(r.exit()).isZero();
        assertThat(emulator.journal().requests()).isEmpty();
        assertThat(r.out()).contains("# not sent (dry run): SMC DeleteReplicationJob 1001 (secrets shown as ***)\n"
                        + "curl -X POST '" + emulator.endpoint() + "/?Format=JSON&JobId=1001'",
                "# not sent (dry run): SMC DeleteReplicationJob 1002 (secrets shown as ***)\n");
        assertThat(r.err()).contains("2/2  not sent 2  failed 0").endsWith("\n2 requests not sent (dry run)\n");
        assertThat(r.all()).doesNotContain("succeeded", "ok  ", "request id", "ok 2");
    }

    @Test
    void dryRunJsonSaysNotSentAndCarriesNoRequestId(MigrationEmulator emulator) throws IOException {
        Run r = run(emulator, "smc", "delete-replication-job", endpoint(emulator), "--dry-run", "--output", "json",
                "1001", "1002");

        assertThat(r.exit()).isZero();
        assertThat(emulator.journal().requests()).isEmpty();
        JsonNode doc = JSON.readTree(r.out());
        assertThat(doc.path("dryRun").asBoolean()).isTrue();
        assertThat(doc.path("results")).hasSize(2).allSatisfy(result -> {
            assertThat(result.path("outcome").asText()).isEqualTo("not-sent");
            assertThat(result.has("requestId")).isFalse();
            assertThat(result.has("alreadyDeleted")).isFalse();
            assertThat(result.path("curl").asText()).startsWith("curl -X POST ");
        });
        assertThat(doc.path("results").get(1).path("curl").asText()).contains("JobId=1002");
        assertThat(doc.path("summary").toString())
                .isEqualTo("{\"total\":2,\"succeeded\":0,\"notSent\":2,\"failed\":0,\"notStarted\":0,"
                        + "\"inFlight\":0,\"stopped\":\"no\"}");
        assertThat(r.out()).doesNotContain("dry-run");
    }

    @Test
    void dryRunOfEveryServiceIsReportedNotSent(MigrationEmulator emulator) {
        List<List<String>> commands = List.of(List.of("smc", "stop-replication-job", "j-1"),
                List.of("dts", "delete-dts-job", "--region", "cn-hangzhou", "dts-1"),
                List.of("oms", "delete-task", "2002"), List.of("sms", "delete-task", "t-1"));

        for (List<String> command : commands) {
            String[] args = java.util.stream.Stream.concat(command.stream(),
                    java.util.stream.Stream.of(endpoint(emulator), "--dry-run")).toArray(String[]::new);
            Run r = run(emulator, args);

            assertThat(r.exit()).as("%s", command).isZero();
            assertThat(r.out()).as("%s", command).startsWith("# not sent (dry run): ").contains("curl -X ");
            assertThat(r.err()).as("%s", command).isEqualTo("1 request not sent (dry run)\n");
        }
        assertThat(emulator.journal().requests()).isEmpty();
    }

    @Test
    void dryRunWithAnIdNoRequestCanBeBuiltForIsAPartialFailure(MigrationEmulator emulator) {
        Run r = run(emulator, "sms", "delete-task", endpoint(emulator), "--dry-run", "t-1", "t\u00012");

        assertThat(r.exit()).isEqualTo(4);
        assertThat(emulator.journal().requests()).isEmpty();
        assertThat(r.out()).contains("# not sent (dry run): SMS DeleteTask t-1 ").doesNotContain("t\u00012");
        assertThat(r.err()).contains("error: SMS DeleteTask t\\u00012: not sent, the SDK refused the request: taskId "
                + "must not contain control characters").doesNotContain("\u0001")
                .endsWith("1 request not sent (dry run), 1 failed before a request was built\n");
    }

    @Test
    void dryRunOfAnRpcSignatureMasksTheSignatureQueryParameter() {
        java.util.List<String> masked = java.util.List.of(DryRun.redactHeader("Authorization",
                "SDK-HMAC-SHA256 Access=AK, SignedHeaders=host;x-sdk-date, Signature=abcdef0123"),
                DryRun.redactHeader("X-Auth-Token", "MIItoken"), DryRun.redactHeader("X-Security-Token", "tok"));

        assertThat(masked).containsExactly("SDK-HMAC-SHA256 Access=AK, SignedHeaders=host;x-sdk-date, Signature=***",
                "***", "***");
        okhttp3.Request rpc = new okhttp3.Request.Builder().url("https://smc.aliyuncs.com/?Action=DeleteReplicationJob"
                + "&SecurityToken=CAIS%2Bsecret&Signature=OLeaidS1JvxuMvnyHOwuJ%2BuX5qY%3D&JobId=j-1").build();
        assertThat(DryRun.curl(rpc)).isEqualTo("curl -X GET 'https://smc.aliyuncs.com/?Action=DeleteReplicationJob"
                + "&SecurityToken=***&Signature=***&JobId=j-1'");
    }

    @Test
    void dryRunWithAHuaweiTokenMasksIt(MigrationEmulator emulator) {
        var token = emulator.issueHuaweiTokenCredentials();

        Run r = run(credentials(null, StaticCredentialsProvider.create(token)), "", "sms", "delete-task",
                endpoint(emulator), "--dry-run", "--output", "json", "t-1");

        assertThat(r.exit()).isZero();
        assertThat(emulator.journal().requests()).isEmpty();
        assertThat(r.out()).contains("X-Auth-Token: ***", "\"dryRun\" : true").doesNotContain(token.token());
    }

    @Test
    void dryRunWithoutCredentialsSignsWithPlaceholders(MigrationEmulator emulator) {
        Run r = run(credentials(() -> {
            throw new CredentialsException("no credentials in the test");
        }, null), "", "smc", "delete-replication-job", "--dry-run", "j-1");

        assertThat(r.exit()).isZero();
        assertThat(r.err()).contains("note: no credentials found");
        assertThat(r.out()).contains("https://smc.aliyuncs.com/?Format=JSON&JobId=j-1", "DRYRUN_ACCESS_KEY_ID");
    }

    // ------------------------------------------------------------------ usage and client errors

    @Test
    void usageErrorsExitWith2(MigrationEmulator emulator) {
        assertThat(run(emulator).exit()).isEqualTo(2);
        assertThat(run(emulator, "smc").exit()).isEqualTo(2);
        assertThat(run(emulator, "smc", "delete-replication-job").err()).contains("no ids given");
        assertThat(run(emulator, "smc", "delete-replication-job", "--frobnicate", "j-1").exit()).isEqualTo(2);
        assertThat(run(emulator, "smc", "delete-replication-job", "--concurrency", "0", "j-1").exit()).isEqualTo(2);
        assertThat(run(emulator, "smc", "delete-replication-job", "--output", "yaml", "j-1").exit()).isEqualTo(2);
        Run profile = run(emulator, "sms", "delete-task", "--profile", "x", "t-1");
        assertThat(profile.exit()).isEqualTo(2);
        assertThat(profile.err()).contains("--profile applies to Alibaba Cloud");
        Run plain = run(emulator, "smc", "delete-replication-job", "--endpoint", "http://smc.example.com", "j-1");
        assertThat(plain.exit()).isEqualTo(2);
        assertThat(plain.err()).contains("plain http");
        assertThat(emulator.journal().requests()).isEmpty();
    }

    @Test
    void missingCredentialsExitWith5AndSayWhatToSet(MigrationEmulator emulator) {
        Run r = run(credentials(null, () -> {
            throw new CredentialsException("No Huawei credentials found: environment: HUAWEICLOUD_SDK_AK is not set");
        }), "", "oms", "delete-task", endpoint(emulator), "1");

        assertThat(r.exit()).isEqualTo(5);
        assertThat(r.err()).contains("error: no Huawei Cloud credentials", "hint: set HUAWEICLOUD_SDK_AK");
        assertThat(emulator.journal().requests()).isEmpty();
    }

    @Test
    void aProfileThatIsNotThereSaysWhereItWasLookedForAndHowToDoWithoutIt(MigrationEmulator emulator) {
        Run r = run(credentials(null, null), "", "smc", "delete-replication-job", endpoint(emulator),
                "--profile", "migsdk-test-no-such-profile", "j-1");

        assertThat(r.exit()).isEqualTo(5);
        assertThat(r.err()).contains("error: no Alibaba Cloud credentials: ", "  hint: with --profile "
                + "migsdk-test-no-such-profile the credentials come only from profile migsdk-test-no-such-profile of "
                + "~/.aliyun/config.json or section [migsdk-test-no-such-profile] of ~/.alibabacloud/credentials.ini: "
                + "add it there, or leave out --profile to use the default chain").doesNotContain("hint: set ");
        assertThat(emulator.journal().requests()).isEmpty();
    }

    @Test
    void profileOnHuaweiSaysWhatToDoInsteadAndItsHelpSaysSo(MigrationEmulator emulator) {
        Run r = run(emulator, "oms", "delete-task", endpoint(emulator), "--profile", "prod", "1");
        String omsHelp = run(emulator, "oms", "delete-task", "--help").out();
        String smcHelp = run(emulator, "smc", "delete-replication-job", "--help").out();

        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).startsWith("error: --profile applies to Alibaba Cloud (smc, dts) only: Huawei "
                + "credentials files have no named profiles. To use other credentials, set "
                + "HUAWEICLOUD_SDK_CREDENTIALS_FILE to another credentials file, or set HUAWEICLOUD_SDK_AK and "
                + "HUAWEICLOUD_SDK_SK\n");
        assertThat(emulator.journal().requests()).isEmpty();
        assertThat(omsHelp).containsPattern("--profile=NAME +Not supported on Huawei Cloud").doesNotContain("Alibaba");
        assertThat(smcHelp).containsPattern("--profile=NAME +Take the credentials only from profile NAME of")
                .doesNotContain("Not supported");
    }

    @Test
    void unreachableEndpointIsAClientError(MigrationEmulator emulator) throws IOException {
        int closedPort;
        try (ServerSocket s = new ServerSocket(0)) {
            closedPort = s.getLocalPort();
        }

        Run r = run(emulator, "smc", "delete-replication-job", "--endpoint", "http://127.0.0.1:" + closedPort, "j-1");

        assertThat(r.exit()).isEqualTo(5);
        assertThat(r.err()).contains("failed:", "hint: check --endpoint and the network");
    }

    @Test
    void helpDocumentsTheExitCodes(MigrationEmulator emulator) {
        Run r = run(emulator, "--help");

        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("Exit codes:", "smc", "dts", "oms", "sms", "emulator", "demo")
                .containsPattern("0 +every operation succeeded; with --dry-run: every request was built and")
                .containsPattern("2 +usage error").containsPattern("3 +the service refused")
                .containsPattern("4 +partial failure").containsPattern("5 +client error")
                .containsPattern("6 +--timeout passed").containsPattern("130 +interrupted \\(Ctrl-C\\)");
        assertThat(run(emulator, "smc", "delete-replication-job", "--help").out())
                .contains("--dry-run", "--ids-file", "--concurrency", "--output", "--profile", "--endpoint");
    }

    @Test
    void everyHelpFitsEightyColumnsAndKeepsPathsAndNamesWhole(MigrationEmulator emulator) {
        List<List<String>> commands = List.of(List.of(), List.of("smc"), List.of("smc", "delete-replication-job"),
                List.of("smc", "stop-replication-job"), List.of("dts"), List.of("dts", "delete-dts-job"),
                List.of("oms"), List.of("oms", "delete-task"), List.of("sms"), List.of("sms", "delete-task"),
                List.of("emulator"), List.of("demo"));
        StringBuilder all = new StringBuilder();

        for (List<String> command : commands) {
            Run r = run(emulator, java.util.stream.Stream.concat(command.stream(), java.util.stream.Stream.of(
                    "--help")).toArray(String[]::new));

            assertThat(r.exit()).as("%s", command).isZero();
            assertThat(r.out().lines()).as("%s", command).allSatisfy(line -> assertThat(line).hasSizeLessThan(81));
            all.append(r.out());
        }
        assertThat(all.toString()).contains("~/.aliyun/config.json", "~/.alibabacloud/credentials.ini",
                "~/.huaweicloud/credentials", "HUAWEICLOUD_SDK_CREDENTIALS_FILE", "::1", "https://HOST[:PORT]")
                .doesNotContain("Alibaba only", "endpointOverride");
    }

    @Test
    void readmeExitCodeTableIsTheOneInTheHelp() throws IOException {
        CliContext context = credentials(null, null).create(new PrintWriter(new StringWriter()),
                new PrintWriter(new StringWriter()), new byte[0]);
        var listed = Migsdk.commandLine(context).getCommandSpec().usageMessage().exitCodeList();
        String readme = Files.readString(Path.of("../README.md"));

        assertThat(listed).hasSize(7);
        listed.forEach((code, meaning) -> assertThat(readme).contains("| " + code.strip() + " | " + meaning + " |"));
    }

    @Test
    void emulatorAndDemoListTheirOwnExitCodes(MigrationEmulator emulator) {
        assertThat(run(emulator, "emulator", "--help").out())
                .containsPattern("0 +stopped by Ctrl-C \\(or stdin closed, with --until-stdin-closes\\)")
                .containsPattern("5 +cannot listen on the port").doesNotContain("every operation succeeded");
        assertThat(run(emulator, "demo", "--help").out())
                .containsPattern("0 +every task ended as expected and none is left")
                .containsPattern("3 +some task did not end as expected \\(marked UNEXPECTED\\)")
                .doesNotContain("partial failure");
    }

    // ------------------------------------------------------------------ emulator and demo

    @Test
    void emulatorCommandPrintsItsEndpointAndThrowawayCredentialsAndStopsWhenStdinClosesIfAsked() {
        Run r = run(credentials(null, null), "", "emulator", "--until-stdin-closes");

        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("listening on http://127.0.0.1:", "Alibaba AccessKey id:",
                MigrationEmulator.DEFAULT_ALIBABA_ACCESS_KEY_ID, "j-sample-running", "export HUAWEICLOUD_SDK_AK=")
                .endsWith("Running until Ctrl-C or the end of stdin.\nStopped.\n");
    }

    @Test
    void emulatorCommandKeepsRunningWhenStdinIsClosedAndStopsOnCtrlC() throws Exception {
        Interrupts interrupts = Interrupts.manual();
        StringWriter out = new StringWriter();
        CliContext context = new CliContext(new PrintWriter(out, true), new PrintWriter(new StringWriter(), true),
                new ByteArrayInputStream(new byte[0]), false, null, null, interrupts);
        java.util.concurrent.CompletableFuture<Integer> exit = java.util.concurrent.CompletableFuture.supplyAsync(
                () -> Migsdk.run(context, "emulator", "--empty"));
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(10);
        while (!out.toString().contains("Running until Ctrl-C.") && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
        String endpoint = out.toString().lines().filter(l -> l.contains("listening on ")).findFirst().orElseThrow()
                .replaceAll(".*listening on (http://[0-9.:]+).*", "$1");
        java.util.concurrent.TimeUnit.MILLISECONDS.sleep(200); // stdin is at its end: a silent exit would happen now

        assertThat(exit).isNotDone();
        try (java.net.Socket s = new java.net.Socket()) { // still serving
            s.connect(new java.net.InetSocketAddress("127.0.0.1", java.net.URI.create(endpoint).getPort()), 2000);
        }
        interrupts.fire();
        assertThat(exit.get(10, java.util.concurrent.TimeUnit.SECONDS)).isZero();
        assertThat(out.toString()).endsWith("Stopped." + System.lineSeparator());
    }

    @Test
    void emulatorOnABusyPortIsAClientError() throws IOException {
        try (ServerSocket busy = new ServerSocket(0, 1, java.net.InetAddress.getByName("127.0.0.1"))) {
            Run r = run(credentials(null, null), "", "emulator", "--port", String.valueOf(busy.getLocalPort()));

            assertThat(r.exit()).isEqualTo(5);
            assertThat(r.err()).contains("cannot listen");
        }
    }

    @Test
    void demoCleansUpRunningStoppedAndVanishedTasksOnAllFourServicesInAFewSeconds() {
        long start = System.nanoTime();

        Run r = run(credentials(null, null), "", "demo");

        assertThat(r.exit()).as(r.all()).isZero();
        assertThat(r.out()).contains("stop if needed -> wait until deletable -> delete")
                .containsPattern("deleted +smc:j-demo-running .*delete refused: ReplicationJob.InvalidStatus, stop, "
                        + "wait: Stopped after \\d+ polls, deleted")
                .containsPattern("deleted +smc:j-demo-stopped +1 ")
                .containsPattern("deleted +dts:dtsdemo-sync +3 ") // two throttled attempts, retried
                .containsPattern("deleted +oms:2001 .*stop, wait: PAUSED")
                .containsPattern("already deleted +oms:2003 +1 ")
                .containsPattern("deleted +sms:0f1e2d3c-running .*wait: ABORT")
                .contains("8 tasks: 7 deleted, 1 already deleted;", "of virtual time",
                        "Left on the services: none. All 8 tasks ended as expected.")
                .doesNotContain("UNEXPECTED");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
    }
}
