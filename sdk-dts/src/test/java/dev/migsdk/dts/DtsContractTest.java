package dev.migsdk.dts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.migsdk.core.RetryPolicy;
import dev.migsdk.core.auth.AlibabaSignatureAlgorithm;
import dev.migsdk.core.client.ResponseFormat;
import dev.migsdk.core.exception.ApiCallTimeoutException;
import dev.migsdk.core.exception.AuthenticationException;
import dev.migsdk.core.exception.ResourceNotFoundException;
import dev.migsdk.core.exception.ServiceException;
import dev.migsdk.core.exception.ThrottlingException;
import dev.migsdk.core.testing.CallMode;
import dev.migsdk.dts.model.DeleteDtsJobRequest;
import dev.migsdk.dts.model.DeleteDtsJobResponse;
import dev.migsdk.dts.model.SynchronizationDirection;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * DTS DeleteDtsJob over MockWebServer: the exact request, the documented success example (JSON and XML,
 * including its {@code ErrCode: InternalError} slip), {@code Success=false} answers on HTTP 200 and the
 * documented errors, each run through the sync and the async client.
 */
class DtsContractTest {
    private static final String DOC_REQUEST_ID = "01B6F25-21E7-4484-99D5-3EF2625C****";
    private static final String EMPTY_SHA256 = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

    private DtsHarness h;

    static Stream<Arguments> formatsAndModes() {
        return Stream.of(ResponseFormat.values())
                .flatMap(f -> Stream.of(CallMode.values()).map(m -> Arguments.of(f, m)));
    }

    private DtsHarness harness(ResponseFormat format) {
        h = new DtsHarness(format, b -> { });
        return h;
    }

    @AfterEach
    void stop() {
        if (h != null) {
            h.close();
        }
    }

    @ParameterizedTest
    @EnumSource(CallMode.class)
    void sendsAcs3SignedPostWithEveryDocumentedParameterInTheQuery(CallMode mode) {
        harness(ResponseFormat.JSON).enqueueFixture(200, "DeleteDtsJob-success");

        h.delete(mode, DeleteDtsJobRequest.builder().dtsJobId("l3m1213ye7l1234").dtsInstanceId("dtsl3m1213ye7l1234")
                .synchronizationDirection(SynchronizationDirection.REVERSE).regionId("cn-beijing").build());

        RecordedRequest r = h.take();
        HttpUrl url = r.getUrl();
        assertThat(r.getMethod()).isEqualTo("POST");
        assertThat(url.encodedPath()).isEqualTo("/");
        assertThat(r.getBodySize()).isZero();
        assertThat(url.queryParameterNames()).containsExactlyInAnyOrder("Format", "DtsJobId", "DtsInstanceId",
                "SynchronizationDirection", "RegionId");
        assertThat(url.queryParameter("Format")).isEqualTo("JSON");
        assertThat(url.queryParameter("DtsJobId")).isEqualTo("l3m1213ye7l1234");
        assertThat(url.queryParameter("DtsInstanceId")).isEqualTo("dtsl3m1213ye7l1234");
        assertThat(url.queryParameter("SynchronizationDirection")).isEqualTo("Reverse");
        assertThat(url.queryParameter("RegionId")).isEqualTo("cn-beijing");
        assertThat(r.getHeaders().get("x-acs-action")).isEqualTo("DeleteDtsJob");
        assertThat(r.getHeaders().get("x-acs-version")).isEqualTo("2020-01-01");
        assertThat(r.getHeaders().get("x-acs-date")).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ");
        assertThat(r.getHeaders().get("x-acs-signature-nonce")).matches("[0-9a-f]{32}");
        assertThat(r.getHeaders().get("x-acs-content-sha256")).isEqualTo(EMPTY_SHA256);
        HttpUrl base = h.server.url("/");
        assertThat(r.getHeaders().get("host")).isEqualTo(base.host() + ":" + base.port());
        assertThat(r.getHeaders().get("Authorization")).matches("ACS3-HMAC-SHA256 Credential=testid,"
                + "SignedHeaders=host;x-acs-action;x-acs-content-sha256;x-acs-date;x-acs-signature-nonce;"
                + "x-acs-version,Signature=[0-9a-f]{64}");
    }

    @ParameterizedTest
    @EnumSource(CallMode.class)
    void leavesOutOptionalParametersThatWereNotSet(CallMode mode) {
        harness(ResponseFormat.JSON).enqueueFixture(200, "DeleteDtsJob-success");

        h.delete(mode, b -> b.dtsJobId("l3m1213ye7l1234").synchronizationDirection(SynchronizationDirection.FORWARD));

        HttpUrl url = h.take().getUrl();
        assertThat(url.queryParameterNames()).containsExactlyInAnyOrder("Format", "DtsJobId",
                "SynchronizationDirection");
        assertThat(url.queryParameter("SynchronizationDirection")).isEqualTo("Forward");
    }

    @ParameterizedTest
    @EnumSource(CallMode.class)
    void sendsRpcV1SignatureInTheQueryWhenAsked(CallMode mode) {
        h = new DtsHarness(ResponseFormat.JSON, b -> b.signatureAlgorithm(AlibabaSignatureAlgorithm.RPC_HMAC_SHA1));
        h.enqueueFixture(200, "DeleteDtsJob-success");

        h.delete(mode, b -> b.dtsJobId("l3m1213ye7l1234").regionId("cn-beijing"));

        RecordedRequest r = h.take();
        HttpUrl url = r.getUrl();
        assertThat(r.getMethod()).isEqualTo("POST");
        assertThat(url.queryParameterNames()).containsExactlyInAnyOrder("Action", "Format", "Version", "DtsJobId",
                "RegionId", "AccessKeyId", "SignatureMethod", "SignatureVersion", "SignatureNonce", "Timestamp",
                "Signature");
        assertThat(url.queryParameter("Action")).isEqualTo("DeleteDtsJob");
        assertThat(url.queryParameter("Version")).isEqualTo("2020-01-01");
        assertThat(url.queryParameter("SignatureMethod")).isEqualTo("HMAC-SHA1");
        assertThat(url.queryParameter("SignatureVersion")).isEqualTo("1.0");
        assertThat(url.queryParameter("Signature")).matches("[A-Za-z0-9+/]{27}=");
        assertThat(r.getHeaders().get("Authorization")).isNull();
    }

    @ParameterizedTest
    @MethodSource("formatsAndModes")
    void decodesDocumentedSuccessExampleDespiteItsErrCode(ResponseFormat format, CallMode mode) {
        harness(format).enqueueFixture(200, "DeleteDtsJob-success");

        DeleteDtsJobResponse r = h.delete(mode, b -> b.dtsJobId("l3m1213ye7l1234"));

        assertThat(h.take().getUrl().queryParameter("Format")).isEqualTo(format.name());
        assertThat(r.success()).isTrue();
        assertThat(r.httpStatusCode()).isEqualTo(200);
        assertThat(r.httpStatus()).isEqualTo(200);
        assertThat(r.requestId()).isEqualTo(DOC_REQUEST_ID);
        assertThat(r.errCode()).isEqualTo("InternalError");
        assertThat(r.errMessage()).isEqualTo("The Value of Input Parameter %s is not valid.");
        assertThat(r.dynamicMessage()).isEqualTo("DtsJobId");
        assertThat(r.dynamicCode()).isEqualTo("403");
        assertThat(r.alreadyDeleted()).isFalse();
        assertThat(h.server.getRequestCount()).as("a success is not retried").isEqualTo(1);
    }

    @ParameterizedTest
    @MethodSource("formatsAndModes")
    void throwsSuccessFalseOnHttp200WithDynamicMessageSubstituted(ResponseFormat format, CallMode mode) {
        harness(format).enqueueFixture(200, "DeleteDtsJob-business-failure");

        ServiceException e = catchThrowableOfType(ServiceException.class,
                () -> h.delete(mode, b -> b.dtsJobId("l3m1213ye7l1234")));

        assertThat(e.getClass()).isEqualTo(ServiceException.class);
        assertThat(e.errorCode()).isEqualTo("InvalidParameter");
        assertThat(e.errorMessage()).isEqualTo("The Value of Input Parameter DtsJobId is not valid.");
        assertThat(e.httpStatus()).isEqualTo(200);
        assertThat(e.requestId()).isEqualTo("8A1E4F2B-5C6D-4E7F-9A0B-1C2D3E4F5A6B");
        assertThat(e.service()).isEqualTo("DTS");
        assertThat(e.operation()).isEqualTo("DeleteDtsJob");
        assertThat(e.getMessage()).startsWith("The Value of Input Parameter DtsJobId is not valid. (Service: DTS, "
                + "Operation: DeleteDtsJob, Status: 200, Code: InvalidParameter, "
                + "Request ID: 8A1E4F2B-5C6D-4E7F-9A0B-1C2D3E4F5A6B, Attempts: 1)");
        assertThat(h.server.getRequestCount()).isEqualTo(1);
    }

    @ParameterizedTest
    @EnumSource(CallMode.class)
    void mapsJobNotFoundReportedWithSuccessFalseToResourceNotFound(CallMode mode) {
        harness(ResponseFormat.JSON).enqueue(200, "{\"RequestId\":\"N-1\",\"Success\":false,\"HttpStatusCode\":404,"
                + "\"ErrCode\":\"InvalidJobId.NotFound\",\"ErrMessage\":\"The job %s does not exist.\","
                + "\"DynamicMessage\":\"l3m1\"}", "Content-Type: application/json");

        ResourceNotFoundException e = catchThrowableOfType(ResourceNotFoundException.class,
                () -> h.delete(mode, b -> b.dtsJobId("l3m1")));

        assertThat(e.errorCode()).isEqualTo("InvalidJobId.NotFound");
        assertThat(e.errorMessage()).isEqualTo("The job l3m1 does not exist.");
        assertThat(e.requestId()).isEqualTo("N-1");
    }

    @ParameterizedTest
    @MethodSource("formatsAndModes")
    void retriesDocumentedThrottlingThenThrowsThrottlingException(ResponseFormat format, CallMode mode) {
        harness(format);
        for (int i = 0; i < 3; i++) {
            h.enqueueFixture(400, "error-Throttling.User");
        }

        ThrottlingException e = catchThrowableOfType(ThrottlingException.class,
                () -> h.delete(mode, b -> b.dtsJobId("l3m1213ye7l1234")));

        assertThat(e.errorCode()).isEqualTo("Throttling.User");
        assertThat(e.errorMessage()).isEqualTo("Request was denied due to user flow control.");
        assertThat(e.httpStatus()).isEqualTo(400);
        assertThat(e.requestId()).isEqualTo("1D4F0C3A-0001-4000-8000-000000000001");
        assertThat(e.serviceError().hostId()).isEqualTo("dts.cn-beijing.aliyuncs.com");
        assertThat(e.attempts()).isEqualTo(3);
        assertThat(h.server.getRequestCount()).isEqualTo(3);
        assertThat(h.sleeper.delays()).hasSize(2);
    }

    @ParameterizedTest
    @MethodSource("formatsAndModes")
    void mapsDocumentedExpiredTokenToAuthenticationExceptionWithoutRetry(ResponseFormat format, CallMode mode) {
        harness(format).enqueueFixture(403, "error-InvalidSecurityToken.Expired");

        AuthenticationException e = catchThrowableOfType(AuthenticationException.class,
                () -> h.delete(mode, b -> b.dtsJobId("l3m1213ye7l1234")));

        assertThat(e.errorCode()).isEqualTo("InvalidSecurityToken.Expired");
        assertThat(e.errorMessage()).isEqualTo("Specified SecurityToken is expired.");
        assertThat(e.httpStatus()).isEqualTo(403);
        assertThat(e.requestId()).isEqualTo("1D4F0C3A-0002-4000-8000-000000000002");
        assertThat(e.attempts()).isEqualTo(1);
        assertThat(h.server.getRequestCount()).isEqualTo(1);
    }

    @ParameterizedTest
    @MethodSource("formatsAndModes")
    void retriesDocumentedServiceUnavailableThenThrowsIt(ResponseFormat format, CallMode mode) {
        harness(format);
        for (int i = 0; i < 3; i++) {
            h.enqueueFixture(500, "error-ServiceUnavailable");
        }

        ServiceException e = catchThrowableOfType(ServiceException.class,
                () -> h.delete(mode, b -> b.dtsJobId("l3m1213ye7l1234")));

        assertThat(e.errorCode()).isEqualTo("ServiceUnavailable");
        assertThat(e.errorMessage()).isEqualTo("The request has failed due to a temporary failure of the server.");
        assertThat(e.httpStatus()).isEqualTo(500);
        assertThat(e.requestId()).isEqualTo("1D4F0C3A-0003-4000-8000-000000000003");
        assertThat(e.attempts()).isEqualTo(3);
        assertThat(e.retryable()).isTrue();
        assertThat(e.getSuppressed()).hasSize(2);
    }

    @ParameterizedTest
    @EnumSource(CallMode.class)
    void recoversFromServiceUnavailableWithFreshSignature(CallMode mode) {
        harness(ResponseFormat.JSON).enqueueFixture(500, "error-ServiceUnavailable");
        h.enqueueFixture(200, "DeleteDtsJob-success");

        DeleteDtsJobResponse r = h.delete(mode, b -> b.dtsJobId("l3m1213ye7l1234"));

        assertThat(r.requestId()).isEqualTo(DOC_REQUEST_ID);
        assertThat(h.take().getHeaders().get("Authorization")).isNotEqualTo(h.take().getHeaders().get("Authorization"));
    }

    @ParameterizedTest
    @EnumSource(CallMode.class)
    void deleteWhoseRetryFindsNothingCountsAsAlreadyDeleted(CallMode mode) {
        harness(ResponseFormat.JSON).enqueueFixture(500, "error-ServiceUnavailable");
        h.enqueue(404, "{\"RequestId\":\"N-2\",\"Code\":\"InvalidJobId.NotFound\",\"Message\":\"gone\"}",
                "Content-Type: application/json");

        DeleteDtsJobResponse r = h.delete(mode, b -> b.dtsJobId("l3m1213ye7l1234"));

        assertThat(r.alreadyDeleted()).isTrue();
        assertThat(r.requestId()).isEqualTo("N-2");
    }

    @ParameterizedTest
    @EnumSource(CallMode.class)
    void appliesPerCallHeadersRetryPolicyAndTimeout(CallMode mode) {
        harness(ResponseFormat.JSON).enqueueFixture(200, "DeleteDtsJob-success");
        DeleteDtsJobRequest base = DeleteDtsJobRequest.builder().dtsJobId("l3m1213ye7l1234").build();

        h.delete(mode, base.toBuilder().overrides(o -> o.putHeader("X-Team", "data")).build());
        RecordedRequest r = h.take();
        assertThat(r.getHeaders().get("X-Team")).isEqualTo("data");
        assertThat(r.getHeaders().get("Authorization")).doesNotContain("x-team"); // ACS3 signs x-acs-*, host, content-type
        assertThatThrownBy(() -> base.toBuilder().overrides(o -> o.putHeader("x-acs-trace-id", "t-1")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("x-acs-trace-id");

        h.enqueueFixture(500, "error-ServiceUnavailable");
        ServiceException e = catchThrowableOfType(ServiceException.class, () -> h.delete(mode,
                base.toBuilder().overrides(o -> o.retryPolicy(RetryPolicy.none())).build()));
        assertThat(e.attempts()).isEqualTo(1);
        assertThat(h.server.getRequestCount()).isEqualTo(2);

        h.server.enqueue(new MockResponse.Builder().code(200).body("{}").headersDelay(2, TimeUnit.SECONDS).build());
        assertThatThrownBy(() -> h.delete(mode,
                base.toBuilder().overrides(o -> o.apiCallTimeout(Duration.ofMillis(150))).build()))
                .isInstanceOf(ApiCallTimeoutException.class);
    }
}
