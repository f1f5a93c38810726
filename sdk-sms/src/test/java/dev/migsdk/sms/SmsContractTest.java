package dev.migsdk.sms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.migsdk.core.RetryPolicy;
import dev.migsdk.core.auth.HuaweiAkSkCredentials;
import dev.migsdk.core.auth.HuaweiTokenCredentials;
import dev.migsdk.core.exception.ApiCallTimeoutException;
import dev.migsdk.core.exception.AuthenticationException;
import dev.migsdk.core.exception.CloudProvider;
import dev.migsdk.core.exception.ErrorDetail;
import dev.migsdk.core.exception.InvalidStatusException;
import dev.migsdk.core.exception.ResourceNotFoundException;
import dev.migsdk.core.exception.ServiceException;
import dev.migsdk.core.exception.ThrottlingException;
import dev.migsdk.core.testing.CallMode;
import dev.migsdk.sms.model.DeleteTaskRequest;
import dev.migsdk.sms.model.DeleteTaskResponse;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * SMS v3 DeleteTask over MockWebServer: the exact request with AK/SK or token, the documented 200 and 403
 * answers, the mapped error codes and the gateway's, each run through the sync and the async client.
 */
class SmsContractTest {
    private static final String TASK = "7a9a9540-ff28-4869-b9e4-855fbe121234";

    private SmsHarness h;

    private SmsHarness harness() {
        h = new SmsHarness();
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
    void sendsSignedDeleteWithDomainIdAndTaskIdAsOnePathSegment(CallMode mode) {
        harness().enqueue(200, "");

        h.delete(mode, TASK);

        RecordedRequest r = h.take();
        HttpUrl url = r.getUrl();
        assertThat(r.getMethod()).isEqualTo("DELETE");
        assertThat(url.encodedPath()).isEqualTo("/v3/tasks/" + TASK);
        assertThat(url.querySize()).isZero();
        assertThat(r.getBodySize()).isZero();
        HttpUrl base = h.server.url("/");
        assertThat(r.getHeaders().get("Host")).isEqualTo(base.host() + ":" + base.port());
        assertThat(r.getHeaders().get("X-Domain-Id")).isEqualTo(SmsHarness.DOMAIN_ID);
        assertThat(r.getHeaders().get("X-Sdk-Date")).matches("\\d{8}T\\d{6}Z");
        assertThat(r.getHeaders().get("Authorization")).matches("SDK-HMAC-SHA256 Access=AccessKey, "
                + "SignedHeaders=host;user-agent;x-domain-id;x-sdk-date, Signature=[0-9a-f]{64}");
        assertThat(r.getHeaders().get("X-Auth-Token")).isNull();
        assertThat(r.getHeaders().get("X-Security-Token")).isNull();
    }

    @ParameterizedTest
    @EnumSource(CallMode.class)
    void refusesAnAkSkCallWithoutDomainIdBeforeSendingSayingWhereItComesFrom(CallMode mode) {
        h = new SmsHarness(HuaweiAkSkCredentials.of("AccessKey", "SecretKey"));

        assertThatThrownBy(() -> h.delete(mode, TASK)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("domainId is not set").hasMessageContaining("HUAWEICLOUD_SDK_DOMAIN_ID")
                .hasMessageContaining("X-Domain-Id");
        assertThat(h.server.getRequestCount()).isZero();
    }

    @ParameterizedTest
    @EnumSource(CallMode.class)
    void sendsATokenCallWithoutDomainIdSinceTheTokenNamesItsScope(CallMode mode) {
        h = new SmsHarness(dev.migsdk.core.auth.HuaweiTokenCredentials.of("iam-token-value"));
        h.enqueue(200, "");

        h.delete(mode, TASK);

        RecordedRequest r = h.take();
        assertThat(r.getHeaders().get("X-Domain-Id")).isNull();
        assertThat(r.getHeaders().get("X-Auth-Token")).isEqualTo("iam-token-value");
    }

    @ParameterizedTest
    @EnumSource(CallMode.class)
    void signsTemporaryCredentialsSecurityToken(CallMode mode) {
        h = new SmsHarness(SmsHarness.AKSK.toBuilder().securityToken("sts-token").build());
        h.enqueue(200, "");

        h.delete(mode, TASK);

        RecordedRequest r = h.take();
        assertThat(r.getHeaders().get("X-Security-Token")).isEqualTo("sts-token");
        assertThat(r.getHeaders().get("Authorization"))
                .contains("SignedHeaders=host;user-agent;x-domain-id;x-sdk-date;x-security-token,");
    }

    @ParameterizedTest
    @EnumSource(CallMode.class)
    void sendsIamTokenInsteadOfSignature(CallMode mode) {
        h = new SmsHarness(HuaweiTokenCredentials.of("iam-token-value", null, SmsHarness.DOMAIN_ID, null));
        h.enqueue(200, "");

        h.delete(mode, TASK);

        RecordedRequest r = h.take();
        assertThat(r.getHeaders().get("X-Auth-Token")).isEqualTo("iam-token-value");
        assertThat(r.getHeaders().get("X-Domain-Id")).isEqualTo(SmsHarness.DOMAIN_ID);
        assertThat(r.getHeaders().get("Authorization")).isNull();
        assertThat(r.getUrl().encodedPath()).isEqualTo("/v3/tasks/" + TASK);
    }

    @ParameterizedTest
    @EnumSource(CallMode.class)
    void sendsLongestTokenIntact(CallMode mode) {
        String token = "t".repeat(HuaweiTokenCredentials.MAX_TOKEN_LENGTH);
        h = new SmsHarness(HuaweiTokenCredentials.of(token));
        h.enqueue(200, "");

        h.delete(mode, TASK);

        assertThat(h.take().getHeaders().get("X-Auth-Token")).isEqualTo(token);
    }

    @ParameterizedTest
    @EnumSource(CallMode.class)
    void deletesTaskAndReturnsRequestId(CallMode mode) {
        harness().enqueueFixture(200, "DeleteTask-200.txt", "X-Request-Id: req-200-abc",
                "Content-Type: text/plain");

        DeleteTaskResponse r = h.delete(mode, b -> b.taskId(TASK));

        assertThat(r.requestId()).isEqualTo("req-200-abc");
        assertThat(r.httpStatus()).isEqualTo(200);
        assertThat(r.alreadyDeleted()).isFalse();
    }

    @ParameterizedTest
    @EnumSource(CallMode.class)
    void acceptsEmptySuccessBody(CallMode mode) {
        harness().enqueue(200, "", "X-Request-Id: req-empty");

        DeleteTaskResponse r = h.delete(mode, TASK);

        assertThat(r.requestId()).isEqualTo("req-empty");
        assertThat(r.httpStatus()).isEqualTo(200);
    }

    @ParameterizedTest
    @EnumSource(CallMode.class)
    void keepsEveryFieldOfTheDocumented403(CallMode mode) {
        harness().enqueueFixture(403, "DeleteTask-403.json", "X-Request-Id: req-403-def",
                "Content-Type: application/json");

        ServiceException e = catchThrowableOfType(ServiceException.class, () -> h.delete(mode, TASK));

        assertThat(e).isNotInstanceOf(AuthenticationException.class);
        assertThat(e.provider()).isEqualTo(CloudProvider.HUAWEI_CLOUD);
        assertThat(e.service()).isEqualTo("SMS");
        assertThat(e.operation()).isEqualTo("DeleteTask");
        assertThat(e.httpStatus()).isEqualTo(403);
        assertThat(e.errorCode()).isEqualTo("SMS.9004");
        assertThat(e.errorMessage()).isEqualTo("The current account does not have the permission to execute policy "
                + "You do not have permission to perform action XXX on resource XXX.");
        assertThat(e.requestId()).isEqualTo("req-403-def");
        assertThat(e.serviceError().encodedAuthorizationMessage()).isEqualTo("XXXXXX");
        assertThat(e.errorParams())
                .containsExactly("You do not have permission to perform action XXX on resource XXX.");
        assertThat(e.details()).containsExactly(new ErrorDetail("SMS.9004",
                "You do not have permission to perform action XXX on resource XXX."));
        assertThat(e.attempts()).isEqualTo(1);
        assertThat(e.getMessage()).endsWith("(Service: SMS, Operation: DeleteTask, Status: 403, Code: SMS.9004, "
                + "Request ID: req-403-def, Attempts: 1)");
        assertThat(h.server.getRequestCount()).isEqualTo(1);
    }

    @ParameterizedTest
    @EnumSource(CallMode.class)
    void mapsInvalidStatusToTypedException(CallMode mode) {
        harness().enqueueFixture(400, "error-SMS.2015.json", "X-Request-Id: req-2015",
                "Content-Type: application/json;charset=utf-8");

        InvalidStatusException e = catchThrowableOfType(InvalidStatusException.class, () -> h.delete(mode, TASK));

        assertThat(e.errorCode()).isEqualTo("SMS.2015");
        assertThat(e.errorMessage()).isEqualTo("不能删除运行中和停止中的任务!");
        assertThat(e.httpStatus()).isEqualTo(400);
        assertThat(e.requestId()).isEqualTo("req-2015");
        assertThat(h.server.getRequestCount()).isEqualTo(1);
    }

    @ParameterizedTest
    @EnumSource(CallMode.class)
    void mapsMissingTaskToResourceNotFound(CallMode mode) {
        harness().enqueueFixture(404, "error-SMS.2252.json", "X-Request-Id: req-2252");

        ResourceNotFoundException e = catchThrowableOfType(ResourceNotFoundException.class,
                () -> h.delete(mode, TASK));

        assertThat(e.errorCode()).isEqualTo("SMS.2252");
        assertThat(e.httpStatus()).isEqualTo(404);
        assertThat(e.requestId()).isEqualTo("req-2252");
    }

    @ParameterizedTest
    @EnumSource(CallMode.class)
    void neverRetriesGatewayAuthenticationFailure(CallMode mode) {
        harness().enqueueFixture(401, "error-APIGW.0301.json");

        AuthenticationException e = catchThrowableOfType(AuthenticationException.class,
                () -> h.delete(mode, TASK));

        assertThat(e.errorCode()).isEqualTo("APIGW.0301");
        assertThat(e.httpStatus()).isEqualTo(401);
        assertThat(e.requestId()).isEqualTo("gw-0301-5f2a9c");
        assertThat(e.attempts()).isEqualTo(1);
        assertThat(h.server.getRequestCount()).isEqualTo(1);
    }

    @ParameterizedTest
    @EnumSource(CallMode.class)
    void retriesGatewayThrottlingThenThrowsThrottlingException(CallMode mode) {
        harness();
        for (int i = 0; i < 3; i++) {
            h.enqueueFixture(429, "error-APIGW.0308.json");
        }

        ThrottlingException e = catchThrowableOfType(ThrottlingException.class, () -> h.delete(mode, TASK));

        assertThat(e.errorCode()).isEqualTo("APIGW.0308");
        assertThat(e.httpStatus()).isEqualTo(429);
        assertThat(e.attempts()).isEqualTo(3);
        assertThat(h.server.getRequestCount()).isEqualTo(3);
        assertThat(h.sleeper.delays()).hasSize(2);
    }

    @ParameterizedTest
    @ValueSource(ints = {500, 502, 503, 504})
    void retriesServerErrorsWithFreshSignature(int status) {
        for (CallMode mode : CallMode.values()) {
            h = new SmsHarness();
            h.enqueue(status, "{\"error_code\":\"SMS.2007\",\"error_msg\":\"backend exception\"}");
            h.enqueue(200, "", "X-Request-Id: after-" + status);

            DeleteTaskResponse r = h.delete(mode, TASK);

            assertThat(r.requestId()).isEqualTo("after-" + status);
            RecordedRequest first = h.take();
            RecordedRequest second = h.take();
            assertThat(second.getUrl().encodedPath()).isEqualTo(first.getUrl().encodedPath());
            assertThat(second.getHeaders().get("Authorization")).startsWith("SDK-HMAC-SHA256 Access=AccessKey");
            h.close();
            h = null;
        }
    }

    @ParameterizedTest
    @EnumSource(CallMode.class)
    void deleteWhoseRetryFindsNothingCountsAsAlreadyDeleted(CallMode mode) {
        harness().enqueue(503, "");
        h.enqueueFixture(404, "error-SMS.2252.json", "X-Request-Id: req-gone");

        DeleteTaskResponse r = h.delete(mode, TASK);

        assertThat(r.alreadyDeleted()).isTrue();
        assertThat(r.requestId()).isEqualTo("req-gone");
    }

    @ParameterizedTest
    @EnumSource(CallMode.class)
    void appliesPerCallHeadersRetryPolicyAndTimeout(CallMode mode) {
        harness().enqueue(200, "");
        DeleteTaskRequest base = DeleteTaskRequest.builder().taskId(TASK).build();

        h.delete(mode, base.toBuilder().overrides(o -> o.putHeader("X-Team", "migrations")).build());
        RecordedRequest r = h.take();
        assertThat(r.getHeaders().get("X-Team")).isEqualTo("migrations");
        assertThat(r.getHeaders().get("Authorization")).containsPattern("SignedHeaders=[^,]*;x-team[;,]");

        h.enqueue(503, "");
        ServiceException e = catchThrowableOfType(ServiceException.class,
                () -> h.delete(mode, base.toBuilder().overrides(o -> o.retryPolicy(RetryPolicy.none())).build()));
        assertThat(e.attempts()).isEqualTo(1);
        assertThat(h.server.getRequestCount()).isEqualTo(2);

        h.server.enqueue(new MockResponse.Builder().code(200).headersDelay(2, TimeUnit.SECONDS).build());
        assertThatThrownBy(() -> h.delete(mode,
                base.toBuilder().overrides(o -> o.apiCallTimeout(Duration.ofMillis(150))).build()))
                .isInstanceOf(ApiCallTimeoutException.class);
    }
}
