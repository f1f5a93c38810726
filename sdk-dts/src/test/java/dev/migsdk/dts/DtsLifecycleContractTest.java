package dev.migsdk.dts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.migsdk.core.SdkResponse;
import dev.migsdk.core.auth.AlibabaSignatureAlgorithm;
import dev.migsdk.core.client.ResponseFormat;
import dev.migsdk.core.exception.AuthenticationException;
import dev.migsdk.core.exception.ResourceNotFoundException;
import dev.migsdk.core.exception.ServiceException;
import dev.migsdk.core.exception.ThrottlingException;
import dev.migsdk.core.testing.CallMode;
import dev.migsdk.dts.model.DeleteDtsJobRequest;
import dev.migsdk.dts.model.DeleteDtsJobsRequest;
import dev.migsdk.dts.model.DeleteDtsJobsResponse;
import dev.migsdk.dts.model.DescribeDtsJobDetailRequest;
import dev.migsdk.dts.model.DescribeDtsJobDetailResponse;
import dev.migsdk.dts.model.DescribeDtsJobsRequest;
import dev.migsdk.dts.model.DescribeDtsJobsResponse;
import dev.migsdk.dts.model.DtsJobSummary;
import dev.migsdk.dts.model.DtsJobStatus;
import dev.migsdk.dts.model.DtsJobType;
import dev.migsdk.dts.model.StopDtsJobRequest;
import dev.migsdk.dts.model.StopDtsJobResponse;
import dev.migsdk.dts.model.StopDtsJobsRequest;
import dev.migsdk.dts.model.SuspendDtsJobRequest;
import dev.migsdk.dts.model.SuspendDtsJobsRequest;
import dev.migsdk.dts.model.SynchronizationDirection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import mockwebserver3.RecordedRequest;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The DTS lifecycle operations over MockWebServer: StopDtsJob, SuspendDtsJob, StopDtsJobs, SuspendDtsJobs,
 * DeleteDtsJobs, DescribeDtsJobDetail and DescribeDtsJobs (and DeleteDtsJob's JobType). Each: the exact request with every
 * parameter, the documented success body in JSON and XML, and each documented error as its typed exception,
 * through the sync and the async client.
 */
class DtsLifecycleContractTest {
    private static final String DOC_REQUEST_ID = "01B6F25-21E7-4484-99D5-3EF2625C****";

    /** One operation called with every documented parameter set, and the query it must send. */
    enum Op {
        STOP("StopDtsJob", DOC_REQUEST_ID,
                c -> c.stopDtsJob(StopDtsJobRequest.builder().dtsJobId("l3m1213ye7l1234")
                        .dtsInstanceId("dtsl3m1213ye7l1234").synchronizationDirection(SynchronizationDirection.REVERSE)
                        .regionId("cn-beijing").build()),
                c -> c.stopDtsJob(StopDtsJobRequest.builder().dtsJobId("l3m1213ye7l1234")
                        .dtsInstanceId("dtsl3m1213ye7l1234").synchronizationDirection(SynchronizationDirection.REVERSE)
                        .regionId("cn-beijing").build()),
                single("DtsInstanceId")),
        SUSPEND("SuspendDtsJob", DOC_REQUEST_ID,
                c -> c.suspendDtsJob(SuspendDtsJobRequest.builder().dtsJobId("l3m1213ye7l1234")
                        .dtsInstanceId("dtsl3m1213ye7l1234").synchronizationDirection(SynchronizationDirection.REVERSE)
                        .regionId("cn-beijing").build()),
                c -> c.suspendDtsJob(SuspendDtsJobRequest.builder().dtsJobId("l3m1213ye7l1234")
                        .dtsInstanceId("dtsl3m1213ye7l1234").synchronizationDirection(SynchronizationDirection.REVERSE)
                        .regionId("cn-beijing").build()),
                single("DtsInstanceId")),
        DESCRIBE("DescribeDtsJobDetail", DOC_REQUEST_ID,
                c -> c.describeDtsJobDetail(DescribeDtsJobDetailRequest.builder().dtsJobId("l3m1213ye7l1234")
                        .dtsInstanceId("dtsl3m1213ye7l1234").synchronizationDirection(SynchronizationDirection.REVERSE)
                        .regionId("cn-beijing").build()),
                c -> c.describeDtsJobDetail(DescribeDtsJobDetailRequest.builder().dtsJobId("l3m1213ye7l1234")
                        .dtsInstanceId("dtsl3m1213ye7l1234").synchronizationDirection(SynchronizationDirection.REVERSE)
                        .regionId("cn-beijing").build()),
                single("DtsInstanceID")),
        STOP_MANY("StopDtsJobs", DOC_REQUEST_ID,
                c -> c.stopDtsJobs(StopDtsJobsRequest.builder().dtsJobIds("j1", "j2").regionId("cn-beijing")
                        .resourceGroupId("rg-1").zeroEtlJob(false).build()),
                c -> c.stopDtsJobs(StopDtsJobsRequest.builder().dtsJobIds("j1", "j2").regionId("cn-beijing")
                        .resourceGroupId("rg-1").zeroEtlJob(false).build()),
                batch()),
        SUSPEND_MANY("SuspendDtsJobs", DOC_REQUEST_ID,
                c -> c.suspendDtsJobs(SuspendDtsJobsRequest.builder().dtsJobIds("j1", "j2").regionId("cn-beijing")
                        .resourceGroupId("rg-1").zeroEtlJob(false).build()),
                c -> c.suspendDtsJobs(SuspendDtsJobsRequest.builder().dtsJobIds("j1", "j2").regionId("cn-beijing")
                        .resourceGroupId("rg-1").zeroEtlJob(false).build()),
                batch()),
        DELETE_MANY("DeleteDtsJobs", "AD823BD3-1BA6-4117-A536-165CB280****",
                c -> c.deleteDtsJobs(DeleteDtsJobsRequest.builder().dtsJobIds("j1", "j2").regionId("cn-beijing")
                        .resourceGroupId("rg-1").zeroEtlJob(false).build()),
                c -> c.deleteDtsJobs(DeleteDtsJobsRequest.builder().dtsJobIds("j1", "j2").regionId("cn-beijing")
                        .resourceGroupId("rg-1").zeroEtlJob(false).build()),
                batch()),
        DESCRIBE_MANY("DescribeDtsJobs", DOC_REQUEST_ID,
                c -> c.describeDtsJobs(everyListFilter()),
                c -> c.describeDtsJobs(everyListFilter()),
                listQuery());

        final String action;
        final String docRequestId;
        final Function<DtsClient, ? extends SdkResponse> sync;
        final Function<DtsAsyncClient, ? extends CompletableFuture<? extends SdkResponse>> async;
        final Map<String, String> query;

        Op(String action, String docRequestId, Function<DtsClient, ? extends SdkResponse> sync,
           Function<DtsAsyncClient, ? extends CompletableFuture<? extends SdkResponse>> async,
           Map<String, String> query) {
            this.action = action;
            this.docRequestId = docRequestId;
            this.sync = sync;
            this.async = async;
            this.query = query;
        }

        @SuppressWarnings("unchecked")
        SdkResponse call(CallMode mode, DtsHarness h) {
            return mode.call(() -> sync.apply(h.sync),
                    () -> (CompletableFuture<SdkResponse>) async.apply(h.async));
        }

        private static Map<String, String> single(String instanceParam) {
            Map<String, String> q = new LinkedHashMap<>();
            q.put("DtsJobId", "l3m1213ye7l1234");
            q.put(instanceParam, "dtsl3m1213ye7l1234");
            q.put("SynchronizationDirection", "Reverse");
            q.put("RegionId", "cn-beijing");
            return q;
        }

        private static DescribeDtsJobsRequest everyListFilter() {
            return DescribeDtsJobsRequest.builder().region("cn-hangzhou").jobType(DtsJobType.SYNC)
                    .status(DtsJobStatus.SYNCHRONIZING).type("name").params("nightly").dtsJobId("j1")
                    .dtsInstanceId("dtsj1").pageNumber(2).pageSize(50).build();
        }

        private static Map<String, String> listQuery() {
            Map<String, String> q = new LinkedHashMap<>();
            q.put("Region", "cn-hangzhou");
            q.put("JobType", "SYNC");
            q.put("Status", "Synchronizing");
            q.put("Type", "name");
            q.put("Params", "nightly");
            q.put("DtsJobId", "j1");
            q.put("DtsInstanceId", "dtsj1");
            q.put("PageNumber", "2");
            q.put("PageSize", "50");
            return q;
        }

        private static Map<String, String> batch() {
            Map<String, String> q = new LinkedHashMap<>();
            q.put("DtsJobIds", "j1,j2");
            q.put("RegionId", "cn-beijing");
            q.put("ResourceGroupId", "rg-1");
            q.put("ZeroEtlJob", "false");
            return q;
        }
    }

    private DtsHarness h;

    static Stream<Arguments> opsAndModes() {
        return Stream.of(Op.values()).flatMap(op -> Stream.of(CallMode.values()).map(m -> Arguments.of(op, m)));
    }

    static Stream<Arguments> opsFormatsAndModes() {
        return opsAndModes().flatMap(a -> Stream.of(ResponseFormat.values())
                .map(f -> Arguments.of(a.get()[0], f, a.get()[1])));
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
    @MethodSource("opsAndModes")
    void sendsEveryDocumentedParameterAsSpelledOnTheAction(Op op, CallMode mode) {
        harness(ResponseFormat.JSON).enqueueFixture(200, op.action + "-success");

        op.call(mode, h);

        RecordedRequest r = h.take();
        HttpUrl url = r.getUrl();
        assertThat(r.getMethod()).isEqualTo("POST");
        assertThat(url.encodedPath()).isEqualTo("/");
        assertThat(r.getBodySize()).isZero();
        assertThat(r.getHeaders().get("x-acs-action")).isEqualTo(op.action);
        assertThat(r.getHeaders().get("x-acs-version")).isEqualTo("2020-01-01");
        assertThat(r.getHeaders().get("Authorization")).startsWith("ACS3-HMAC-SHA256 Credential=testid,");
        Map<String, String> sent = new LinkedHashMap<>();
        url.queryParameterNames().forEach(n -> sent.put(n, url.queryParameter(n)));
        Map<String, String> expected = new LinkedHashMap<>(op.query);
        expected.put("Format", "JSON");
        assertThat(sent).isEqualTo(expected);
    }

    @ParameterizedTest
    @MethodSource("opsAndModes")
    void signsTheSameParametersWithRpcV1(Op op, CallMode mode) {
        h = new DtsHarness(ResponseFormat.JSON, b -> b.signatureAlgorithm(AlibabaSignatureAlgorithm.RPC_HMAC_SHA1));
        h.enqueueFixture(200, op.action + "-success");

        op.call(mode, h);

        HttpUrl url = h.take().getUrl();
        assertThat(url.queryParameter("Action")).isEqualTo(op.action);
        assertThat(url.queryParameter("Signature")).isNotBlank();
        op.query.forEach((k, v) -> assertThat(url.queryParameter(k)).as(k).isEqualTo(v));
    }

    @ParameterizedTest
    @MethodSource("opsFormatsAndModes")
    void decodesTheDocumentedSuccessBody(Op op, ResponseFormat format, CallMode mode) {
        harness(format).enqueueFixture(200, op.action + "-success");

        SdkResponse r = op.call(mode, h);

        assertThat(r.requestId()).isEqualTo(op.docRequestId);
        assertThat(r.httpStatus()).isEqualTo(200);
        if (r instanceof StopDtsJobResponse s) {
            assertThat(s.success()).isTrue();
            assertThat(s.httpStatusCode()).isEqualTo(200);
        }
        if (r instanceof DeleteDtsJobsResponse d) {
            assertThat(d.success()).isTrue();
        }
        if (r instanceof DescribeDtsJobsResponse l) {
            assertThat(l.success()).isTrue();
            assertThat(l.totalRecordCount()).isEqualTo(2);
            assertThat(l.pageNumber()).isEqualTo(1);
            assertThat(l.pageRecordCount()).isEqualTo(2);
            assertThat(l.jobs()).extracting(DtsJobSummary::dtsJobId).containsExactly("l3m1213ye7l****", "k2n9213ye7l****");
            DtsJobSummary first = l.jobs().get(0);
            assertThat(first.dtsInstanceId()).isEqualTo("dtsl3m1213ye7l****");
            assertThat(first.status()).isEqualTo(DtsJobStatus.MIGRATING);
            assertThat(first.dtsJobName()).isEqualTo("RDS_TO_RDS_MIGRATION");
            assertThat(first.dtsJobClass()).isEqualTo("large");
            assertThat(l.jobs().get(1).status()).isEqualTo(DtsJobStatus.MIGRATION_FAILED);
            assertThat(l.jobs().get(1).errorMessage()).isEqualTo("DTS-070211: Connect Source DB failed.");
        }
        if (r instanceof DescribeDtsJobDetailResponse d) {
            assertThat(d.status()).isEqualTo(DtsJobStatus.MIGRATING);
            assertThat(d.statusAsString()).isEqualTo("Migrating");
            assertThat(d.dtsJobId()).isEqualTo("l3m1213ye7l****");
            assertThat(d.dtsInstanceId()).isEqualTo("dtsl3m1213ye7l****");
            assertThat(d.dtsJobName()).isEqualTo("RDS_TO_RDS_MIGRATION");
            assertThat(d.jobType()).isEqualTo("MIGRATION");
            assertThat(d.payType()).isEqualTo("PostPaid");
            assertThat(d.finishTime()).isEqualTo("2021-03-16T08:01:34Z");
            assertThat(d.errorMessage()).isEmpty();
            assertThat(d.success()).isTrue();
        }
    }

    @ParameterizedTest
    @MethodSource("opsFormatsAndModes")
    void throwsSuccessFalseOnHttp200WithDynamicMessageSubstituted(Op op, ResponseFormat format, CallMode mode) {
        harness(format).enqueueFixture(200, "DeleteDtsJob-business-failure");

        ServiceException e = catchThrowableOfType(ServiceException.class, () -> op.call(mode, h));

        assertThat(e.errorCode()).isEqualTo("InvalidParameter");
        assertThat(e.errorMessage()).isEqualTo("The Value of Input Parameter DtsJobId is not valid.");
        assertThat(e.operation()).isEqualTo(op.action);
        assertThat(e.requestId()).isEqualTo("8A1E4F2B-5C6D-4E7F-9A0B-1C2D3E4F5A6B");
        assertThat(e.attempts()).isEqualTo(1);
    }

    @ParameterizedTest
    @MethodSource("opsAndModes")
    void mapsJobNotFoundToResourceNotFound(Op op, CallMode mode) {
        harness(ResponseFormat.JSON).enqueue(200, "{\"RequestId\":\"N-1\",\"Success\":false,\"HttpStatusCode\":404,"
                + "\"ErrCode\":\"InvalidJobId.NotFound\",\"ErrMessage\":\"The specified job %s does not exist.\","
                + "\"DynamicMessage\":\"j2\"}", "Content-Type: application/json");

        ResourceNotFoundException e = catchThrowableOfType(ResourceNotFoundException.class, () -> op.call(mode, h));

        assertThat(e.errorMessage()).isEqualTo("The specified job j2 does not exist.");
        assertThat(e.requestId()).isEqualTo("N-1");
    }

    @ParameterizedTest
    @MethodSource("opsFormatsAndModes")
    void retriesDocumentedThrottlingThenThrowsThrottlingException(Op op, ResponseFormat format, CallMode mode) {
        harness(format);
        for (int i = 0; i < 3; i++) {
            h.enqueueFixture(400, "error-Throttling.User");
        }

        ThrottlingException e = catchThrowableOfType(ThrottlingException.class, () -> op.call(mode, h));

        assertThat(e.errorCode()).isEqualTo("Throttling.User");
        assertThat(e.attempts()).isEqualTo(3);
        assertThat(h.server.getRequestCount()).isEqualTo(3);
    }

    @ParameterizedTest
    @MethodSource("opsAndModes")
    void mapsDocumentedExpiredTokenWithoutRetry(Op op, CallMode mode) {
        harness(ResponseFormat.JSON).enqueueFixture(403, "error-InvalidSecurityToken.Expired");

        AuthenticationException e = catchThrowableOfType(AuthenticationException.class, () -> op.call(mode, h));

        assertThat(e.errorCode()).isEqualTo("InvalidSecurityToken.Expired");
        assertThat(e.httpStatus()).isEqualTo(403);
        assertThat(h.server.getRequestCount()).isEqualTo(1);
    }

    @ParameterizedTest
    @MethodSource("opsAndModes")
    void retriesDocumentedServiceUnavailableThenThrowsIt(Op op, CallMode mode) {
        harness(ResponseFormat.JSON);
        for (int i = 0; i < 3; i++) {
            h.enqueueFixture(503, "error-ServiceUnavailable");
        }

        ServiceException e = catchThrowableOfType(ServiceException.class, () -> op.call(mode, h));

        assertThat(e.errorCode()).isEqualTo("ServiceUnavailable");
        assertThat(e.httpStatus()).isEqualTo(503);
        assertThat(e.attempts()).isEqualTo(3);
    }

    @ParameterizedTest
    @EnumSource(CallMode.class)
    void aBatchDeleteWhoseRetryFindsTasksGoneIsNotTakenAsDone(CallMode mode) {
        harness(ResponseFormat.JSON).enqueueFixture(503, "error-ServiceUnavailable");
        h.enqueue(200, "{\"RequestId\":\"N-2\",\"Success\":false,\"HttpStatusCode\":404,"
                + "\"ErrCode\":\"InvalidJobId.NotFound\",\"ErrMessage\":\"The specified job %s does not exist.\","
                + "\"DynamicMessage\":\"j1\"}", "Content-Type: application/json");

        assertThatThrownBy(() -> Op.DELETE_MANY.call(mode, h)).isInstanceOf(ResourceNotFoundException.class);
        assertThat(h.server.getRequestCount()).isEqualTo(2);
    }

    @ParameterizedTest
    @EnumSource(CallMode.class)
    void describeWithoutStatusIsNotASuccess(CallMode mode) {
        harness(ResponseFormat.JSON);
        for (int i = 0; i < 3; i++) { // an unexpected answer is retried like a server fault
            h.enqueue(200, "{\"RequestId\":\"R-1\",\"Success\":true,\"DtsJobId\":\"j1\"}",
                    "Content-Type: application/json");
        }

        ServiceException e = catchThrowableOfType(ServiceException.class,
                () -> mode.call(() -> h.sync.describeDtsJobDetail(b -> b.dtsJobId("j1")),
                        () -> h.async.describeDtsJobDetail(b -> b.dtsJobId("j1"))));

        assertThat(e.errorCode()).isEqualTo("SDK.UnexpectedResponse");
        assertThat(e.getMessage()).contains("Status");
        assertThat(e.attempts()).isEqualTo(3);
    }

    @ParameterizedTest
    @EnumSource(CallMode.class)
    void keepsAStatusThisSdkDoesNotKnow(CallMode mode) {
        harness(ResponseFormat.JSON).enqueue(200, "{\"RequestId\":\"R-2\",\"Success\":true,\"DtsJobId\":\"j1\","
                + "\"Status\":\"Hibernating\"}", "Content-Type: application/json");

        DescribeDtsJobDetailResponse r = mode.call(() -> h.sync.describeDtsJobDetail(b -> b.dtsJobId("j1")),
                () -> h.async.describeDtsJobDetail(b -> b.dtsJobId("j1")));

        assertThat(r.status()).isEqualTo(DtsJobStatus.UNKNOWN_TO_SDK_VERSION);
        assertThat(r.statusAsString()).isEqualTo("Hibernating");
    }

    @ParameterizedTest
    @EnumSource(DtsJobType.class)
    void sendsDeleteDtsJobsJobTypeAsDocumented(DtsJobType type) {
        harness(ResponseFormat.JSON).enqueueFixture(200, "DeleteDtsJob-success");

        h.sync.deleteDtsJob(DeleteDtsJobRequest.builder().dtsJobId("j1").jobType(type).build());

        assertThat(h.take().getUrl().queryParameter("JobType")).isEqualTo(type.name());
    }

    @ParameterizedTest
    @EnumSource(CallMode.class)
    void refusesBatchesDtsCannotCarryBeforeSending(CallMode mode) {
        harness(ResponseFormat.JSON);
        List<String> eleven = IntStream.rangeClosed(1, 11).mapToObj(i -> "j" + i).toList();

        assertThatThrownBy(() -> mode.call(() -> h.sync.deleteDtsJobs(b -> b.dtsJobIds(eleven)),
                () -> h.async.deleteDtsJobs(b -> b.dtsJobIds(eleven))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at most 10");
        assertThatThrownBy(() -> mode.call(() -> h.sync.stopDtsJobs(b -> b.dtsJobIds("a,b")),
                () -> h.async.stopDtsJobs(b -> b.dtsJobIds("a,b"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("dtsJobIds[0]");
        assertThatThrownBy(() -> mode.call(() -> h.sync.suspendDtsJobs(b -> b.dtsJobIds(List.of())),
                () -> h.async.suspendDtsJobs(b -> b.dtsJobIds(List.of()))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("dtsJobIds");
        assertThatThrownBy(() -> mode.call(() -> h.sync.stopDtsJob(b -> b.dtsJobId(" ")),
                () -> h.async.stopDtsJob(b -> b.dtsJobId(" "))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("dtsJobId");
        assertThatThrownBy(() -> mode.call(() -> h.sync.describeDtsJobDetail(b -> b.dtsJobId("j1\r\nX: y")),
                () -> h.async.describeDtsJobDetail(b -> b.dtsJobId("j1\r\nX: y"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("dtsJobId");

        assertThatThrownBy(() -> mode.call(() -> h.sync.describeDtsJobs(b -> b.pageSize(40)),
                () -> h.async.describeDtsJobs(b -> b.pageSize(40))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("30, 50 or 100");
        assertThatThrownBy(() -> mode.call(() -> h.sync.describeDtsJobs(b -> b.pageNumber(0)),
                () -> h.async.describeDtsJobs(b -> b.pageNumber(0))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("pageNumber");

        List<String> ten = IntStream.rangeClosed(1, 10).mapToObj(i -> "j" + i).toList();
        h.enqueueFixture(200, "DeleteDtsJobs-success");
        mode.call(() -> h.sync.deleteDtsJobs(b -> b.dtsJobIds(ten)), () -> h.async.deleteDtsJobs(b -> b.dtsJobIds(ten)));
        assertThat(h.take().getUrl().queryParameter("DtsJobIds")).isEqualTo(String.join(",", ten));
        assertThat(h.server.getRequestCount()).isEqualTo(1);
    }
}
