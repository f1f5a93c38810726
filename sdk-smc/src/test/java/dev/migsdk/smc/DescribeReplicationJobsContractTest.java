package dev.migsdk.smc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.migsdk.core.auth.AlibabaSignatureAlgorithm;
import dev.migsdk.core.client.ResponseFormat;
import dev.migsdk.core.exception.AccessDeniedException;
import dev.migsdk.core.exception.ServiceException;
import dev.migsdk.core.testing.CallMode;
import dev.migsdk.core.testing.Fixtures;
import dev.migsdk.smc.model.DescribeReplicationJobsRequest;
import dev.migsdk.smc.model.DescribeReplicationJobsResponse;
import dev.migsdk.smc.model.ReplicationJob;
import dev.migsdk.smc.model.ReplicationJobBusinessStatus;
import dev.migsdk.smc.model.ReplicationJobStatus;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import mockwebserver3.RecordedRequest;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * SMC DescribeReplicationJobs over MockWebServer: every documented parameter on the wire (JobId.N and
 * SourceId.N the RPC way), the documented success example in JSON and XML, the documented errors, and the
 * documented limits checked before anything is sent.
 */
class DescribeReplicationJobsContractTest {
    private static final String DOC_REQUEST_ID = "6E1187E8-843A-4850-B97E-2F17F00D48F7";

    private SmcHarness h;

    @BeforeEach
    void start() {
        h = new SmcHarness();
    }

    @AfterEach
    void stop() {
        h.close();
    }

    private DescribeReplicationJobsResponse describe(CallMode mode, DescribeReplicationJobsRequest r) {
        return mode.call(() -> h.sync.describeReplicationJobs(r), () -> h.async.describeReplicationJobs(r));
    }

    private static DescribeReplicationJobsRequest everyParameter() {
        return DescribeReplicationJobsRequest.builder().jobIds("j-1", "j-2").sourceIds("s-1").name("nightly")
                .regionId("cn-hangzhou").status(ReplicationJobStatus.RUNNING)
                .businessStatus(ReplicationJobBusinessStatus.SYNCING).pageNumber(2).pageSize(50).build();
    }

    @ParameterizedTest
    @EnumSource(CallMode.class)
    void sendsEveryDocumentedParameterWithRepeatedIdsNumberedFromOne(CallMode mode) {
        h.enqueueJson(200, Fixtures.read("fixtures/smc/DescribeReplicationJobs-success.json"));

        describe(mode, everyParameter());

        RecordedRequest r = h.take();
        HttpUrl url = r.getUrl();
        assertThat(r.getMethod()).isEqualTo("POST");
        assertThat(url.encodedPath()).isEqualTo("/");
        assertThat(r.getHeaders().get("x-acs-action")).isEqualTo("DescribeReplicationJobs");
        assertThat(r.getHeaders().get("x-acs-version")).isEqualTo("2019-06-01");
        Map<String, String> sent = new LinkedHashMap<>();
        url.queryParameterNames().forEach(n -> sent.put(n, url.queryParameter(n)));
        assertThat(sent).isEqualTo(Map.of("Format", "JSON", "JobId.1", "j-1", "JobId.2", "j-2", "SourceId.1", "s-1",
                "Name", "nightly", "RegionId", "cn-hangzhou", "Status", "Running", "BusinessStatus", "Syncing",
                "PageNumber", "2", "PageSize", "50"));
    }

    @ParameterizedTest
    @EnumSource(CallMode.class)
    void sendsNothingButTheFormatWhenNoFilterIsSet(CallMode mode) {
        h.enqueueJson(200, Fixtures.read("fixtures/smc/DescribeReplicationJobs-success.json"));

        mode.call(() -> h.sync.describeReplicationJobs(b -> { }), () -> h.async.describeReplicationJobs(b -> { }));

        assertThat(h.take().getUrl().queryParameterNames()).containsExactly("Format");
    }

    @ParameterizedTest
    @EnumSource(CallMode.class)
    void signsTheRepeatedParametersWithRpcV1(CallMode mode) {
        h.close();
        h = new SmcHarness(b -> b.signatureAlgorithm(AlibabaSignatureAlgorithm.RPC_HMAC_SHA1));
        h.enqueueJson(200, Fixtures.read("fixtures/smc/DescribeReplicationJobs-success.json"));

        describe(mode, everyParameter());

        HttpUrl url = h.take().getUrl();
        assertThat(url.queryParameter("Action")).isEqualTo("DescribeReplicationJobs");
        assertThat(url.queryParameter("JobId.2")).isEqualTo("j-2");
        assertThat(url.queryParameter("Signature")).isNotBlank();
    }

    private static void assertDocumentedExample(DescribeReplicationJobsResponse r) {
        assertThat(r.requestId()).isEqualTo(DOC_REQUEST_ID);
        assertThat(r.totalCount()).isEqualTo(1);
        assertThat(r.pageNumber()).isEqualTo(1);
        assertThat(r.pageSize()).isEqualTo(10);
        assertThat(r.jobs()).hasSize(1);
        ReplicationJob j = r.jobs().get(0);
        assertThat(j.jobId()).isEqualTo("j-bp19vlwm0tyigbmj****");
        assertThat(j.name()).isEqualTo("testMigrationTaskName");
        assertThat(j.status()).isEqualTo(ReplicationJobStatus.RUNNING);
        assertThat(j.statusAsString()).isEqualTo("Running");
        assertThat(j.businessStatus()).isEqualTo(ReplicationJobBusinessStatus.PROCESSING);
        assertThat(j.sourceId()).isEqualTo("s-bp1e2fsl57knvuug****");
        assertThat(j.regionId()).isEqualTo("cn-hangzhou");
        assertThat(j.transitionInstanceId()).isEqualTo("i-bp1ff25rzvnul6kr****");
        assertThat(j.progress()).isEqualTo(75.0);
        assertThat(j.creationTime()).isEqualTo("2020-05-14T12:01:24Z");
        assertThat(j.errorCode()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(CallMode.class)
    void decodesTheDocumentedJsonExample(CallMode mode) {
        h.enqueueJson(200, Fixtures.read("fixtures/smc/DescribeReplicationJobs-success.json"));

        assertDocumentedExample(describe(mode, everyParameter()));
    }

    @ParameterizedTest
    @EnumSource(CallMode.class)
    void decodesTheDocumentedXmlExample(CallMode mode) {
        h.close();
        h = new SmcHarness(b -> b.responseFormat(ResponseFormat.XML));
        h.enqueue(200, Fixtures.read("fixtures/smc/DescribeReplicationJobs-success.xml"),
                "Content-Type: text/xml;charset=utf-8");

        assertDocumentedExample(describe(mode, everyParameter()));
        assertThat(h.take().getUrl().queryParameter("Format")).isEqualTo("XML");
    }

    @ParameterizedTest
    @EnumSource(CallMode.class)
    void decodesSeveralJobsInXmlAndAnEmptyList(CallMode mode) {
        h.close();
        h = new SmcHarness(b -> b.responseFormat(ResponseFormat.XML));
        h.enqueue(200, "<DescribeReplicationJobsResponse><TotalCount>2</TotalCount><ReplicationJobs>"
                + "<ReplicationJob><JobId>j-1</JobId><Status>Stopped</Status></ReplicationJob>"
                + "<ReplicationJob><JobId>j-2</JobId><Status>InError</Status><StatusInfo>disk full</StatusInfo>"
                + "</ReplicationJob></ReplicationJobs><RequestId>R-2</RequestId></DescribeReplicationJobsResponse>",
                "Content-Type: text/xml;charset=utf-8");
        h.enqueue(200, "<DescribeReplicationJobsResponse><TotalCount>0</TotalCount><ReplicationJobs>"
                + "</ReplicationJobs><RequestId>R-3</RequestId></DescribeReplicationJobsResponse>",
                "Content-Type: text/xml;charset=utf-8");

        DescribeReplicationJobsResponse two = describe(mode, everyParameter());
        DescribeReplicationJobsResponse none = describe(mode, everyParameter());

        assertThat(two.jobs()).extracting(ReplicationJob::jobId).containsExactly("j-1", "j-2");
        assertThat(two.jobs().get(1).status()).isEqualTo(ReplicationJobStatus.IN_ERROR);
        assertThat(two.jobs().get(1).statusInfo()).isEqualTo("disk full");
        assertThat(none.jobs()).isEmpty();
        assertThat(none.totalCount()).isZero();
    }

    @ParameterizedTest
    @EnumSource(CallMode.class)
    void keepsStatesThisSdkDoesNotKnow(CallMode mode) {
        h.enqueueJson(200, "{\"RequestId\":\"R-4\",\"TotalCount\":1,\"ReplicationJobs\":{\"ReplicationJob\":["
                + "{\"JobId\":\"j-1\",\"Status\":\"Hibernating\",\"BusinessStatus\":\"Thinking\"}]}}");

        ReplicationJob j = describe(mode, everyParameter()).jobs().get(0);

        assertThat(j.status()).isEqualTo(ReplicationJobStatus.UNKNOWN_TO_SDK_VERSION);
        assertThat(j.statusAsString()).isEqualTo("Hibernating");
        assertThat(j.businessStatus()).isEqualTo(ReplicationJobBusinessStatus.UNKNOWN_TO_SDK_VERSION);
        assertThat(j.businessStatusAsString()).isEqualTo("Thinking");
    }

    @ParameterizedTest
    @EnumSource(CallMode.class)
    void mapsDocumentedForbiddenUnauthorizedToAccessDenied(CallMode mode) {
        h.enqueueJson(403, Fixtures.read("fixtures/smc/error-Forbidden.Unauthorized.json"));

        AccessDeniedException e = catchThrowableOfType(AccessDeniedException.class,
                () -> describe(mode, everyParameter()));

        assertThat(e.errorCode()).isEqualTo("Forbidden.Unauthorized");
        assertThat(e.httpStatus()).isEqualTo(403);
        assertThat(e.operation()).isEqualTo("DescribeReplicationJobs");
        assertThat(e.requestId()).isEqualTo("3F2A1B0C-9D8E-4F7A-8B6C-5D4E3F2A1B0C");
        assertThat(h.server.getRequestCount()).isEqualTo(1);
    }

    @ParameterizedTest
    @EnumSource(CallMode.class)
    void retriesDocumentedInternalErrorThenThrowsIt(CallMode mode) {
        for (int i = 0; i < 3; i++) {
            h.enqueueJson(500, Fixtures.read("fixtures/smc/error-InternalError.json"));
        }

        ServiceException e = catchThrowableOfType(ServiceException.class, () -> describe(mode, everyParameter()));

        assertThat(e.errorCode()).isEqualTo("InternalError");
        assertThat(e.attempts()).isEqualTo(3);
    }

    @ParameterizedTest
    @EnumSource(CallMode.class)
    void aMalformedListIsAnUnexpectedResponseNotAnEmptyOne(CallMode mode) {
        for (int i = 0; i < 3; i++) {
            h.enqueueJson(200, "{\"RequestId\":\"R-5\",\"TotalCount\":1,\"ReplicationJobs\":{\"ReplicationJob\":[\"j-1\"]}}");
        }

        ServiceException e = catchThrowableOfType(ServiceException.class, () -> describe(mode, everyParameter()));

        assertThat(e.errorCode()).isEqualTo("SDK.UnexpectedResponse");
        assertThat(e.getMessage()).contains("ReplicationJobs.ReplicationJob");
    }

    @ParameterizedTest
    @EnumSource(CallMode.class)
    void anAnswerWithoutTotalCountIsNotASuccess(CallMode mode) {
        for (int i = 0; i < 3; i++) {
            h.enqueueJson(200, "{\"RequestId\":\"R-6\"}");
        }

        ServiceException e = catchThrowableOfType(ServiceException.class, () -> describe(mode, everyParameter()));

        assertThat(e.errorCode()).isEqualTo("SDK.UnexpectedResponse");
        assertThat(e.getMessage()).contains("TotalCount");
    }

    @Test
    void refusesWhatSmcDocumentsItCannotTakeBeforeSending() {
        List<String> fiftyOne = IntStream.rangeClosed(1, 51).mapToObj(i -> "j-" + i).toList();
        assertThatThrownBy(() -> h.sync.describeReplicationJobs(b -> b.jobIds(fiftyOne)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("jobIds").hasMessageContaining("50");
        assertThatThrownBy(() -> h.sync.describeReplicationJobs(b -> b.sourceIds(fiftyOne)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("sourceIds");
        assertThatThrownBy(() -> h.sync.describeReplicationJobs(b -> b.pageSize(51)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("pageSize");
        assertThatThrownBy(() -> h.sync.describeReplicationJobs(b -> b.pageSize(0)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("pageSize");
        assertThatThrownBy(() -> h.sync.describeReplicationJobs(b -> b.pageNumber(0)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("pageNumber");
        assertThatThrownBy(() -> h.sync.describeReplicationJobs(b -> b.name("a\r\nX-Evil: 1")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("name");
        assertThatThrownBy(() -> h.sync.describeReplicationJobs(b -> b.jobIds("j-1", " ")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("jobIds[1]");
        assertThatThrownBy(() -> DescribeReplicationJobsRequest.builder()
                .status(ReplicationJobStatus.UNKNOWN_TO_SDK_VERSION)).isInstanceOf(IllegalArgumentException.class);
        assertThat(CallMode.unwrap(catchThrowableOfType(Exception.class,
                () -> h.async.describeReplicationJobs(b -> b.pageSize(51)).join()))).isInstanceOf(
                IllegalArgumentException.class);
        assertThat(h.server.getRequestCount()).isZero();
    }
}
