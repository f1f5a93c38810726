package dev.migsdk.sms.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.migsdk.core.internal.pipeline.Operation;
import dev.migsdk.core.internal.pipeline.RestFields;
import dev.migsdk.core.internal.pipeline.RestOperation;
import dev.migsdk.core.internal.pipeline.ServiceSpec.HuaweiScope;
import dev.migsdk.core.internal.pipeline.ServiceSpec;
import dev.migsdk.core.internal.protocol.ErrorKind;
import dev.migsdk.core.internal.util.Validate;
import dev.migsdk.sms.model.DeleteTaskRequest;
import dev.migsdk.sms.model.DeleteTaskResponse;
import dev.migsdk.sms.model.DeleteTasksRequest;
import dev.migsdk.sms.model.DeleteTasksResponse;
import dev.migsdk.sms.model.ListTasksRequest;
import dev.migsdk.sms.model.ListTasksResponse;
import dev.migsdk.sms.model.ShowTaskRequest;
import dev.migsdk.sms.model.ShowTaskResponse;
import dev.migsdk.sms.model.StopTaskRequest;
import dev.migsdk.sms.model.StopTaskResponse;
import dev.migsdk.sms.model.Task;
import dev.migsdk.sms.model.TaskAction;
import dev.migsdk.sms.model.TaskState;
import dev.migsdk.sms.model.UpdateTaskStatusRequest;
import dev.migsdk.sms.model.UpdateTaskStatusResponse;
import java.util.Map;

/** SMS v3 declared as data: the service, its endpoint rule and the task operations. Internal API. */
public final class SmsOperations {
    /**
     * Longest task id the API accepts: 255, as the DeleteTask, ShowTask and DeleteTasks pages say. One
     * UpdateTaskStatus page says 36, another 255; the SDK keeps 255 so no id SMS accepts is refused.
     */
    public static final int MAX_TASK_ID_LENGTH = 255;

    /** Most tasks per ListTasks page (documented range of {@code limit}: 0 to 200). */
    public static final int MAX_LIMIT = 200;

    /** Most ids in one DeleteTasks call (documented array length: 0 to 65535). */
    public static final int MAX_DELETE_IDS = 65_535;

    /**
     * Host for a region: {@code sms.<region>.myhuaweicloud.com}, except Moscow's
     * {@code sms-api.ru-moscow-1.myhuaweicloud.com}.
     */
    static String host(String region) {
        if (region == null) {
            return null;
        }
        return region.equals("ru-moscow-1") ? "sms-api.ru-moscow-1.myhuaweicloud.com"
                : "sms." + region + ".myhuaweicloud.com";
    }

    /**
     * Global service: AK/SK calls carry {@code X-Domain-Id}. {@code SMS.2015}: running or stopping tasks
     * cannot be deleted; {@code SMS.2252}: no such task; {@code SMS.9004} (no permission) and {@code SMS.2248}
     * (not your resource): access denied, whatever the status.
     */
    public static final ServiceSpec SERVICE = ServiceSpec.huawei("SMS", HuaweiScope.DOMAIN, SmsOperations::host,
            Map.of("SMS.2015", ErrorKind.INVALID_STATUS,
                    "SMS.2252", ErrorKind.NOT_FOUND,
                    "SMS.9004", ErrorKind.ACCESS_DENIED,
                    "SMS.2248", ErrorKind.ACCESS_DENIED));

    public static final RestOperation<DeleteTaskRequest, DeleteTaskResponse> DELETE_TASK =
            RestOperation.<DeleteTaskRequest, DeleteTaskResponse>builder("DeleteTask", "DELETE",
                            "/v3/tasks/{task_id}")
                    .pathParam("task_id", DeleteTaskRequest::taskId)
                    .validator(r -> Validate.id(r.taskId(), "taskId", MAX_TASK_ID_LENGTH))
                    .delete(true)
                    .successBody(Operation.SuccessBody.TEXT)
                    .response(ctx -> DeleteTaskResponse.builder().metadata(ctx.metadata()).alreadyDeleted(ctx.alreadyDeleted()).build())
                    .build();

    public static final RestOperation<UpdateTaskStatusRequest, UpdateTaskStatusResponse> UPDATE_TASK_STATUS =
            RestOperation.<UpdateTaskStatusRequest, UpdateTaskStatusResponse>builder("UpdateTaskStatus", "POST",
                            "/v3/tasks/{task_id}/action")
                    .pathParam("task_id", UpdateTaskStatusRequest::taskId)
                    .jsonBody(r -> operation(r.operation().value()))
                    .validator(r -> {
                        Validate.id(r.taskId(), "taskId", MAX_TASK_ID_LENGTH);
                        if (r.operation() == null) {
                            throw new NullPointerException("operation must not be null");
                        }
                        Validate.token(r.operation().value(), "operation");
                    })
                    .successBody(Operation.SuccessBody.TEXT)
                    .response(ctx -> UpdateTaskStatusResponse.builder().metadata(ctx.metadata()).build())
                    .build();

    /** UpdateTaskStatus with {@code {"operation":"stop"}}; named as the provider documents the operation. */
    public static final RestOperation<StopTaskRequest, StopTaskResponse> STOP_TASK =
            RestOperation.<StopTaskRequest, StopTaskResponse>builder("UpdateTaskStatus", "POST",
                            "/v3/tasks/{task_id}/action")
                    .pathParam("task_id", StopTaskRequest::taskId)
                    .jsonBody(r -> operation(TaskAction.STOP.value()))
                    .validator(r -> Validate.id(r.taskId(), "taskId", MAX_TASK_ID_LENGTH))
                    .successBody(Operation.SuccessBody.TEXT)
                    .response(ctx -> StopTaskResponse.builder().metadata(ctx.metadata()).build())
                    .build();

    public static final RestOperation<ShowTaskRequest, ShowTaskResponse> SHOW_TASK =
            RestOperation.<ShowTaskRequest, ShowTaskResponse>builder("ShowTask", "GET", "/v3/tasks/{task_id}")
                    .pathParam("task_id", ShowTaskRequest::taskId)
                    .validator(r -> Validate.id(r.taskId(), "taskId", MAX_TASK_ID_LENGTH))
                    .requiredFields("id", "state")
                    .response(ctx -> ShowTaskResponse.builder().metadata(ctx.metadata())
                            .task(task(ctx.body(), "")).build())
                    .build();

    public static final RestOperation<ListTasksRequest, ListTasksResponse> LIST_TASKS =
            RestOperation.<ListTasksRequest, ListTasksResponse>builder("ListTasks", "GET", "/v3/tasks")
                    .queryParam("state", r -> r.state() == null ? null : r.state().toString())
                    .queryParam("name", ListTasksRequest::name)
                    .queryParam("id", ListTasksRequest::id)
                    .queryParam("source_server_id", ListTasksRequest::sourceServerId)
                    .queryParam("limit", r -> r.limit() == null ? null : String.valueOf(r.limit()))
                    .queryParam("offset", r -> r.offset() == null ? null : String.valueOf(r.offset()))
                    .validator(SmsOperations::validateList)
                    .requiredFields("tasks")
                    .response(ctx -> ListTasksResponse.builder().metadata(ctx.metadata())
                            .tasks(RestFields.list(ctx.body(), "", "tasks", SmsOperations::task))
                            .count(RestFields.intValue(ctx.body(), "", "count")).build())
                    .build();

    public static final RestOperation<DeleteTasksRequest, DeleteTasksResponse> DELETE_TASKS =
            RestOperation.<DeleteTasksRequest, DeleteTasksResponse>builder("DeleteTasks", "POST", "/v3/tasks/delete")
                    .jsonBody(r -> {
                        ObjectNode body = JsonNodeFactory.instance.objectNode();
                        ArrayNode ids = body.putArray("ids");
                        r.ids().forEach(ids::add);
                        return body;
                    })
                    .validator(SmsOperations::validateDeleteTasks)
                    .delete(true)
                    .successBody(Operation.SuccessBody.TEXT)
                    .response(ctx -> DeleteTasksResponse.builder().metadata(ctx.metadata())
                            .alreadyDeleted(ctx.alreadyDeleted()).build())
                    .build();

    private static JsonNode operation(String operation) {
        return JsonNodeFactory.instance.objectNode().put("operation", operation);
    }

    /** One task object of ShowTask (the body itself) or ListTasks (an entry of {@code tasks}). */
    static Task task(JsonNode node, String path) {
        JsonNode source = RestFields.object(node, path, "source_server");
        String sourcePath = path.isEmpty() ? "source_server" : path + ".source_server";
        return Task.builder()
                .id(RestFields.text(node, path, "id"))
                .name(RestFields.text(node, path, "name"))
                .stateAsString(RestFields.text(node, path, "state"))
                .type(RestFields.text(node, path, "type"))
                .osType(RestFields.text(node, path, "os_type"))
                .connected(RestFields.bool(node, path, "connected"))
                .errorJson(RestFields.json(node, "error_json"))
                .remainSeconds(RestFields.longValue(node, path, "remain_seconds"))
                .createDate(RestFields.longValue(node, path, "create_date"))
                .startDate(RestFields.longValue(node, path, "start_date"))
                .finishDate(RestFields.longValue(node, path, "finish_date"))
                .migrateSpeed(RestFields.doubleValue(node, path, "migrate_speed"))
                .sourceServerId(RestFields.text(source, sourcePath, "id"))
                .sourceServerName(RestFields.text(source, sourcePath, "name"))
                .build();
    }

    private static void validateList(ListTasksRequest r) {
        if (r.limit() != null && (r.limit() < 0 || r.limit() > MAX_LIMIT)) {
            throw new IllegalArgumentException("limit must be between 0 and " + MAX_LIMIT
                    + ", the range SMS documents (was " + r.limit() + ")");
        }
        if (r.offset() != null && r.offset() < 0) {
            throw new IllegalArgumentException("offset must not be negative (was " + r.offset() + ")");
        }
        if (r.state() == TaskState.UNKNOWN_TO_SDK_VERSION) {
            throw new IllegalArgumentException("state must be a state SMS documents, not UNKNOWN_TO_SDK_VERSION");
        }
        Validate.optionalId(r.id(), "id", MAX_TASK_ID_LENGTH);
        if (r.name() != null) {
            Validate.token(r.name(), "name");
        }
        if (r.sourceServerId() != null) {
            Validate.token(r.sourceServerId(), "sourceServerId");
        }
    }

    private static void validateDeleteTasks(DeleteTasksRequest r) {
        if (r.ids() == null) {
            throw new NullPointerException("ids must not be null");
        }
        if (r.ids().size() > MAX_DELETE_IDS) {
            throw new IllegalArgumentException("ids has " + r.ids().size() + " entries, more than the "
                    + MAX_DELETE_IDS + " SMS documents");
        }
        for (int i = 0; i < r.ids().size(); i++) {
            Validate.id(r.ids().get(i), "ids[" + i + "]", MAX_TASK_ID_LENGTH);
        }
    }

    private SmsOperations() {
    }
}
