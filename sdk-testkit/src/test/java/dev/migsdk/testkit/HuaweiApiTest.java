package dev.migsdk.testkit;

import static dev.migsdk.testkit.EmulatorClient.params;
import static dev.migsdk.testkit.EmulatorClient.send;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.migsdk.core.auth.HuaweiAkSkCredentials;
import dev.migsdk.core.auth.HuaweiTokenCredentials;
import dev.migsdk.testkit.EmulatorClient.Answer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class HuaweiApiTest {
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

    private static void assertHuaweiError(Answer a, int status, String code, String message) throws Exception {
        assertThat(a.code()).isEqualTo(status);
        assertThat(json(a).get("error_code").asText()).isEqualTo(code);
        assertThat(json(a).get("error_msg").asText()).isEqualTo(message);
        assertThat(a.header("X-Request-Id")).matches("[0-9a-f]{32}");
    }

    // ------------------------------------------------------------------ OMS

    @Test
    void deletesAStoppedOmsTaskWithAnEmptyBody() {
        emulator.oms().addTask(1234567890123L, OmsTaskStatus.STOPPED);
        Answer a = send(client.omsDelete(emulator.projectId(), "1234567890123"));
        assertThat(a.code()).isEqualTo(200);
        assertThat(a.body()).isEmpty();
        assertThat(a.header("X-Request-Id")).matches("[0-9a-f]{32}");
        assertThat(a.header("Date")).isNotNull();
        assertThat(emulator.oms().task(1234567890123L)).isEmpty();
    }

    @Test
    void refusesToDeleteRunningOrWaitingOmsTasks() throws Exception {
        for (OmsTaskStatus s : new OmsTaskStatus[] {OmsTaskStatus.RUNNING, OmsTaskStatus.WAITING_FOR_SCHEDULING,
            OmsTaskStatus.PAUSING}) {
            emulator.oms().addTask(s.code(), s);
            assertHuaweiError(send(client.omsDelete(emulator.projectId(), String.valueOf(s.code()))), 400, "OMS.1002",
                    "The task is running and cannot be deleted. Pause the task first.");
        }
        assertThat(emulator.oms().tasks()).hasSize(3);
    }

    @Test
    void answersOmsNotFoundBadIdAndForeignProject() throws Exception {
        assertHuaweiError(send(client.omsDelete(emulator.projectId(), "42")), 404, "OMS.1009", "No resources found.");
        assertHuaweiError(send(client.omsDelete(emulator.projectId(), "abc")), 400, "OMS.0064",
                "Invalid request parameters.");
        assertHuaweiError(send(client.omsDelete(emulator.projectId(), "0")), 404, "OMS.1009", "No resources found.");
        assertHuaweiError(send(client.omsDelete(emulator.projectId(), "1000000000000000")), 400, "OMS.0064",
                "Invalid request parameters."); // past the documented 0..999999999999999
        emulator.oms().addTask(7, OmsTaskStatus.SUCCEEDED);
        assertHuaweiError(send(client.omsDelete("someoneelsesproject", "7")), 403, "OMS.0002",
                "The project ID does not match the token or AK/SK.");
        assertThat(emulator.oms().task(7)).isPresent();
    }

    // ------------------------------------------------------------------ SMS

    @Test
    void deletesAFinishedSmsTask() {
        emulator.sms().addTask("0f1e2d3c-4b5a", SmsTaskState.MIGRATE_SUCCESS);
        Answer a = send(client.smsDelete("0f1e2d3c-4b5a"));
        assertThat(a.code()).isEqualTo(200);
        assertThat(a.body()).isEmpty();
        assertThat(emulator.sms().task("0f1e2d3c-4b5a")).isEmpty();
    }

    @Test
    void refusesToDeleteRunningSmsTasksAndAnswersUnknownOnes() throws Exception {
        for (SmsTaskState s : new SmsTaskState[] {SmsTaskState.RUNNING, SmsTaskState.SYNCING,
            SmsTaskState.ABORTING, SmsTaskState.DELETING}) {
            emulator.sms().addTask("t-" + s, s);
            assertHuaweiError(send(client.smsDelete("t-" + s)), 400, "SMS.2015",
                    "Running or stopping tasks cannot be deleted.");
        }
        assertHuaweiError(send(client.smsDelete("nope")), 404, "SMS.2252", "The task does not exist.");
        assertThat(emulator.sms().tasks()).hasSize(4);
    }

    @Test
    void answersTheDocumentedForbiddenBodyForAForbiddenTask() throws Exception {
        emulator.sms().addForbiddenTask("locked");
        Answer a = send(client.smsDelete("locked"));
        assertThat(a.code()).isEqualTo(403);
        JsonNode body = json(a);
        assertThat(body.get("error_code").asText()).isEqualTo("SMS.9004");
        assertThat(body.get("encoded_authorization_message").asText()).isEqualTo("XXXXXX");
        assertThat(body.get("error_param").get(0).asText())
                .isEqualTo("You do not have permission to perform action XXX on resource XXX.");
        assertThat(body.get("details").get(0).get("error_code").asText()).isEqualTo("SMS.9004");
        assertThat(emulator.sms().task("locked")).isPresent();
    }

    @Test
    void decodesPathSegmentsBeforeLookingTasksUp() {
        emulator.sms().addTask("a b/c", SmsTaskState.READY);
        assertThat(send(client.smsDelete("a b/c")).code()).isEqualTo(200);
        assertThat(emulator.journal().requests(EmulatedService.SMS).get(0).path()).isEqualTo("/v3/tasks/a b/c");
    }

    // ------------------------------------------------------------------ gateway auth

    @Test
    void rejectsASignatureMadeWithTheWrongSecretKey() throws Exception {
        emulator.sms().addTask("t", SmsTaskState.READY);
        HuaweiAkSkCredentials wrong = emulator.huaweiCredentials().toBuilder().secretKey("wrong").build();
        HttpUrl url = client.base().newBuilder().addPathSegments("v3/tasks/t").build();
        assertHuaweiError(send(TestSigner.huawei(url, "DELETE", wrong, params(), Instant.now())), 401, "APIGW.0301",
                "Incorrect IAM authentication information: verify aksk signature fail");
        assertThat(json(send(TestSigner.huawei(url, "DELETE", wrong, params(), Instant.now())))
                .get("request_id").asText()).matches("[0-9a-f]{32}");
        assertThat(emulator.sms().task("t")).isPresent();
    }

    @Test
    void rejectsATamperedPathAndMissingSignedHeaders() throws Exception {
        emulator.oms().addTask(1, OmsTaskStatus.STOPPED);
        emulator.oms().addTask(2, OmsTaskStatus.STOPPED);
        Request signedFor1 = client.omsDelete(emulator.projectId(), "1");
        HttpUrl other = signedFor1.url().newBuilder().setPathSegment(3, "2").build();
        assertHuaweiError(send(signedFor1.newBuilder().url(other).build()), 401, "APIGW.0301",
                "Incorrect IAM authentication information: verify aksk signature fail");

        Request r = client.omsDelete(emulator.projectId(), "1");
        String auth = r.header("Authorization").replace("SignedHeaders=host;", "SignedHeaders=");
        assertHuaweiError(send(r.newBuilder().header("Authorization", auth).build()), 401, "APIGW.0301",
                "Incorrect IAM authentication information: verify aksk signature fail");
        assertThat(emulator.oms().tasks()).hasSize(2);
    }

    @Test
    void rejectsAnUnknownAk() throws Exception {
        HuaweiAkSkCredentials unknown = HuaweiAkSkCredentials.of("UNKNOWNAK", "sk");
        assertHuaweiError(send(client.omsDelete(emulator.projectId(), "1", unknown)), 401, "APIGW.0301",
                "Incorrect IAM authentication information: Get secretKey failed, ak not exist");
    }

    @Test
    void rejectsAnXSdkDateOutsideTheWindow() throws Exception {
        Instant serverNow = Instant.parse("2024-06-01T12:00:00Z");
        try (MigrationEmulator skewed = MigrationEmulator.builder()
                .clock(Clock.fixed(serverNow, ZoneOffset.UTC)).start()) {
            EmulatorClient c = new EmulatorClient(skewed);
            c.signingTime = serverNow.minus(Duration.ofMinutes(20));
            Answer a = send(c.smsDelete("t"));
            assertHuaweiError(a, 401, "APIGW.0301", "Incorrect IAM authentication information: signature expired,"
                    + " signature time: 20240601T114000Z, server time: 20240601T120000Z");
            assertThat(a.header("Date")).isEqualTo("Sat, 01 Jun 2024 12:00:00 GMT");
        }
    }

    @Test
    void acceptsTemporaryAkSkOnlyWithItsSecurityToken() throws Exception {
        HuaweiAkSkCredentials temp = HuaweiAkSkCredentials.builder().accessKey("TEMPAK").secretKey("tempsk")
                .securityToken("sec-token").projectId(emulator.projectId()).build();
        emulator.registerHuaweiCredentials(temp);
        emulator.oms().addTask(5, OmsTaskStatus.FAILED);
        HuaweiAkSkCredentials wrongToken = temp.toBuilder().securityToken("other").build();
        assertHuaweiError(send(client.omsDelete(emulator.projectId(), "5", wrongToken)), 401, "APIGW.0301",
                "Incorrect IAM authentication information: decrypt token fail");
        assertThat(send(client.omsDelete(emulator.projectId(), "5", temp)).code()).isEqualTo(200);
    }

    @Test
    void acceptsIssuedTokensAndRejectsOthers() throws Exception {
        emulator.sms().addTask("t", SmsTaskState.ABORT);
        assertHuaweiError(send(client.smsDeleteWithToken("t", "not-a-token")), 401, "APIGW.0301",
                "Incorrect IAM authentication information: decrypt token fail");
        assertThat(send(client.smsDeleteWithToken("t", emulator.issueHuaweiToken())).code()).isEqualTo(200);

        emulator.registerHuaweiToken("seeded-token", Instant.now().plus(Duration.ofMinutes(5)));
        emulator.oms().addTask(9, OmsTaskStatus.SUCCEEDED);
        HttpUrl url = client.base().newBuilder().addPathSegments("v2/" + emulator.projectId() + "/tasks/9").build();
        assertThat(send(new Request.Builder().url(url).delete().header("X-Auth-Token", "seeded-token").build())
                .code()).isEqualTo(200);

        HuaweiTokenCredentials creds = emulator.issueHuaweiTokenCredentials();
        assertThat(creds.projectId()).isEqualTo(emulator.projectId());
        assertThat(creds.expiration()).isAfter(Instant.now().plus(Duration.ofHours(23)));
    }

    @Test
    void answersUnknownRoutesLikeTheGateway() throws Exception {
        HttpUrl url = client.base().newBuilder().addPathSegments("v1/nothing/here").build();
        Answer a = send(new Request.Builder().url(url).get().build());
        assertThat(a.code()).isEqualTo(404);
        assertThat(json(a).get("error_code").asText()).isEqualTo("APIGW.0101");
    }

    // ------------------------------------------------------------------ IAM

    private Answer passwordToken(String domain, String user, String password) {
        String body = "{\"auth\":{\"identity\":{\"methods\":[\"password\"],\"password\":{\"user\":{\"domain\":"
                + "{\"name\":\"" + domain + "\"},\"name\":\"" + user + "\",\"password\":\"" + password + "\"}}},"
                + "\"scope\":{\"project\":{\"name\":\"cn-north-4\"}}}}";
        HttpUrl url = client.base().newBuilder().addPathSegments("v3/auth/tokens").build();
        return send(new Request.Builder().url(url)
                .post(RequestBody.create(body, MediaType.get("application/json;charset=utf8"))).build());
    }

    @Test
    void issuesATokenForARegisteredUserThatThenAuthenticatesForADay() throws Exception {
        MutableClock clock = new MutableClock(Instant.parse("2024-06-01T12:00:00Z"));
        try (MigrationEmulator e = MigrationEmulator.builder().clock(clock).start()) {
            client = new EmulatorClient(e);
            emulator.close();
            emulator = e;
            HuaweiIamUser user = e.huaweiUser();
            Answer a = passwordToken(user.domainName(), user.userName(), user.password());
            assertThat(a.code()).isEqualTo(201);
            String token = a.header("X-Subject-Token");
            assertThat(token).isNotBlank();
            JsonNode t = json(a).get("token");
            assertThat(t.get("expires_at").asText()).isEqualTo("2024-06-02T12:00:00.000000Z");
            assertThat(t.get("issued_at").asText()).isEqualTo("2024-06-01T12:00:00.000000Z");
            assertThat(t.get("project").get("id").asText()).isEqualTo(e.projectId());

            e.sms().addTask("t1", SmsTaskState.READY);
            e.sms().addTask("t2", SmsTaskState.READY);
            assertThat(send(client.smsDeleteWithToken("t1", token)).code()).isEqualTo(200);
            clock.advance(Duration.ofHours(24));
            Answer expired = send(client.smsDeleteWithToken("t2", token));
            assertThat(expired.code()).isEqualTo(401);
            assertThat(json(expired).get("error_code").asText()).isEqualTo("APIGW.0301");
            assertThat(e.journal().requests().get(0).operation()).isEqualTo("CreateToken");
            assertThat(e.journal().requests().get(0).service()).isNull();
        }
    }

    @Test
    void refusesWrongPasswordsAndAcceptsRegisteredUsers() throws Exception {
        Answer wrong = passwordToken(emulator.huaweiUser().domainName(), emulator.huaweiUser().userName(), "nope");
        assertThat(wrong.code()).isEqualTo(401);
        assertThat(json(wrong).get("error").get("message").asText()).isEqualTo("The username or password is wrong.");
        assertThat(json(wrong).get("error").get("title").asText()).isEqualTo("Unauthorized");
        assertThat(json(wrong).get("error").get("code").asInt()).isEqualTo(401);

        emulator.registerHuaweiUser("acme", "alice", "s3cret");
        assertThat(passwordToken("acme", "alice", "s3cret").code()).isEqualTo(201);
    }
}
