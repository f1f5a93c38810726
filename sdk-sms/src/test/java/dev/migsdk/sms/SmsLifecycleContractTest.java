package dev.migsdk.sms;

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
import dev.migsdk.sms.model.DeleteTasksResponse;
import dev.migsdk.sms.model.ListTasksResponse;
import dev.migsdk.sms.model.ShowTaskResponse;
import dev.migsdk.sms.model.Task;
import dev.migsdk.sms.model.TaskAction;
import dev.migsdk.sms.model.TaskState;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The SMS lifecycle operations over MockWebServer: for each, the exact request (method, path, query, JSON body,
 * the signature recomputed from what arrived, X-Domain-Id), the documented success decoded, and the documented
 * errors as typed exceptions, sync and async.
 */
class SmsLifecycleContractTest {
    private static final String TASK = "7a9a9540-ff28-4869-b9e4-855fbe12e83b";

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

    /** One operation: how to call it, and the request it must send. */
    record Op(String name, String method, String path, String query, String body, String success,
              BiFunction<SmsHarness, CallMode, Object> call) {
        @Override
        public String toString() {
            return name + (body == null ? "" : " " + body);
        }
    }

    static List<Op> operations() {
        return List.of(
                new Op("UpdateTaskStatus", "POST", "/v3/tasks/" + TASK + "/action", null,
                        "{\"operation\":\"migration_test\"}", "UpdateTaskStatus-200.json",
                        (h, m) -> m.call(() -> h.sync.updateTaskStatus(b -> b.taskId(TASK)
                                        .operation(TaskAction.MIGRATION_TEST)),
                                () -> h.async.updateTaskStatus(b -> b.taskId(TASK).operation(TaskAction.MIGRATION_TEST)))),
                new Op("UpdateTaskStatus", "POST", "/v3/tasks/" + TASK + "/action", null,
                        "{\"operation\":\"stop\"}", "UpdateTaskStatus-200.json",
                        (h, m) -> m.call(() -> h.sync.stopTask(TASK), () -> h.async.stopTask(TASK))),
                new Op("ShowTask", "GET", "/v3/tasks/" + TASK, null, null, "ShowTask-200.json",
                        (h, m) -> m.call(() -> h.sync.showTask(b -> b.taskId(TASK)),
                                () -> h.async.showTask(b -> b.taskId(TASK)))),
                new Op("ListTasks", "GET", "/v3/tasks",
                        "state=ABORTING&name=my%20task&id=t-1&source_server_id=s-1&limit=200&offset=0", null,
                        "ListTasks-200.json",
                        (h, m) -> m.call(() -> h.sync.listTasks(b -> b.state(TaskState.ABORTING).name("my task")
                                        .id("t-1").sourceServerId("s-1").limit(200).offset(0)),
                                () -> h.async.listTasks(b -> b.state(TaskState.ABORTING).name("my task").id("t-1")
                                        .sourceServerId("s-1").limit(200).offset(0)))),
                new Op("DeleteTasks", "POST", "/v3/tasks/delete", null, "{\"ids\":[\"1\",\"2\",\"3\"]}", null,
                        (h, m) -> m.call(() -> h.sync.deleteTasks(b -> b.ids("1", "2", "3")),
                                () -> h.async.deleteTasks(b -> b.ids("1", "2", "3")))));
    }

    static Stream<Arguments> operationsAndModes() {
        return operations().stream().flatMap(op -> Stream.of(CallMode.values()).map(m -> Arguments.of(op, m)));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("operationsAndModes")
    void sendsTheExactSignedRequest(Op op, CallMode mode) {
        harness();
        if (op.success() == null) {
            h.enqueue(200, "", "X-Request-Id: sms-ok");
        } else {
            h.enqueueFixture(200, op.success(), "X-Request-Id: sms-ok", "Content-Type: application/json");
        }

        Object response = op.call().apply(h, mode);

        RecordedRequest r = h.take();
        assertThat(r.getMethod()).isEqualTo(op.method());
        assertThat(r.getUrl().encodedPath()).isEqualTo(op.path());
        assertThat(r.getUrl().encodedQuery()).isEqualTo(op.query());
        byte[] body = r.getBody() == null ? new byte[0] : r.getBody().toByteArray();
        if (op.body() == null) {
            assertThat(body).isEmpty();
        } else {
            assertThat(new String(body, StandardCharsets.UTF_8)).isEqualTo(op.body());
            assertThat(r.getHeaders().get("Content-Type")).isEqualTo("application/json;charset=UTF-8");
        }
        assertThat(r.getHeaders().get("X-Domain-Id")).isEqualTo(SmsHarness.DOMAIN_ID);
        assertThat(r.getHeaders().get("Authorization")).startsWith("SDK-HMAC-SHA256 Access=AccessKey, "
                + "SignedHeaders=host;user-agent;x-domain-id;x-sdk-date, Signature=");
        assertThat(HuaweiSignatureCheck.signatureOnTheWire(r.getHeaders())).isEqualTo(HuaweiSignatureCheck
                .expectedSignature(r.getMethod(), r.getUrl(), r.getHeaders(), body, "SecretKey"));
        assertThat(((SdkResponse) response).requestId()).isEqualTo("sms-ok");
        assertThat(((SdkResponse) response).httpStatus()).isEqualTo(200);
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("operationsAndModes")
    void mapsTheDocumented403WithItsDetails(Op op, CallMode mode) {
        harness().enqueueFixture(403, "DeleteTask-403.json");

        AccessDeniedException e = catchThrowableOfType(AccessDeniedException.class, () -> op.call().apply(h, mode));

        assertThat(e.errorCode()).isEqualTo("SMS.9004");
        assertThat(e.operation()).isEqualTo(op.name());
        assertThat(e.encodedAuthorizationMessage()).isNotBlank();
        assertThat(h.server.getRequestCount()).isEqualTo(1);
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("operationsAndModes")
    void mapsAnUnknownTaskToResourceNotFound(Op op, CallMode mode) {
        harness().enqueueFixture(404, "error-SMS.2252.json", "X-Request-Id: sms-404");

        ResourceNotFoundException e = catchThrowableOfType(ResourceNotFoundException.class,
                () -> op.call().apply(h, mode));

        assertThat(e.errorCode()).isEqualTo("SMS.2252");
        assertThat(e.requestId()).isEqualTo("sms-404");
    }

    @ParameterizedTest
    @EnumSource(CallMode.class)
    void batchDeleteOfABusyTaskIsInvalidStatus(CallMode mode) {
        harness().enqueueFixture(400, "error-SMS.2015.json");

        InvalidStatusException e = catchThrowableOfType(InvalidStatusException.class,
                () -> mode.call(() -> h.sync.deleteTasks(b -> b.ids("busy")), () -> h.async.deleteTasks(b -> b.ids("busy"))));

        assertThat(e.operation()).isEqualTo("DeleteTasks");
        assertThat(e.errorCode()).isEqualTo("SMS.2015");
    }

    @ParameterizedTest
    @EnumSource(CallMode.class)
    void batchDeleteAcceptsTheDocumentedStringAndCountsALostAnswerAsDone(CallMode mode) {
        harness().enqueue(200, "\"Batch deleting migration tasks succeeded.\"", "Content-Type: application/json");
        h.enqueue(502, "");
        h.enqueueFixture(404, "error-SMS.2252.json", "X-Request-Id: gone");

        DeleteTasksResponse first = mode.call(() -> h.sync.deleteTasks(b -> b.ids("1")),
                () -> h.async.deleteTasks(b -> b.ids("1")));
        DeleteTasksResponse second = mode.call(() -> h.sync.deleteTasks(b -> b.ids("2")),
                () -> h.async.deleteTasks(b -> b.ids("2")));

        assertThat(first.alreadyDeleted()).isFalse();
        assertThat(second.alreadyDeleted()).isTrue();
        assertThat(second.requestId()).isEqualTo("gone");
    }

    @ParameterizedTest
    @EnumSource(CallMode.class)
    void decodesTheDocumentedShowTaskExample(CallMode mode) {
        harness().enqueueFixture(200, "ShowTask-200.json");

        ShowTaskResponse r = mode.call(() -> h.sync.showTask(b -> b.taskId(TASK)), () -> h.async.showTask(b -> b.taskId(TASK)));

        assertThat(r.id()).isEqualTo(TASK);
        assertThat(r.name()).isEqualTo("MigrationTask_demo");
        assertThat(r.state()).isEqualTo(TaskState.RUNNING);
        assertThat(r.stateAsString()).isEqualTo("RUNNING");
        assertThat(r.connected()).isTrue();
        assertThat(r.errorJson()).isEmpty();
        assertThat(r.remainSeconds()).isEqualTo(3540L);
        Task t = r.task();
        assertThat(t.type()).isEqualTo("MIGRATE_BLOCK");
        assertThat(t.osType()).isEqualTo("LINUX");
        assertThat(t.createDate()).isEqualTo(1701396000000L);
        assertThat(t.migrateSpeed()).isEqualTo(12.5);
        assertThat(t.sourceServerId()).isEqualTo("3d5b5b54-0e3f-4cd9-9a3c-000000000001");
        assertThat(t.sourceServerName()).isEqualTo("source-1");
    }

    @ParameterizedTest
    @EnumSource(CallMode.class)
    void keepsAStateThisSdkDoesNotKnow(CallMode mode) {
        harness().enqueue(200, "{\"id\":\"t\",\"state\":\"HIBERNATING\"}");

        ShowTaskResponse r = mode.call(() -> h.sync.showTask(b -> b.taskId("t")), () -> h.async.showTask(b -> b.taskId("t")));

        assertThat(r.state()).isEqualTo(TaskState.UNKNOWN_TO_SDK_VERSION);
        assertThat(r.stateAsString()).isEqualTo("HIBERNATING");
    }

    @ParameterizedTest
    @EnumSource(CallMode.class)
    void decodesListTasksWithErrorJsonAsText(CallMode mode) {
        harness().enqueueFixture(200, "ListTasks-200.json");

        ListTasksResponse r = mode.call(() -> h.sync.listTasks(b -> { }), () -> h.async.listTasks(b -> { }));

        assertThat(r.count()).isEqualTo(3);
        assertThat(r.tasks()).extracting(Task::state).containsExactly(TaskState.ABORTING, TaskState.MIGRATE_FAIL);
        assertThat(r.tasks().get(1).connected()).isFalse();
        assertThat(r.tasks().get(1).errorJson()).isEqualTo("{\"error_code\":\"SMS.6505\",\"error_param\":[]}");
        assertThat(r.tasks().get(0).sourceServerId()).isEqualTo("s-1");
        assertThat(h.take().getUrl().encodedQuery()).isNull();
    }

    @ParameterizedTest
    @EnumSource(CallMode.class)
    void aShowTaskWithAMalformedFieldIsNotASuccess(CallMode mode) {
        harness();
        for (int i = 0; i < 3; i++) {
            h.enqueue(200, "{\"id\":\"t\",\"connected\":\"maybe\",\"state\":\"READY\"}");
        }

        ServiceException e = catchThrowableOfType(ServiceException.class,
                () -> mode.call(() -> h.sync.showTask(b -> b.taskId("t")), () -> h.async.showTask(b -> b.taskId("t"))));

        assertThat(e.errorCode()).isEqualTo("SDK.UnexpectedResponse");
        assertThat(e.getMessage()).contains("connected");
    }

    @ParameterizedTest
    @EnumSource(CallMode.class)
    void anyActionTextIsSentAsIs(CallMode mode) {
        harness().enqueueFixture(200, "UpdateTaskStatus-200.json");

        mode.call(() -> h.sync.updateTaskStatus(b -> b.taskId("t").operation(TaskAction.of("future_action"))),
                () -> h.async.updateTaskStatus(b -> b.taskId("t").operation(TaskAction.of("future_action"))));

        assertThat(h.take().getBody().utf8()).isEqualTo("{\"operation\":\"future_action\"}");
    }

    @Test
    void taskActionsAreValues() {
        assertThat(TaskAction.of("stop")).isSameAs(TaskAction.STOP);
        assertThat(TaskAction.of("migration_test")).isSameAs(TaskAction.MIGRATION_TEST);
        assertThat(TaskAction.of("x")).isEqualTo(TaskAction.of("x")).hasToString("x");
        assertThat(TaskState.fromValue("ABORT")).isEqualTo(TaskState.ABORT);
        assertThat(TaskState.fromValue(null)).isNull();
    }

    @ParameterizedTest
    @EnumSource(CallMode.class)
    void validatesWhatSmsDocumentsBeforeSending(CallMode mode) {
        harness();

        assertThatThrownBy(() -> mode.call(() -> h.sync.listTasks(b -> b.limit(201)), () -> h.async.listTasks(b -> b.limit(201))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("limit");
        assertThatThrownBy(() -> mode.call(() -> h.sync.listTasks(b -> b.offset(-1)), () -> h.async.listTasks(b -> b.offset(-1))))
                .hasMessageContaining("offset");
        assertThatThrownBy(() -> mode.call(() -> h.sync.updateTaskStatus(b -> b.taskId("t")),
                () -> h.async.updateTaskStatus(b -> b.taskId("t")))).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("operation");
        assertThatThrownBy(() -> mode.call(() -> h.sync.stopTask("x".repeat(256)), () -> h.async.stopTask("x".repeat(256))))
                .hasMessageContaining("taskId");
        assertThatThrownBy(() -> mode.call(() -> h.sync.deleteTasks(b -> b.ids(Arrays.asList("a", null))),
                () -> h.async.deleteTasks(b -> b.ids(Arrays.asList("a", null))))).hasMessageContaining("ids[1]");
        assertThatThrownBy(() -> mode.call(() -> h.sync.deleteTasks(b -> { }), () -> h.async.deleteTasks(b -> { })))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("ids");
        assertThatThrownBy(() -> mode.call(() -> h.sync.showTask(b -> b.taskId("a\r\nb")),
                () -> h.async.showTask(b -> b.taskId("a\r\nb")))).hasMessageContaining("taskId");
        assertThat(h.server.getRequestCount()).isZero();
    }
}
