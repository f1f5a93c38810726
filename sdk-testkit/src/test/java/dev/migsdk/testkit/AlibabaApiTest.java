package dev.migsdk.testkit;

import static dev.migsdk.testkit.EmulatorClient.params;
import static dev.migsdk.testkit.EmulatorClient.send;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.migsdk.core.auth.AlibabaCredentials;
import dev.migsdk.testkit.EmulatorClient.Answer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import okhttp3.HttpUrl;
import okhttp3.Request;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AlibabaApiTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private MigrationEmulator emulator;
    private EmulatorClient client;

    @BeforeEach
    void start() {
        emulator = MigrationEmulator.start();
        client = new EmulatorClient(emulator);
    }

    @AfterEach
    void stop() {
        emulator.close();
    }

    private static JsonNode json(Answer a) throws Exception {
        return JSON.readTree(a.body());
    }

    // ------------------------------------------------------------------ SMC

    @Test
    void stopsARunningSyncingJobWithV3AndAnswersJson() throws Exception {
        emulator.smc().addJob("j-1", SmcJobStatus.RUNNING, SmcBusinessStatus.SYNCING);
        Answer a = send(client.smcV3("StopReplicationJob", "j-1", "JSON"));
        assertThat(a.code()).isEqualTo(200);
        assertThat(a.header("Content-Type")).isEqualTo("application/json;charset=utf-8");
        String requestId = json(a).get("RequestId").asText();
        assertThat(requestId).matches("[0-9A-F-]{36}");
        assertThat(a.header("x-acs-request-id")).isEqualTo(requestId);
        assertThat(emulator.smc().job("j-1")).hasValueSatisfying(j -> assertThat(j.status())
                .isEqualTo(SmcJobStatus.STOPPED));
    }

    @Test
    void deletesAStoppedJobWithV1AndAnswersXml() {
        emulator.smc().addJob("j-2", SmcJobStatus.STOPPED, SmcBusinessStatus.SYNCING);
        Answer a = send(client.smcV1("DeleteReplicationJob", "j-2", "xml"));
        assertThat(a.code()).isEqualTo(200);
        assertThat(a.header("Content-Type")).isEqualTo("text/xml;charset=utf-8");
        assertThat(a.body()).contains("<DeleteReplicationJobResponse><RequestId>")
                .contains("</RequestId></DeleteReplicationJobResponse>");
        assertThat(emulator.smc().job("j-2")).isEmpty();
    }

    @Test
    void acceptsV1OverGetAndV3WithSm3() {
        emulator.smc().addJob("j-3", SmcJobStatus.FINISHED, SmcBusinessStatus.CLEANING);
        emulator.smc().addJob("j-4", SmcJobStatus.IN_ERROR, SmcBusinessStatus.PROCESSING);
        Request get = TestSigner.alibabaV1(client.base(), "GET", emulator.alibabaCredentials(),
                params("Action", "DeleteReplicationJob", "Version", "2019-06-01", "Format", "JSON", "JobId", "j-3"),
                Instant.now(), TestSigner.nonce());
        assertThat(send(get).code()).isEqualTo(200);
        Answer sm3 = send(client.smcV3("DeleteReplicationJob", "j-4", "JSON", emulator.alibabaCredentials(),
                "ACS3-HMAC-SM3"));
        assertThat(sm3.code()).as(sm3.body()).isEqualTo(200);
        assertThat(emulator.smc().jobs()).isEmpty();
    }

    @Test
    void refusesToStopAJobThatIsNotRunningAndSyncing() throws Exception {
        emulator.smc().addJob("j-1", SmcJobStatus.STOPPED, SmcBusinessStatus.SYNCING);
        emulator.smc().addJob("j-2", SmcJobStatus.RUNNING, SmcBusinessStatus.PREPARING);
        Answer a = send(client.smcV3("StopReplicationJob", "j-1", "JSON"));
        assertThat(a.code()).isEqualTo(400);
        JsonNode body = json(a);
        assertThat(body.get("Code").asText()).isEqualTo("ReplicationJob.InvalidStatus");
        assertThat(body.get("Message").asText()).isEqualTo("The specified replication job status: Stopped is"
                + " invalid. This operation can only be performed in the following status: Running.");
        assertThat(body.get("HostId").asText()).isEqualTo("smc.aliyuncs.com");
        assertThat(body.get("Recommend").asText()).isEqualTo("https://api.aliyun.com/troubleshoot?q="
                + "ReplicationJob.InvalidStatus&product=Smc&requestId=" + body.get("RequestId").asText());
        assertThat(a.header("x-acs-request-id")).isEqualTo(body.get("RequestId").asText());
        assertThat(send(client.smcV3("StopReplicationJob", "j-2", "JSON")).code()).isEqualTo(400);
        assertThat(emulator.smc().job("j-2").orElseThrow().status()).isEqualTo(SmcJobStatus.RUNNING);
    }

    @Test
    void refusesToDeleteARunningOrDeletingJob() throws Exception {
        emulator.smc().addJob("j-1", SmcJobStatus.RUNNING, SmcBusinessStatus.SYNCING);
        emulator.smc().addJob("j-2", SmcJobStatus.DELETING, SmcBusinessStatus.CLEANING);
        for (String id : new String[] {"j-1", "j-2"}) {
            Answer a = send(client.smcV3("DeleteReplicationJob", id, "JSON"));
            assertThat(a.code()).isEqualTo(400);
            assertThat(json(a).get("Code").asText()).isEqualTo("ReplicationJob.InvalidStatus");
        }
        assertThat(emulator.smc().jobs()).hasSize(2);
    }

    @Test
    void answersNotFoundForUnknownJobsAndMissingJobIdInJsonAndXml() throws Exception {
        Answer stop = send(client.smcV3("StopReplicationJob", "j-nope", "JSON"));
        assertThat(stop.code()).isEqualTo(404);
        assertThat(json(stop).get("Code").asText()).isEqualTo("InvalidJobId.NotFound");
        assertThat(json(stop).get("Message").asText()).isEqualTo("The specified JobId does not exist.");

        Answer delete = send(client.smcV3("DeleteReplicationJob", "j-nope", "XML"));
        assertThat(delete.code()).isEqualTo(404);
        assertThat(delete.body()).startsWith("<?xml").contains("<Error><RequestId>")
                .contains("<HostId>smc.aliyuncs.com</HostId><Code>InvalidJobId.NotFound</Code>")
                .contains("<Recommend>https://api.aliyun.com/troubleshoot?q=InvalidJobId.NotFound&amp;product=Smc");

        Answer missing = send(client.smcV3("DeleteReplicationJob", null, "JSON"));
        assertThat(missing.code()).isEqualTo(400);
        assertThat(json(missing).get("Code").asText()).isEqualTo("MissingJobId");
        assertThat(json(missing).get("Message").asText()).isEqualTo("JobId is mandatory for this action.");
    }

    @Test
    void answersUnknownActionsWithInvalidActionNotFound() throws Exception {
        Request r = TestSigner.alibabaV3(client.base(), "ACS3-HMAC-SHA256", emulator.alibabaCredentials(),
                "StartReplicationJob", "2019-06-01", params(), Instant.now(), TestSigner.nonce());
        Answer a = send(r);
        assertThat(a.code()).isEqualTo(404);
        assertThat(json(a).get("Code").asText()).isEqualTo("InvalidAction.NotFound");
    }

    // ------------------------------------------------------------------ DTS

    @Test
    void deletesADtsJobInAnyStatusAndRecordsItsParameters() throws Exception {
        emulator.dts().addJob("l3m1", DtsJobStatus.SYNCHRONIZING);
        Answer a = send(client.dtsV3(params("DtsJobId", "l3m1", "DtsInstanceId", "dtsl3m1",
                "SynchronizationDirection", "Reverse", "RegionId", "cn-beijing")));
        assertThat(a.code()).isEqualTo(200);
        JsonNode body = json(a);
        assertThat(body.get("HttpStatusCode").asInt()).isEqualTo(200);
        assertThat(body.get("Success").asBoolean()).isTrue();
        assertThat(body.has("ErrCode")).isFalse();
        assertThat(emulator.dts().job("l3m1")).isEmpty();
        JournalEntry e = emulator.journal().requests(EmulatedService.DTS).get(0);
        assertThat(e.queryParameter("DtsInstanceId")).isEqualTo("dtsl3m1");
        assertThat(e.queryParameter("SynchronizationDirection")).isEqualTo("Reverse");
        assertThat(e.queryParameter("RegionId")).isEqualTo("cn-beijing");
        assertThat(e.succeeded()).isTrue();
    }

    @Test
    void reportsAnUnknownDtsJobAsSuccessFalseOnHttp200() throws Exception {
        Answer a = send(client.dtsV3(params("DtsJobId", "nope")));
        assertThat(a.code()).isEqualTo(200);
        JsonNode body = json(a);
        assertThat(body.get("HttpStatusCode").asInt()).isEqualTo(404);
        assertThat(body.get("Success").asBoolean()).isFalse();
        assertThat(body.get("ErrCode").asText()).isEqualTo("InvalidJobId.NotFound");
        assertThat(body.get("ErrMessage").asText()).isEqualTo("The specified job %s does not exist.");
        assertThat(body.get("DynamicMessage").asText()).isEqualTo("nope");
        assertThat(body.get("DynamicCode").asText()).isEqualTo("404");
        JournalEntry e = emulator.journal().requests(EmulatedService.DTS).get(0);
        assertThat(e.errorCode()).isEqualTo("InvalidJobId.NotFound");
        assertThat(e.succeeded()).isFalse();
    }

    @Test
    void rejectsAnInvalidSynchronizationDirectionInXml() {
        emulator.dts().addJob("l3m1", DtsJobStatus.MIGRATING);
        Answer a = send(client.dtsV3(params("DtsJobId", "l3m1", "SynchronizationDirection", "Sideways",
                "Format", "XML")));
        assertThat(a.code()).isEqualTo(200);
        assertThat(a.body()).contains("<DeleteDtsJobResponse><HttpStatusCode>400</HttpStatusCode>")
                .contains("<Success>false</Success><ErrCode>InvalidParameter</ErrCode>")
                .contains("<ErrMessage>The Value of Input Parameter %s is not valid.</ErrMessage>")
                .contains("<DynamicMessage>SynchronizationDirection</DynamicMessage>");
        assertThat(emulator.dts().job("l3m1")).isPresent();
    }

    @Test
    void answersDtsSuccessInXml() {
        emulator.dts().addJob("l3m1", DtsJobStatus.NOT_STARTED);
        Answer a = send(client.dtsV3(params("DtsJobId", "l3m1", "Format", "xml")));
        assertThat(a.body()).contains("<DeleteDtsJobResponse><HttpStatusCode>200</HttpStatusCode><RequestId>")
                .contains("<Success>true</Success></DeleteDtsJobResponse>");
    }

    // ------------------------------------------------------------------ signatures

    @Test
    void rejectsAV1SignatureMadeWithTheWrongSecretAndEchoesTheStringToSign() throws Exception {
        emulator.smc().addJob("j-1", SmcJobStatus.STOPPED, SmcBusinessStatus.SYNCING);
        AlibabaCredentials wrong = AlibabaCredentials.of(emulator.alibabaCredentials().accessKeyId(), "wrong");
        Request r = TestSigner.alibabaV1(client.base(), "POST", wrong, params("Action", "DeleteReplicationJob",
                "Version", "2019-06-01", "Format", "JSON", "JobId", "j-1"), Instant.now(), TestSigner.nonce());
        Answer a = send(r);
        assertThat(a.code()).isEqualTo(400);
        JsonNode body = json(a);
        assertThat(body.get("Code").asText()).isEqualTo("SignatureDoesNotMatch");
        assertThat(body.get("Message").asText()).startsWith("Specified signature is not matched with our"
                + " calculation. server string to sign is:POST&%2F&AccessKeyId%3D");
        assertThat(emulator.smc().job("j-1")).isPresent();
    }

    @Test
    void rejectsAV1RequestWhoseMethodDiffersFromTheSignedOne() {
        Request signedForGet = TestSigner.alibabaV1(client.base(), "GET", emulator.alibabaCredentials(),
                params("Action", "DeleteReplicationJob", "Version", "2019-06-01", "Format", "JSON", "JobId", "j"),
                Instant.now(), TestSigner.nonce());
        Request asPost = signedForGet.newBuilder().post(TestSigner.empty()).build();
        assertThat(send(asPost).body()).contains("SignatureDoesNotMatch");
    }

    @Test
    void rejectsAV3SignatureMadeWithTheWrongSecret() throws Exception {
        AlibabaCredentials wrong = AlibabaCredentials.of(emulator.alibabaCredentials().accessKeyId(), "wrong");
        Answer a = send(client.smcV3("DeleteReplicationJob", "j-1", "JSON", wrong, "ACS3-HMAC-SHA256"));
        assertThat(a.code()).isEqualTo(400);
        assertThat(json(a).get("Code").asText()).isEqualTo("SignatureDoesNotMatch");
        assertThat(json(a).get("Message").asText()).endsWith("server string to sign is:ACS3-HMAC-SHA256\n"
                + json(a).get("Message").asText().substring(json(a).get("Message").asText().length() - 64));
    }

    @Test
    void rejectsAV3RequestWithATamperedQueryOrAnUnsignedAcsHeader() throws Exception {
        Request good = client.smcV3("DeleteReplicationJob", "j-1", "JSON");
        HttpUrl tampered = good.url().newBuilder().setQueryParameter("JobId", "j-2").build();
        assertThat(json(send(good.newBuilder().url(tampered).build())).get("Code").asText())
                .isEqualTo("SignatureDoesNotMatch");

        Request unsigned = client.smcV3("DeleteReplicationJob", "j-1", "JSON").newBuilder()
                .header("x-acs-extra", "1").build();
        assertThat(json(send(unsigned)).get("Code").asText()).isEqualTo("IncompleteSignature");

        Request noNonce = client.smcV3("DeleteReplicationJob", "j-1", "JSON").newBuilder()
                .removeHeader("x-acs-signature-nonce").build();
        assertThat(json(send(noNonce)).get("Code").asText()).isEqualTo("IncompleteSignature");
    }

    @Test
    void rejectsV1RequestsWithMissingSignaturePieces() throws Exception {
        Request r = client.smcV1("DeleteReplicationJob", "j-1", "JSON");
        HttpUrl noSignature = r.url().newBuilder().removeAllQueryParameters("Signature").build();
        Answer a = send(r.newBuilder().url(noSignature).build());
        assertThat(a.code()).isEqualTo(400);
        assertThat(json(a).get("Code").asText()).isEqualTo("IncompleteSignature");
    }

    @Test
    void rejectsAnUnknownAccessKeyId() throws Exception {
        AlibabaCredentials unknown = AlibabaCredentials.of("LTAIunknown", "secret");
        Answer v3 = send(client.smcV3("DeleteReplicationJob", "j-1", "JSON", unknown, "ACS3-HMAC-SHA256"));
        assertThat(v3.code()).isEqualTo(404);
        assertThat(json(v3).get("Code").asText()).isEqualTo("InvalidAccessKeyId.NotFound");
        assertThat(json(v3).get("Message").asText()).isEqualTo("Specified access key is not found.");
    }

    @Test
    void rejectsATimestampOutsideFifteenMinutesOfTheEmulatorClock() throws Exception {
        Instant serverNow = Instant.parse("2024-06-01T12:00:00Z");
        try (MigrationEmulator skewed = MigrationEmulator.builder()
                .clock(Clock.fixed(serverNow, ZoneOffset.UTC)).start()) {
            EmulatorClient c = new EmulatorClient(skewed);
            c.signingTime = serverNow.minus(Duration.ofMinutes(16));
            Answer v3 = send(c.smcV3("DeleteReplicationJob", "j-1", "JSON"));
            assertThat(v3.code()).isEqualTo(400);
            assertThat(json(v3).get("Code").asText()).isEqualTo("InvalidTimeStamp.Expired");
            assertThat(json(v3).get("Message").asText()).isEqualTo("Specified time stamp or date value is expired.");
            c.signingTime = serverNow.plus(Duration.ofMinutes(16));
            assertThat(json(send(c.smcV1("DeleteReplicationJob", "j-1", "JSON"))).get("Code").asText())
                    .isEqualTo("InvalidTimeStamp.Expired");
            c.signingTime = serverNow.plus(Duration.ofMinutes(14));
            assertThat(json(send(c.smcV1("DeleteReplicationJob", "j-1", "JSON"))).get("Code").asText())
                    .isEqualTo("InvalidJobId.NotFound");
            assertThat(send(c.smcV1("DeleteReplicationJob", "j-1", "JSON")).header("Date"))
                    .isEqualTo("Sat, 01 Jun 2024 12:00:00 GMT");
        }
    }

    @Test
    void rejectsAReusedNonceForTheSameKey() throws Exception {
        Request first = client.smcV3("DeleteReplicationJob", "j-1", "JSON");
        assertThat(json(send(first)).get("Code").asText()).isEqualTo("InvalidJobId.NotFound");
        Answer replay = send(first);
        assertThat(replay.code()).isEqualTo(400);
        assertThat(json(replay).get("Code").asText()).isEqualTo("SignatureNonceUsed");
        assertThat(json(replay).get("Message").asText()).isEqualTo("Specified signature nonce was used already.");

        Request v1 = client.smcV1("DeleteReplicationJob", "j-1", "JSON");
        send(v1);
        assertThat(json(send(v1)).get("Code").asText()).isEqualTo("SignatureNonceUsed");
    }

    @Test
    void checksStsTokensAndTheirExpiry() throws Exception {
        MutableClock clock = new MutableClock(Instant.parse("2024-06-01T12:00:00Z"));
        try (MigrationEmulator e = MigrationEmulator.builder().clock(clock).start()) {
            EmulatorClient c = new EmulatorClient(e);
            AlibabaCredentials sts = AlibabaCredentials.of("STS.key", "sts-secret", "sts-token",
                    clock.instant().plus(Duration.ofHours(1)));
            e.registerAlibabaCredentials(sts);
            e.smc().addJob("j-1", SmcJobStatus.READY, SmcBusinessStatus.PREPARING);

            AlibabaCredentials wrongToken = AlibabaCredentials.of("STS.key", "sts-secret", "other-token");
            Answer malformed = send(c.smcV3("DeleteReplicationJob", "j-1", "JSON", wrongToken, "ACS3-HMAC-SHA256"));
            assertThat(malformed.code()).isEqualTo(400);
            assertThat(json(malformed).get("Code").asText()).isEqualTo("InvalidSecurityToken.Malformed");

            Request v1 = TestSigner.alibabaV1(c.base(), "POST", sts, params("Action", "StopReplicationJob",
                    "Version", "2019-06-01", "Format", "JSON", "JobId", "j-1"), clock.instant(), TestSigner.nonce());
            assertThat(json(send(v1)).get("Code").asText()).isEqualTo("ReplicationJob.InvalidStatus");

            clock.advance(Duration.ofHours(2));
            Answer expired = send(c.smcV3("DeleteReplicationJob", "j-1", "JSON", sts, "ACS3-HMAC-SHA256"));
            assertThat(expired.code()).isEqualTo(403);
            assertThat(json(expired).get("Code").asText()).isEqualTo("InvalidSecurityToken.Expired");
            assertThat(e.smc().job("j-1")).isPresent();
        }
    }
}
