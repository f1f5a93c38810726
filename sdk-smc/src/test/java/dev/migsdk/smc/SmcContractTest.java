package dev.migsdk.smc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.migsdk.core.RetryPolicy;
import dev.migsdk.core.SdkResponse;
import dev.migsdk.core.auth.AlibabaCredentials;
import dev.migsdk.core.auth.AlibabaSignatureAlgorithm;
import dev.migsdk.core.client.ResponseFormat;
import dev.migsdk.core.exception.ApiCallTimeoutException;
import dev.migsdk.core.exception.AuthenticationException;
import dev.migsdk.core.exception.CloudProvider;
import dev.migsdk.core.exception.InvalidStatusException;
import dev.migsdk.core.exception.ResourceNotFoundException;
import dev.migsdk.core.exception.ServiceException;
import dev.migsdk.core.exception.ThrottlingException;
import dev.migsdk.core.testing.CallMode;
import dev.migsdk.core.testing.Fixtures;
import dev.migsdk.smc.SmcHarness.Op;
import dev.migsdk.smc.model.DeleteReplicationJobResponse;
import dev.migsdk.smc.model.StopReplicationJobResponse;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * SMC DeleteReplicationJob and StopReplicationJob over MockWebServer: the exact request, the documented
 * success examples (JSON and XML) and the documented and common errors, each run through the sync and the
 * async client.
 */
class SmcContractTest {
    private static final String DOC_REQUEST_ID = "473469C7-AA6F-4DC5-B3DB-A3DC0DE3C83E";
    private static final String EMPTY_SHA256 = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";
    private static final String JOB = "j-bp17m1vi6x21qhqk1234";

    private SmcHarness h;

    static Stream<Arguments> cases() {
        return Stream.of(Op.values()).flatMap(op -> Stream.of(CallMode.values()).map(m -> Arguments.of(op, m)));
    }

    @BeforeEach
    void start() {
        h = new SmcHarness();
    }

    @AfterEach
    void stop() {
        h.close();
    }

    @ParameterizedTest
    @MethodSource("cases")
    void sendsAcs3SignedPostWithEveryParameterInTheQuery(Op op, CallMode mode) {
        h.enqueueJson(200, op.successFixture("json"));

        h.call(mode, op, JOB);

        RecordedRequest r = h.take();
        HttpUrl url = r.getUrl();
        assertThat(r.getMethod()).isEqualTo("POST");
        assertThat(url.encodedPath()).isEqualTo("/");
        assertThat(url.queryParameterNames()).containsExactlyInAnyOrder("Format", "JobId");
        assertThat(url.queryParameter("Format")).isEqualTo("JSON");
        assertThat(url.queryParameter("JobId")).isEqualTo(JOB);
        assertThat(r.getBodySize()).isZero();
        HttpUrl base = h.server.url("/");
        assertThat(r.getHeaders().get("host")).isEqualTo(base.host() + ":" + base.port());
        assertThat(r.getHeaders().get("x-acs-action")).isEqualTo(op.action);
        assertThat(r.getHeaders().get("x-acs-version")).isEqualTo("2019-06-01");
        assertThat(r.getHeaders().get("x-acs-date")).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ");
        assertThat(r.getHeaders().get("x-acs-signature-nonce")).matches("[0-9a-f]{32}");
        assertThat(r.getHeaders().get("x-acs-content-sha256")).isEqualTo(EMPTY_SHA256);
        assertThat(r.getHeaders().get("x-acs-security-token")).isNull();
        assertThat(r.getHeaders().get("Authorization")).matches("ACS3-HMAC-SHA256 Credential=testid,"
                + "SignedHeaders=host;x-acs-action;x-acs-content-sha256;x-acs-date;x-acs-signature-nonce;"
                + "x-acs-version,Signature=[0-9a-f]{64}");
        assertThat(r.getHeaders().get("User-Agent")).startsWith("migsdk-java/");
    }

    @ParameterizedTest
    @MethodSource("cases")
    void sendsRpcV1SignatureInTheQueryWhenAsked(Op op, CallMode mode) {
        h.close();
        h = new SmcHarness(b -> b.signatureAlgorithm(AlibabaSignatureAlgorithm.RPC_HMAC_SHA1)
                .credentials(AlibabaCredentials.of(SmcHarness.AK, SmcHarness.SECRET, "STS.token+/=*~ x")));
        h.enqueueJson(200, op.successFixture("json"));

        h.call(mode, op, JOB);

        RecordedRequest r = h.take();
        HttpUrl url = r.getUrl();
        assertThat(r.getMethod()).isEqualTo("POST");
        assertThat(url.encodedPath()).isEqualTo("/");
        assertThat(r.getBodySize()).isZero();
        assertThat(url.queryParameterNames()).containsExactlyInAnyOrder("Action", "Format", "Version", "JobId",
                "AccessKeyId", "SignatureMethod", "SignatureVersion", "SignatureNonce", "Timestamp",
                "SecurityToken", "Signature");
        assertThat(url.queryParameter("Action")).isEqualTo(op.action);
        assertThat(url.queryParameter("Format")).isEqualTo("JSON");
        assertThat(url.queryParameter("Version")).isEqualTo("2019-06-01");
        assertThat(url.queryParameter("JobId")).isEqualTo(JOB);
        assertThat(url.queryParameter("AccessKeyId")).isEqualTo("testid");
        assertThat(url.queryParameter("SignatureMethod")).isEqualTo("HMAC-SHA1");
        assertThat(url.queryParameter("SignatureVersion")).isEqualTo("1.0");
        assertThat(url.queryParameter("SignatureNonce")).isNotBlank();
        assertThat(url.queryParameter("Timestamp")).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ");
        assertThat(url.queryParameter("SecurityToken")).isEqualTo("STS.token+/=*~ x");
        assertThat(url.queryParameter("Signature")).matches("[A-Za-z0-9+/]{27}=");
        assertThat(r.getHeaders().get("Authorization")).isNull();
    }

    @ParameterizedTest
    @MethodSource("cases")
    void sendsStsTokenAsSignedAcs3Header(Op op, CallMode mode) {
        h.close();
        h = new SmcHarness(b -> b.credentials(AlibabaCredentials.of(SmcHarness.AK, SmcHarness.SECRET, "STS.abc")));
        h.enqueueJson(200, op.successFixture("json"));

        h.call(mode, op, JOB);

        RecordedRequest r = h.take();
        assertThat(r.getHeaders().get("x-acs-security-token")).isEqualTo("STS.abc");
        assertThat(r.getHeaders().get("Authorization")).contains("x-acs-security-token");
    }

    @ParameterizedTest
    @MethodSource("cases")
    void decodesDocumentedJsonSuccessExample(Op op, CallMode mode) {
        h.enqueueJson(200, op.successFixture("json"));

        SdkResponse response = h.call(mode, op, JOB);

        assertThat(response.requestId()).isEqualTo(DOC_REQUEST_ID);
        assertThat(response.httpStatus()).isEqualTo(200);
        if (response instanceof DeleteReplicationJobResponse d) {
            assertThat(d.alreadyDeleted()).isFalse();
        }
    }

    @ParameterizedTest
    @MethodSource("cases")
    void asksForAndDecodesDocumentedXmlSuccessExample(Op op, CallMode mode) {
        h.close();
        h = new SmcHarness(b -> b.responseFormat(ResponseFormat.XML));
        h.enqueue(200, op.successFixture("xml"), "Content-Type: text/xml;charset=utf-8");

        SdkResponse response = h.call(mode, op, JOB);

        assertThat(h.take().getUrl().queryParameter("Format")).isEqualTo("XML");
        assertThat(response.requestId()).isEqualTo(DOC_REQUEST_ID);
        assertThat(response.httpStatus()).isEqualTo(200);
    }

    @ParameterizedTest
    @EnumSource(CallMode.class)
    void deletesJobWithConsumerOverload(CallMode mode) {
        h.enqueueJson(200, Op.DELETE.successFixture("json"));

        DeleteReplicationJobResponse r = mode.call(() -> h.sync.deleteReplicationJob(b -> b.jobId(JOB)),
                () -> h.async.deleteReplicationJob(b -> b.jobId(JOB)));

        assertThat(r.requestId()).isEqualTo(DOC_REQUEST_ID);
        assertThat(h.take().getHeaders().get("x-acs-action")).isEqualTo("DeleteReplicationJob");
    }

    @ParameterizedTest
    @EnumSource(CallMode.class)
    void stopsJobWithConsumerOverload(CallMode mode) {
        h.enqueueJson(200, Op.STOP.successFixture("json"));

        StopReplicationJobResponse r = mode.call(() -> h.sync.stopReplicationJob(b -> b.jobId(JOB)),
                () -> h.async.stopReplicationJob(b -> b.jobId(JOB)));

        assertThat(r.requestId()).isEqualTo(DOC_REQUEST_ID);
        assertThat(h.take().getHeaders().get("x-acs-action")).isEqualTo("StopReplicationJob");
    }

    @ParameterizedTest
    @MethodSource("cases")
    void mapsInvalidStatusToTypedException(Op op, CallMode mode) {
        h.enqueueJson(400, Fixtures.read("fixtures/smc/error-ReplicationJob.InvalidStatus.json"));

        InvalidStatusException e = catchThrowableOfType(InvalidStatusException.class,
                () -> h.call(mode, op, JOB));

        assertThat(e.errorCode()).isEqualTo("ReplicationJob.InvalidStatus");
        assertThat(e.errorMessage()).isEqualTo("The specified replication job status is invalid.");
        assertThat(e.httpStatus()).isEqualTo(400);
        assertThat(e.requestId()).isEqualTo("0D5A5E0A-1B2C-4D3E-8F90-A1B2C3D4E5F6");
        assertThat(e.provider()).isEqualTo(CloudProvider.ALIBABA_CLOUD);
        assertThat(e.service()).isEqualTo("SMC");
        assertThat(e.operation()).isEqualTo(op.action);
        assertThat(e.serviceError().hostId()).isEqualTo("smc.aliyuncs.com");
        assertThat(e.serviceError().recommend()).startsWith("https://api.aliyun.com/troubleshoot");
        assertThat(e.attempts()).isEqualTo(1);
        assertThat(e.retryable()).isFalse();
        assertThat(e.getMessage()).endsWith("(Service: SMC, Operation: " + op.action + ", Status: 400, "
                + "Code: ReplicationJob.InvalidStatus, Request ID: 0D5A5E0A-1B2C-4D3E-8F90-A1B2C3D4E5F6, Attempts: 1)");
        assertThat(h.server.getRequestCount()).as("not retried").isEqualTo(1);
    }

    @ParameterizedTest
    @MethodSource("cases")
    void mapsXmlInvalidStatusToTypedException(Op op, CallMode mode) {
        h.close();
        h = new SmcHarness(b -> b.responseFormat(ResponseFormat.XML));
        h.enqueue(400, Fixtures.read("fixtures/smc/error-ReplicationJob.InvalidStatus.xml"),
                "Content-Type: text/xml;charset=utf-8");

        InvalidStatusException e = catchThrowableOfType(InvalidStatusException.class,
                () -> h.call(mode, op, JOB));

        assertThat(e.errorCode()).isEqualTo("ReplicationJob.InvalidStatus");
        assertThat(e.errorMessage()).isEqualTo("The specified replication job status is invalid.");
        assertThat(e.httpStatus()).isEqualTo(400);
        assertThat(e.requestId()).isEqualTo("0D5A5E0A-1B2C-4D3E-8F90-A1B2C3D4E5F6");
        assertThat(e.serviceError().hostId()).isEqualTo("smc.aliyuncs.com");
    }

    @ParameterizedTest
    @MethodSource("cases")
    void retriesInternalErrorThenReportsItWithEveryAttempt(Op op, CallMode mode) {
        for (int i = 0; i < 3; i++) {
            h.enqueueJson(500, Fixtures.read("fixtures/smc/error-InternalError.json"));
        }

        ServiceException e = catchThrowableOfType(ServiceException.class, () -> h.call(mode, op, JOB));

        assertThat(e.getClass()).isEqualTo(ServiceException.class);
        assertThat(e.errorCode()).isEqualTo("InternalError");
        assertThat(e.errorMessage()).startsWith("An error occurred while processing your request.");
        assertThat(e.httpStatus()).isEqualTo(500);
        assertThat(e.requestId()).isEqualTo("7C1F9E2A-3B4D-4E5F-8A9B-0C1D2E3F4A5B");
        assertThat(e.attempts()).isEqualTo(3);
        assertThat(e.retryable()).isTrue();
        assertThat(e.getSuppressed()).hasSize(2);
        assertThat(h.server.getRequestCount()).isEqualTo(3);
        assertThat(h.sleeper.delays()).hasSize(2);
    }

    @ParameterizedTest
    @MethodSource("cases")
    void mapsXmlInternalError(Op op, CallMode mode) {
        h.close();
        h = new SmcHarness(b -> b.responseFormat(ResponseFormat.XML).retryPolicy(RetryPolicy.none()));
        h.enqueue(500, Fixtures.read("fixtures/smc/error-InternalError.xml"), "Content-Type: text/xml;charset=utf-8");

        ServiceException e = catchThrowableOfType(ServiceException.class, () -> h.call(mode, op, JOB));

        assertThat(e.errorCode()).isEqualTo("InternalError");
        assertThat(e.httpStatus()).isEqualTo(500);
        assertThat(e.requestId()).isEqualTo("7C1F9E2A-3B4D-4E5F-8A9B-0C1D2E3F4A5B");
    }

    @ParameterizedTest
    @MethodSource("cases")
    void retriesWithFreshSignatureAndSucceeds(Op op, CallMode mode) {
        h.enqueueJson(503, "{\"RequestId\":\"r1\",\"Code\":\"ServiceUnavailable\",\"Message\":\"try later\"}");
        h.enqueueJson(200, op.successFixture("json"));

        SdkResponse response = h.call(mode, op, JOB);

        assertThat(response.requestId()).isEqualTo(DOC_REQUEST_ID);
        RecordedRequest first = h.take();
        RecordedRequest second = h.take();
        assertThat(second.getHeaders().get("x-acs-signature-nonce"))
                .isNotEqualTo(first.getHeaders().get("x-acs-signature-nonce"));
        assertThat(second.getHeaders().get("Authorization")).isNotEqualTo(first.getHeaders().get("Authorization"));
        assertThat(second.getUrl().queryParameter("JobId")).isEqualTo(JOB);
    }

    @ParameterizedTest
    @MethodSource("cases")
    void retriesThrottlingAndFailsWithThrottlingException(Op op, CallMode mode) {
        String body = "{\"RequestId\":\"T-1\",\"Code\":\"Throttling.User\","
                + "\"Message\":\"Request was denied due to user flow control.\"}";
        for (int i = 0; i < 3; i++) {
            h.enqueueJson(400, body);
        }

        ThrottlingException e = catchThrowableOfType(ThrottlingException.class, () -> h.call(mode, op, JOB));

        assertThat(e.errorCode()).isEqualTo("Throttling.User");
        assertThat(e.httpStatus()).isEqualTo(400);
        assertThat(e.attempts()).isEqualTo(3);
        assertThat(h.server.getRequestCount()).isEqualTo(3);
    }

    @ParameterizedTest
    @MethodSource("cases")
    void honoursRetryAfterOn429(Op op, CallMode mode) {
        h.enqueue(429, "{\"RequestId\":\"T-2\",\"Code\":\"Throttling\",\"Message\":\"slow down\"}",
                "Content-Type: application/json", "Retry-After: 3");
        h.enqueueJson(200, op.successFixture("json"));

        SdkResponse response = h.call(mode, op, JOB);

        assertThat(response.requestId()).isEqualTo(DOC_REQUEST_ID);
        assertThat(h.sleeper.delays()).hasSize(1);
        assertThat(h.sleeper.delays().get(0)).isGreaterThanOrEqualTo(Duration.ofSeconds(3));
    }

    @ParameterizedTest
    @MethodSource("cases")
    void neverRetriesAuthenticationFailures(Op op, CallMode mode) {
        for (String[] c : new String[][] {
                {"400", "SignatureDoesNotMatch", "Specified signature is not matched with our calculation."},
                {"404", "InvalidAccessKeyId.NotFound", "Specified access key is not found."},
                {"403", "InvalidSecurityToken.Expired", "Specified SecurityToken is expired."}}) {
            h.enqueueJson(Integer.parseInt(c[0]),
                    "{\"RequestId\":\"A-" + c[1] + "\",\"Code\":\"" + c[1] + "\",\"Message\":\"" + c[2] + "\"}");
            int before = h.server.getRequestCount();

            AuthenticationException e = catchThrowableOfType(AuthenticationException.class,
                    () -> h.call(mode, op, JOB));

            assertThat(e.errorCode()).isEqualTo(c[1]);
            assertThat(e.errorMessage()).isEqualTo(c[2]);
            assertThat(e.httpStatus()).isEqualTo(Integer.parseInt(c[0]));
            assertThat(e.requestId()).isEqualTo("A-" + c[1]);
            assertThat(e.attempts()).isEqualTo(1);
            assertThat(h.server.getRequestCount() - before).as("%s is not retried", c[1]).isEqualTo(1);
        }
    }

    @ParameterizedTest
    @MethodSource("cases")
    void mapsJobNotFoundToResourceNotFound(Op op, CallMode mode) {
        h.enqueueJson(404, "{\"RequestId\":\"N-1\",\"Code\":\"InvalidJobId.NotFound\","
                + "\"Message\":\"The specified job does not exist.\"}");

        ResourceNotFoundException e = catchThrowableOfType(ResourceNotFoundException.class,
                () -> h.call(mode, op, JOB));

        assertThat(e.errorCode()).isEqualTo("InvalidJobId.NotFound");
        assertThat(e.httpStatus()).isEqualTo(404);
        assertThat(e.requestId()).isEqualTo("N-1");
    }

    @ParameterizedTest
    @EnumSource(CallMode.class)
    void deleteWhoseRetryFindsNothingCountsAsAlreadyDeleted(CallMode mode) {
        h.enqueueJson(500, Fixtures.read("fixtures/smc/error-InternalError.json"));
        h.enqueueJson(404, "{\"RequestId\":\"N-2\",\"Code\":\"InvalidJobId.NotFound\",\"Message\":\"gone\"}");

        DeleteReplicationJobResponse r = (DeleteReplicationJobResponse) h.call(mode, Op.DELETE, JOB);

        assertThat(r.alreadyDeleted()).isTrue();
        assertThat(r.requestId()).isEqualTo("N-2");
        assertThat(r.httpStatus()).isEqualTo(404);
    }

    @ParameterizedTest
    @EnumSource(CallMode.class)
    void stopWhoseRetryFindsNothingStillFails(CallMode mode) {
        h.enqueueJson(500, Fixtures.read("fixtures/smc/error-InternalError.json"));
        h.enqueueJson(404, "{\"RequestId\":\"N-3\",\"Code\":\"InvalidJobId.NotFound\",\"Message\":\"gone\"}");

        assertThatThrownBy(() -> h.call(mode, Op.STOP, JOB)).isInstanceOf(ResourceNotFoundException.class);
    }

    @ParameterizedTest
    @MethodSource("cases")
    void sendsPerCallHeadersAndRefusesTheSdksOwn(Op op, CallMode mode) {
        h.enqueueJson(200, op.successFixture("json"));

        h.call(mode, op, JOB, o -> o.putHeader("X-Team", "migrations"));

        RecordedRequest r = h.take();
        assertThat(r.getHeaders().get("X-Team")).isEqualTo("migrations");
        String signed = r.getHeaders().get("Authorization").replaceAll(".*SignedHeaders=([^,]*),.*", "$1");
        assertThat(Set.of(signed.split(";"))).doesNotContain("x-team"); // ACS3 signs host, x-acs-* and content-type only
        assertThatThrownBy(() -> h.call(mode, op, JOB, o -> o.putHeader("x-acs-trace-id", "trace-1")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("header x-acs-trace-id is set by the SDK");
        assertThat(h.server.getRequestCount()).isEqualTo(1);
    }

    @ParameterizedTest
    @MethodSource("cases")
    void perCallRetryPolicyOverridesTheClients(Op op, CallMode mode) {
        h.enqueueJson(503, "{\"RequestId\":\"U-1\",\"Code\":\"ServiceUnavailable\",\"Message\":\"later\"}");

        ServiceException e = catchThrowableOfType(ServiceException.class,
                () -> h.call(mode, op, JOB, o -> o.retryPolicy(RetryPolicy.none())));

        assertThat(e.httpStatus()).isEqualTo(503);
        assertThat(e.attempts()).isEqualTo(1);
        assertThat(h.server.getRequestCount()).isEqualTo(1);
    }

    @ParameterizedTest
    @MethodSource("cases")
    void perCallTimeoutEndsTheCall(Op op, CallMode mode) {
        h.server.enqueue(new MockResponse.Builder().code(200).body(op.successFixture("json"))
                .headersDelay(2, TimeUnit.SECONDS).build());
        long start = System.nanoTime();

        assertThatThrownBy(() -> h.call(mode, op, JOB, o -> o.apiCallTimeout(Duration.ofMillis(200))))
                .isInstanceOf(ApiCallTimeoutException.class);

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(1500));
    }
}
