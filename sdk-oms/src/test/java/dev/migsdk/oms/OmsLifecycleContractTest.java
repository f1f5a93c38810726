package dev.migsdk.oms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.migsdk.core.SdkResponse;
import dev.migsdk.core.exception.AccessDeniedException;
import dev.migsdk.core.exception.InvalidStatusException;
import dev.migsdk.core.exception.ResourceNotFoundException;
import dev.migsdk.core.exception.ServiceException;
import dev.migsdk.core.testing.CallMode;
import dev.migsdk.core.testing.HuaweiSignatureCheck;
import dev.migsdk.oms.model.ListTasksResponse;
import dev.migsdk.oms.model.ShowSyncTaskResponse;
import dev.migsdk.oms.model.ShowTaskGroupResponse;
import dev.migsdk.oms.model.ShowTaskResponse;
import dev.migsdk.oms.model.Task;
import dev.migsdk.oms.model.TaskGroupStatus;
import dev.migsdk.oms.model.TaskStatus;
import java.util.List;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The OMS lifecycle operations over MockWebServer: for each, the exact request (method, path, query, body, the
 * signature recomputed from what arrived), the documented success decoded, and the documented errors as typed
 * exceptions, sync and async.
 */
class OmsLifecycleContractTest {
    private static final String PROJECT = OmsHarness.PROJECT_ID;
    private static final String GROUP = "b1c5a3e2-7d3f-4c1e-9f27-0a1b2c3d4e5f";

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

    /** One operation: how to call it, and the request it must send. */
    record Op(String name, String method, String path, String query, BiFunction<OmsHarness, CallMode, Object> call) {
        @Override
        public String toString() {
            return name;
        }
    }

    static List<Op> operations() {
        return List.of(
                new Op("StopTask", "POST", "/v2/" + PROJECT + "/tasks/191297407830872/stop", null,
                        (h, m) -> m.call(() -> h.sync.stopTask(b -> b.taskId(191297407830872L)),
                                () -> h.async.stopTask(b -> b.taskId(191297407830872L)))),
                new Op("ShowTask", "GET", "/v2/" + PROJECT + "/tasks/191297407830872", null,
                        (h, m) -> m.call(() -> h.sync.showTask(b -> b.taskId(191297407830872L)),
                                () -> h.async.showTask(b -> b.taskId(191297407830872L)))),
                new Op("ListTasks", "GET", "/v2/" + PROJECT + "/tasks",
                        "group_id=g%201&limit=2&offset=4&status=2&task_name=a%2Bb",
                        (h, m) -> m.call(() -> h.sync.listTasks(b -> b.groupId("g 1").limit(2).offset(4)
                                        .status(TaskStatus.MIGRATING).taskName("a+b")),
                                () -> h.async.listTasks(b -> b.groupId("g 1").limit(2).offset(4)
                                        .status(TaskStatus.MIGRATING).taskName("a+b")))),
                new Op("StopTaskGroup", "PUT", "/v2/" + PROJECT + "/taskgroups/" + GROUP + "/stop", null,
                        (h, m) -> m.call(() -> h.sync.stopTaskGroup(b -> b.groupId(GROUP)),
                                () -> h.async.stopTaskGroup(b -> b.groupId(GROUP)))),
                new Op("ShowTaskGroup", "GET", "/v2/" + PROJECT + "/taskgroups/" + GROUP, null,
                        (h, m) -> m.call(() -> h.sync.showTaskGroup(b -> b.groupId(GROUP)),
                                () -> h.async.showTaskGroup(b -> b.groupId(GROUP)))),
                new Op("DeleteTaskGroup", "DELETE", "/v2/" + PROJECT + "/taskgroups/" + GROUP, null,
                        (h, m) -> m.call(() -> h.sync.deleteTaskGroup(b -> b.groupId(GROUP)),
                                () -> h.async.deleteTaskGroup(b -> b.groupId(GROUP)))),
                new Op("StopSyncTask", "POST", "/v2/" + PROJECT + "/sync-tasks/sync-0a1b2c3d/stop", null,
                        (h, m) -> m.call(() -> h.sync.stopSyncTask(b -> b.syncTaskId("sync-0a1b2c3d")),
                                () -> h.async.stopSyncTask(b -> b.syncTaskId("sync-0a1b2c3d")))),
                new Op("ShowSyncTask", "GET", "/v2/" + PROJECT + "/sync-tasks/sync-0a1b2c3d",
                        "query_time=1701396000000",
                        (h, m) -> m.call(() -> h.sync.showSyncTask(b -> b.syncTaskId("sync-0a1b2c3d")
                                        .queryTime(1701396000000L)),
                                () -> h.async.showSyncTask(b -> b.syncTaskId("sync-0a1b2c3d")
                                        .queryTime(1701396000000L)))),
                new Op("DeleteSyncTask", "DELETE", "/v2/" + PROJECT + "/sync-tasks/sync-0a1b2c3d", null,
                        (h, m) -> m.call(() -> h.sync.deleteSyncTask(b -> b.syncTaskId("sync-0a1b2c3d")),
                                () -> h.async.deleteSyncTask(b -> b.syncTaskId("sync-0a1b2c3d")))));
    }

    static Stream<Arguments> operationsAndModes() {
        return operations().stream().flatMap(op -> Stream.of(CallMode.values()).map(m -> Arguments.of(op, m)));
    }

    /** The documented success body of each operation (none for stop/delete). */
    private static String successFixture(String op) {
        return switch (op) {
            case "ShowTask" -> "ShowTask-200.json";
            case "ListTasks" -> "ListTasks-200.json";
            case "ShowTaskGroup" -> "ShowTaskGroup-200.json";
            case "ShowSyncTask" -> "ShowSyncTask-200.json";
            default -> null;
        };
    }

    private void enqueueSuccess(Op op) {
        String fixture = successFixture(op.name());
        if (fixture == null) {
            h.enqueue(200, "", "X-Request-Id: oms-ok");
        } else {
            h.enqueueFixture(200, fixture, "X-Request-Id: oms-ok", "Content-Type: application/json");
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("operationsAndModes")
    void sendsTheExactSignedRequest(Op op, CallMode mode) {
        harness();
        enqueueSuccess(op);

        Object response = op.call().apply(h, mode);

        RecordedRequest r = h.take();
        assertThat(r.getMethod()).isEqualTo(op.method());
        assertThat(r.getUrl().encodedPath()).isEqualTo(op.path());
        assertThat(r.getUrl().encodedQuery()).isEqualTo(op.query());
        assertThat(r.getBodySize()).isZero();
        assertThat(r.getHeaders().get("X-Project-Id")).isEqualTo(PROJECT);
        assertThat(r.getHeaders().get("Authorization")).startsWith("SDK-HMAC-SHA256 Access=AccessKey, "
                + "SignedHeaders=host;user-agent;x-project-id;x-sdk-date, Signature=");
        byte[] body = r.getBody() == null ? new byte[0] : r.getBody().toByteArray();
        assertThat(HuaweiSignatureCheck.signatureOnTheWire(r.getHeaders())).isEqualTo(HuaweiSignatureCheck
                .expectedSignature(r.getMethod(), r.getUrl(), r.getHeaders(), body, "SecretKey"));
        assertThat(((SdkResponse) response).requestId()).isEqualTo("oms-ok");
        assertThat(response.toString()).contains("oms-ok");
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("operationsAndModes")
    void mapsNoResourcesFoundToResourceNotFound(Op op, CallMode mode) {
        harness().enqueueFixture(404, "error-OMS.1009.json", "X-Request-Id: oms-404");

        ResourceNotFoundException e = catchThrowableOfType(ResourceNotFoundException.class,
                () -> op.call().apply(h, mode));

        assertThat(e.operation()).isEqualTo(op.name());
        assertThat(e.errorCode()).isEqualTo("OMS.1009");
        assertThat(e.requestId()).isEqualTo("oms-404");
        assertThat(h.server.getRequestCount()).isEqualTo(1);
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("operationsAndModes")
    void mapsTheDocumented403ToAccessDenied(Op op, CallMode mode) {
        harness().enqueueFixture(403, "error-403.json", "X-Request-Id: oms-403");

        AccessDeniedException e = catchThrowableOfType(AccessDeniedException.class, () -> op.call().apply(h, mode));

        assertThat(e.httpStatus()).isEqualTo(403);
        assertThat(e.errorCode()).isEqualTo("OMS.0002");
        assertThat(h.server.getRequestCount()).isEqualTo(1);
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("operationsAndModes")
    void reportsTheDocumented400AsServiceException(Op op, CallMode mode) {
        harness().enqueueFixture(400, "error-OMS.0064.json", "X-Request-Id: oms-400");

        ServiceException e = catchThrowableOfType(ServiceException.class, () -> op.call().apply(h, mode));

        assertThat(e.getClass()).isEqualTo(ServiceException.class);
        assertThat(e.errorCode()).isEqualTo("OMS.0064");
        assertThat(e.getMessage()).endsWith("(Service: OMS, Operation: " + op.name()
                + ", Status: 400, Code: OMS.0064, Request ID: oms-400, Attempts: 1)");
    }

    @ParameterizedTest
    @EnumSource(CallMode.class)
    void stopOfATaskNotMigratingIsInvalidStatus(CallMode mode) {
        harness().enqueueFixture(400, "error-OMS.1002.json");

        assertThatThrownBy(() -> mode.call(() -> h.sync.stopTask(b -> b.taskId(1L)),
                () -> h.async.stopTask(b -> b.taskId(1L)))).isInstanceOf(InvalidStatusException.class);
    }

    @ParameterizedTest
    @EnumSource(CallMode.class)
    void decodesTheDocumentedShowTaskExample(CallMode mode) {
        harness().enqueueFixture(200, "ShowTask-200.json");

        ShowTaskResponse r = mode.call(() -> h.sync.showTask(b -> b.taskId(191297407830872L)),
                () -> h.async.showTask(b -> b.taskId(191297407830872L)));

        assertThat(r.id()).isEqualTo(191297407830872L);
        assertThat(r.name()).isEqualTo("oms-task-demo");
        assertThat(r.status()).isEqualTo(TaskStatus.MIGRATING);
        assertThat(r.statusCode()).isEqualTo(2);
        assertThat(r.progress()).isEqualTo(0.522);
        assertThat(r.errorCode()).isNull();
        assertThat(r.groupId()).isEmpty();
        Task t = r.task();
        assertThat(t.totalNum()).isEqualTo(100L);
        assertThat(t.successfulNum()).isEqualTo(51L);
        assertThat(t.completeSize()).isEqualTo(1048576L);
        assertThat(t.leftTime()).isEqualTo(120000L);
        assertThat(t.startTime()).isEqualTo(1701396000000L);
    }

    @ParameterizedTest
    @EnumSource(CallMode.class)
    void decodesAFailedTasksErrorReason(CallMode mode) {
        harness().enqueueFixture(200, "ShowTask-200-failed.json");

        ShowTaskResponse r = mode.call(() -> h.sync.showTask(b -> b.taskId(1L)), () -> h.async.showTask(b -> b.taskId(1L)));

        assertThat(r.status()).isEqualTo(TaskStatus.FAILED);
        assertThat(r.errorCode()).isEqualTo("OMS.1103");
        assertThat(r.errorMessage()).isEqualTo("The source bucket does not exist.");
        assertThat(r.groupId()).isEqualTo("g-7");
    }

    @ParameterizedTest
    @EnumSource(CallMode.class)
    void keepsAStatusThisSdkDoesNotKnow(CallMode mode) {
        harness().enqueue(200, "{\"id\":5,\"status\":42}");

        ShowTaskResponse r = mode.call(() -> h.sync.showTask(b -> b.taskId(5L)), () -> h.async.showTask(b -> b.taskId(5L)));

        assertThat(r.status()).isEqualTo(TaskStatus.UNKNOWN_TO_SDK_VERSION);
        assertThat(r.statusCode()).isEqualTo(42);
    }

    @ParameterizedTest
    @EnumSource(CallMode.class)
    void aMalformedOrIncompleteShowTaskIsNotASuccess(CallMode mode) {
        harness();
        for (int i = 0; i < 3; i++) {
            h.enqueue(200, "{\"id\":5,\"status\":\"paused\"}", "X-Request-Id: oms-bad");
        }

        ServiceException e = catchThrowableOfType(ServiceException.class,
                () -> mode.call(() -> h.sync.showTask(b -> b.taskId(5L)), () -> h.async.showTask(b -> b.taskId(5L))));

        assertThat(e.errorCode()).isEqualTo("SDK.UnexpectedResponse");
        assertThat(e.getMessage()).contains("status").contains("paused");
        for (int i = 0; i < 3; i++) {
            h.enqueue(200, "{\"id\":5}");
        }
        ServiceException missing = catchThrowableOfType(ServiceException.class,
                () -> mode.call(() -> h.sync.showTask(b -> b.taskId(5L)), () -> h.async.showTask(b -> b.taskId(5L))));
        assertThat(missing.errorCode()).isEqualTo("SDK.UnexpectedResponse");
        assertThat(missing.getMessage()).contains("documented field status");
    }

    @ParameterizedTest
    @EnumSource(CallMode.class)
    void decodesListTasks(CallMode mode) {
        harness().enqueueFixture(200, "ListTasks-200.json");

        ListTasksResponse r = mode.call(() -> h.sync.listTasks(b -> b.limit(2)), () -> h.async.listTasks(b -> b.limit(2)));

        assertThat(r.count()).isEqualTo(5L);
        assertThat(r.tasks()).extracting(Task::id).containsExactly(1L, 2L);
        assertThat(r.tasks()).extracting(Task::status).containsExactly(TaskStatus.MIGRATING, TaskStatus.PAUSING);
        assertThat(r.tasks().get(0).groupId()).isEqualTo("g-1");
        assertThat(h.take().getUrl().encodedQuery()).isEqualTo("limit=2");
    }

    @ParameterizedTest
    @EnumSource(CallMode.class)
    void aListEntryOfTheWrongShapeIsNamed(CallMode mode) {
        harness();
        for (int i = 0; i < 3; i++) {
            h.enqueue(200, "{\"count\":1,\"tasks\":[{\"id\":1,\"status\":2},{\"id\":\"x\",\"status\":2}]}");
        }

        ServiceException e = catchThrowableOfType(ServiceException.class,
                () -> mode.call(() -> h.sync.listTasks(b -> { }), () -> h.async.listTasks(b -> { })));

        assertThat(e.errorCode()).isEqualTo("SDK.UnexpectedResponse");
        assertThat(e.getMessage()).contains("tasks[1].id");
    }

    @ParameterizedTest
    @EnumSource(CallMode.class)
    void decodesTaskGroupAndSyncTask(CallMode mode) {
        harness().enqueueFixture(200, "ShowTaskGroup-200.json");
        h.enqueueFixture(200, "ShowSyncTask-200.json");

        ShowTaskGroupResponse g = mode.call(() -> h.sync.showTaskGroup(b -> b.groupId(GROUP)),
                () -> h.async.showTaskGroup(b -> b.groupId(GROUP)));
        ShowSyncTaskResponse s = mode.call(() -> h.sync.showSyncTask(b -> b.syncTaskId("sync-0a1b2c3d").queryTime(0L)),
                () -> h.async.showSyncTask(b -> b.syncTaskId("sync-0a1b2c3d").queryTime(0L)));

        assertThat(g.groupId()).isEqualTo(GROUP);
        assertThat(g.status()).isEqualTo(TaskGroupStatus.MONITORING);
        assertThat(g.statusCode()).isEqualTo(2);
        assertThat(g.description()).isEqualTo("nightly");
        assertThat(g.totalNum()).isEqualTo(10L);
        assertThat(g.successNum()).isEqualTo(4L);
        assertThat(g.failNum()).isEqualTo(1L);
        assertThat(s.syncTaskId()).isEqualTo("sync-0a1b2c3d");
        assertThat(s.status()).isEqualTo("SYNCHRONIZING");
        assertThat(s.synchronizing()).isTrue();
        assertThat(s.srcBucket()).isEqualTo("src-bucket");
        assertThat(s.dstBucket()).isEqualTo("dst-bucket");
    }

    @ParameterizedTest
    @EnumSource(CallMode.class)
    void deletesOfGroupsAndSyncTasksAccept204AndCountALostAnswerAsDone(CallMode mode) {
        harness().enqueue(204, "");
        h.enqueue(503, "");
        h.enqueueFixture(404, "error-OMS.1009.json", "X-Request-Id: gone");

        assertThat(mode.call(() -> h.sync.deleteTaskGroup(b -> b.groupId(GROUP)),
                () -> h.async.deleteTaskGroup(b -> b.groupId(GROUP))).httpStatus()).isEqualTo(204);
        assertThat(mode.call(() -> h.sync.deleteSyncTask(b -> b.syncTaskId("s")),
                () -> h.async.deleteSyncTask(b -> b.syncTaskId("s"))).alreadyDeleted()).isTrue();
    }

    @ParameterizedTest
    @EnumSource(CallMode.class)
    void validatesWhatOmsDocumentsBeforeSending(CallMode mode) {
        harness();

        assertThatThrownBy(() -> mode.call(() -> h.sync.listTasks(b -> b.limit(0)), () -> h.async.listTasks(b -> b.limit(0))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("limit");
        assertThatThrownBy(() -> mode.call(() -> h.sync.listTasks(b -> b.limit(101)),
                () -> h.async.listTasks(b -> b.limit(101)))).hasMessageContaining("limit");
        assertThatThrownBy(() -> mode.call(() -> h.sync.listTasks(b -> b.offset(-1)),
                () -> h.async.listTasks(b -> b.offset(-1)))).hasMessageContaining("offset");
        assertThatThrownBy(() -> mode.call(() -> h.sync.listTasks(b -> b.status(TaskStatus.UNKNOWN_TO_SDK_VERSION)),
                () -> h.async.listTasks(b -> b.status(TaskStatus.UNKNOWN_TO_SDK_VERSION)))).hasMessageContaining("status");
        assertThatThrownBy(() -> mode.call(() -> h.sync.stopTask(b -> b.taskId(1_000_000_000_000_000L)),
                () -> h.async.stopTask(b -> b.taskId(1_000_000_000_000_000L)))).hasMessageContaining("taskId");
        assertThatThrownBy(() -> mode.call(() -> h.sync.showTask(b -> { }), () -> h.async.showTask(b -> { })))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("taskId");
        assertThatThrownBy(() -> mode.call(() -> h.sync.stopTaskGroup(b -> b.groupId("x".repeat(1025))),
                () -> h.async.stopTaskGroup(b -> b.groupId("x".repeat(1025))))).hasMessageContaining("groupId");
        assertThatThrownBy(() -> mode.call(() -> h.sync.showSyncTask(b -> b.syncTaskId("s")),
                () -> h.async.showSyncTask(b -> b.syncTaskId("s")))).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("queryTime");
        assertThatThrownBy(() -> mode.call(() -> h.sync.deleteSyncTask(b -> b.syncTaskId("a\nb")),
                () -> h.async.deleteSyncTask(b -> b.syncTaskId("a\nb")))).hasMessageContaining("syncTaskId");
        assertThat(h.server.getRequestCount()).isZero();
    }
}
