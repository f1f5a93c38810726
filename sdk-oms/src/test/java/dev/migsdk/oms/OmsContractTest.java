package dev.migsdk.oms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.migsdk.core.RetryPolicy;
import dev.migsdk.core.auth.HuaweiAkSkCredentials;
import dev.migsdk.core.auth.HuaweiTokenCredentials;
import dev.migsdk.core.exception.ApiCallTimeoutException;
import dev.migsdk.core.exception.AuthenticationException;
import dev.migsdk.core.exception.CloudProvider;
import dev.migsdk.core.exception.InvalidStatusException;
import dev.migsdk.core.exception.ResourceNotFoundException;
import dev.migsdk.core.exception.ServiceException;
import dev.migsdk.core.exception.ThrottlingException;
import dev.migsdk.core.testing.CallMode;
import dev.migsdk.oms.model.DeleteTaskRequest;
import dev.migsdk.oms.model.DeleteTaskResponse;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * OMS v2 DeleteTask over MockWebServer: the exact request with AK/SK or token, where the project id comes
 * from, the empty 200 answer and the error bodies, each run through the sync and the async client.
 */
class OmsContractTest {
    private static final long TASK = 1234567890123L;
    private static final String PROJECT = OmsHarness.PROJECT_ID;

    private OmsHarness h;

    private OmsHarness harness() {
        h = new OmsHarness();
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
    void sendsSignedDeleteWithProjectIdInPathAndHeader(CallMode mode) {
        harness().enqueue(200, "");

        h.delete(mode, TASK);

        RecordedRequest r = h.take();
        HttpUrl url = r.getUrl();
        assertThat(r.getMethod()).isEqualTo("DELETE");
        assertThat(url.encodedPath()).isEqualTo("/v2/" + PROJECT + "/tasks/1234567890123");
        assertThat(url.querySize()).isZero();
        assertThat(r.getBodySize()).isZero();
        HttpUrl base = h.server.url("/");
        assertThat(r.getHeaders().get("Host")).isEqualTo(base.host() + ":" + base.port());
        assertThat(r.getHeaders().get("X-Project-Id")).isEqualTo(PROJECT);
        assertThat(r.getHeaders().get("X-Sdk-Date")).matches("\\d{8}T\\d{6}Z");
        assertThat(r.getHeaders().get("Authorization")).matches("SDK-HMAC-SHA256 Access=AccessKey, "
                + "SignedHeaders=host;user-agent;x-project-id;x-sdk-date, Signature=[0-9a-f]{64}");
        assertThat(r.getHeaders().get("X-Auth-Token")).isNull();
    }

    @ParameterizedTest
    @EnumSource(CallMode.class)
    void prefersTheRequestsProjectIdOverTheCredentials(CallMode mode) {
        harness().enqueue(200, "");

        h.delete(mode, b -> b.taskId(TASK).projectId("fedcba9876543210fedcba9876543210"));

        RecordedRequest r = h.take();
        assertThat(r.getUrl().pathSegments())
                .containsExactly("v2", "fedcba9876543210fedcba9876543210", "tasks", "1234567890123");
        assertThat(r.getHeaders().get("X-Project-Id")).isEqualTo("fedcba9876543210fedcba9876543210");
    }

    @ParameterizedTest
    @EnumSource(CallMode.class)
    void usesRequestProjectIdWhenCredentialsHaveNone(CallMode mode) {
        h = new OmsHarness(HuaweiAkSkCredentials.of("AccessKey", "SecretKey"));
        h.enqueue(200, "");

        h.delete(mode, b -> b.taskId(TASK).projectId("p-from-request"));

        RecordedRequest r = h.take();
        assertThat(r.getUrl().pathSegments()).containsExactly("v2", "p-from-request", "tasks", "1234567890123");
        assertThat(r.getHeaders().get("X-Project-Id")).isEqualTo("p-from-request");
    }

    @ParameterizedTest
    @EnumSource(CallMode.class)
    void rejectsMissingProjectIdAndSendsNothingSayingWhereItComesFrom(CallMode mode) {
        h = new OmsHarness(HuaweiAkSkCredentials.of("AccessKey", "SecretKey"));

        assertThatThrownBy(() -> h.delete(mode, TASK)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("projectId is not set").hasMessageContaining("on the request (projectId)")
                .hasMessageContaining("HUAWEICLOUD_SDK_PROJECT_ID").hasMessageContaining("~/.huaweicloud/credentials");
        assertThat(h.server.getRequestCount()).isZero();
    }

    @ParameterizedTest
    @EnumSource(CallMode.class)
    void refusesATokenCallWithoutProjectIdTooSinceThePathNeedsIt(CallMode mode) {
        h = new OmsHarness(dev.migsdk.core.auth.HuaweiTokenCredentials.of("iam-token-value"));

        assertThatThrownBy(() -> h.delete(mode, TASK)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("projectId is not set");
        assertThat(h.server.getRequestCount()).isZero();
    }

    @ParameterizedTest
    @EnumSource(CallMode.class)
    void signsTemporaryCredentialsSecurityToken(CallMode mode) {
        h = new OmsHarness(OmsHarness.AKSK.toBuilder().securityToken("TOKEN").build());
        h.enqueue(200, "");

        h.delete(mode, TASK);

        RecordedRequest r = h.take();
        assertThat(r.getHeaders().get("X-Security-Token")).isEqualTo("TOKEN");
        assertThat(r.getHeaders().get("Authorization"))
                .contains("SignedHeaders=host;user-agent;x-project-id;x-sdk-date;x-security-token,");
    }

    @ParameterizedTest
    @EnumSource(CallMode.class)
    void sendsIamTokenWithTheTokensProjectId(CallMode mode) {
        h = new OmsHarness(HuaweiTokenCredentials.of("iam-token", "p-of-token", null, null));
        h.enqueue(200, "");

        h.delete(mode, TASK);

        RecordedRequest r = h.take();
        assertThat(r.getHeaders().get("X-Auth-Token")).isEqualTo("iam-token");
        assertThat(r.getHeaders().get("X-Project-Id")).isEqualTo("p-of-token");
        assertThat(r.getHeaders().get("Authorization")).isNull();
        assertThat(r.getUrl().pathSegments()).containsExactly("v2", "p-of-token", "tasks", "1234567890123");
    }

    @ParameterizedTest
    @EnumSource(CallMode.class)
    void sendsLargestAndSmallestDocumentedTaskIdsIntact(CallMode mode) {
        harness().enqueue(200, "");
        h.enqueue(200, "");

        h.delete(mode, 999_999_999_999_999L);
        h.delete(mode, 0L);

        assertThat(h.take().getUrl().pathSegments()).containsExactly("v2", PROJECT, "tasks", "999999999999999");
        assertThat(h.take().getUrl().pathSegments()).containsExactly("v2", PROJECT, "tasks", "0");
    }

    @ParameterizedTest
    @EnumSource(CallMode.class)
    void deletesTaskAndReturnsRequestId(CallMode mode) {
        harness().enqueue(200, "", "X-Request-Id: oms-req-1");

        DeleteTaskResponse r = h.delete(mode, b -> b.taskId(TASK));

        assertThat(r.requestId()).isEqualTo("oms-req-1");
        assertThat(r.httpStatus()).isEqualTo(200);
        assertThat(r.alreadyDeleted()).isFalse();
    }

    @ParameterizedTest
    @EnumSource(CallMode.class)
    void mapsRunningTaskToInvalidStatus(CallMode mode) {
        harness().enqueueFixture(400, "error-OMS.1002.json", "X-Request-Id: oms-req-1002");

        InvalidStatusException e = catchThrowableOfType(InvalidStatusException.class, () -> h.delete(mode, TASK));

        assertThat(e.provider()).isEqualTo(CloudProvider.HUAWEI_CLOUD);
        assertThat(e.service()).isEqualTo("OMS");
        assertThat(e.operation()).isEqualTo("DeleteTask");
        assertThat(e.errorCode()).isEqualTo("OMS.1002");
        assertThat(e.errorMessage()).isEqualTo("The task is running and cannot be deleted. Pause the task first.");
        assertThat(e.httpStatus()).isEqualTo(400);
        assertThat(e.requestId()).isEqualTo("oms-req-1002");
        assertThat(e.getMessage()).endsWith("(Service: OMS, Operation: DeleteTask, Status: 400, Code: OMS.1002, "
                + "Request ID: oms-req-1002, Attempts: 1)");
        assertThat(h.server.getRequestCount()).isEqualTo(1);
    }

    @ParameterizedTest
    @EnumSource(CallMode.class)
    void mapsNoResourcesFoundToResourceNotFound(CallMode mode) {
        harness().enqueueFixture(400, "error-OMS.1009.json", "X-Request-Id: oms-req-1009");

        ResourceNotFoundException e = catchThrowableOfType(ResourceNotFoundException.class,
                () -> h.delete(mode, TASK));

        assertThat(e.errorCode()).isEqualTo("OMS.1009");
        assertThat(e.errorMessage()).isEqualTo("No resources found.");
        assertThat(e.httpStatus()).isEqualTo(400);
        assertThat(e.requestId()).isEqualTo("oms-req-1009");
    }

    @ParameterizedTest
    @EnumSource(CallMode.class)
    void reportsDocumentedInvalidParametersError(CallMode mode) {
        harness().enqueueFixture(400, "error-OMS.0064.json", "X-Request-Id: oms-req-0064");

        ServiceException e = catchThrowableOfType(ServiceException.class, () -> h.delete(mode, TASK));

        assertThat(e.getClass()).isEqualTo(ServiceException.class);
        assertThat(e.errorCode()).isEqualTo("OMS.0064");
        assertThat(e.errorMessage()).isEqualTo("Invalid request parameters.");
        assertThat(e.requestId()).isEqualTo("oms-req-0064");
        assertThat(e.attempts()).isEqualTo(1);
    }

    @ParameterizedTest
    @EnumSource(CallMode.class)
    void neverRetriesGatewayAuthenticationFailure(CallMode mode) {
        harness().enqueueFixture(401, "error-APIGW.0301.json");

        AuthenticationException e = catchThrowableOfType(AuthenticationException.class,
                () -> h.delete(mode, TASK));

        assertThat(e.errorCode()).isEqualTo("APIGW.0301");
        assertThat(e.requestId()).isEqualTo("gw-0301-5f2a9c");
        assertThat(h.server.getRequestCount()).isEqualTo(1);
    }

    @ParameterizedTest
    @EnumSource(CallMode.class)
    void retriesThrottlingAndServerErrorsThenSucceeds(CallMode mode) {
        harness().enqueueFixture(429, "error-APIGW.0308.json");
        h.enqueue(502, "");
        h.enqueue(200, "", "X-Request-Id: oms-after-retries");

        DeleteTaskResponse r = h.delete(mode, TASK);

        assertThat(r.requestId()).isEqualTo("oms-after-retries");
        assertThat(h.server.getRequestCount()).isEqualTo(3);
        assertThat(h.sleeper.delays()).hasSize(2);
    }

    @ParameterizedTest
    @EnumSource(CallMode.class)
    void retriesThrottlingThenThrowsThrottlingException(CallMode mode) {
        harness();
        for (int i = 0; i < 3; i++) {
            h.enqueueFixture(429, "error-APIGW.0308.json");
        }

        ThrottlingException e = catchThrowableOfType(ThrottlingException.class, () -> h.delete(mode, TASK));

        assertThat(e.errorCode()).isEqualTo("APIGW.0308");
        assertThat(e.attempts()).isEqualTo(3);
    }

    @ParameterizedTest
    @EnumSource(CallMode.class)
    void deleteWhoseRetryFindsNothingCountsAsAlreadyDeleted(CallMode mode) {
        harness().enqueue(504, "");
        h.enqueueFixture(400, "error-OMS.1009.json", "X-Request-Id: oms-gone");

        DeleteTaskResponse r = h.delete(mode, TASK);

        assertThat(r.alreadyDeleted()).isTrue();
        assertThat(r.requestId()).isEqualTo("oms-gone");
    }

    @ParameterizedTest
    @EnumSource(CallMode.class)
    void appliesPerCallHeadersRetryPolicyAndTimeout(CallMode mode) {
        harness().enqueue(200, "");
        DeleteTaskRequest base = DeleteTaskRequest.builder().taskId(TASK).build();

        h.delete(mode, base.toBuilder().overrides(o -> o.putHeader("X-Team", "storage")).build());
        RecordedRequest r = h.take();
        assertThat(r.getHeaders().get("X-Team")).isEqualTo("storage");
        assertThat(r.getHeaders().get("Authorization")).containsPattern("SignedHeaders=[^,]*;x-team[;,]");

        h.enqueue(500, "");
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
