package dev.migsdk.oms.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.migsdk.core.auth.Credentials;
import dev.migsdk.core.auth.HuaweiCredentials;
import dev.migsdk.core.internal.pipeline.Operation;
import dev.migsdk.core.internal.pipeline.ResponseContext;
import dev.migsdk.core.internal.pipeline.RestFields;
import dev.migsdk.core.internal.pipeline.RestOperation;
import dev.migsdk.core.internal.pipeline.ServiceSpec.HuaweiScope;
import dev.migsdk.core.internal.pipeline.ServiceSpec;
import dev.migsdk.core.internal.protocol.ErrorKind;
import dev.migsdk.core.internal.util.Validate;
import dev.migsdk.oms.model.DeleteSyncTaskRequest;
import dev.migsdk.oms.model.DeleteSyncTaskResponse;
import dev.migsdk.oms.model.DeleteTaskGroupRequest;
import dev.migsdk.oms.model.DeleteTaskGroupResponse;
import dev.migsdk.oms.model.DeleteTaskRequest;
import dev.migsdk.oms.model.DeleteTaskResponse;
import dev.migsdk.oms.model.ListTasksRequest;
import dev.migsdk.oms.model.ListTasksResponse;
import dev.migsdk.oms.model.ShowSyncTaskRequest;
import dev.migsdk.oms.model.ShowSyncTaskResponse;
import dev.migsdk.oms.model.ShowTaskGroupRequest;
import dev.migsdk.oms.model.ShowTaskGroupResponse;
import dev.migsdk.oms.model.ShowTaskRequest;
import dev.migsdk.oms.model.ShowTaskResponse;
import dev.migsdk.oms.model.StopSyncTaskRequest;
import dev.migsdk.oms.model.StopSyncTaskResponse;
import dev.migsdk.oms.model.StopTaskGroupRequest;
import dev.migsdk.oms.model.StopTaskGroupResponse;
import dev.migsdk.oms.model.StopTaskRequest;
import dev.migsdk.oms.model.StopTaskResponse;
import dev.migsdk.oms.model.Task;
import dev.migsdk.oms.model.TaskStatus;
import java.util.Map;

/** OMS v2 declared as data: the service, its endpoint rule and the task, task group and sync task operations. Internal API. */
public final class OmsOperations {
    /** Largest task id OMS documents (its task model: 0..999999999999999). */
    public static final long MAX_TASK_ID = 999_999_999_999_999L;

    /** Longest task group id OMS documents (ShowTaskGroup: 1 to 1024 characters). */
    public static final int MAX_GROUP_ID_LENGTH = 1024;

    /** Most tasks per ListTasks page (documented range of {@code limit}: 1 to 100). */
    public static final int MAX_LIMIT = 100;

    /** Longest project id the API accepts. */
    public static final int MAX_PROJECT_ID_LENGTH = 1024;

    /**
     * Regional service {@code oms.<region>.myhuaweicloud.com}, AK/SK calls carry {@code X-Project-Id}.
     * {@code OMS.1002} (the task is running) and {@code OMS.1009} (no resources found) are the codes the
     * SDK maps; the code OMS uses for a running task is not documented (see README, "Assumptions").
     */
    public static final ServiceSpec SERVICE = ServiceSpec.huawei("OMS", HuaweiScope.PROJECT,
            region -> region == null ? null : "oms." + region + ".myhuaweicloud.com",
            Map.of("OMS.1002", ErrorKind.INVALID_STATUS,
                    "OMS.1009", ErrorKind.NOT_FOUND));

    public static final RestOperation<DeleteTaskRequest, DeleteTaskResponse> DELETE_TASK =
            RestOperation.<DeleteTaskRequest, DeleteTaskResponse>builder("DeleteTask", "DELETE",
                            "/v2/{project_id}/tasks/{task_id}")
                    .pathParam("project_id", (DeleteTaskRequest r, Credentials c) -> projectId(r, c))
                    .pathParam("task_id", (DeleteTaskRequest r) -> String.valueOf(r.taskId()))
                    .validator(OmsOperations::validate)
                    .delete(true)
                    .successStatuses(200, 204)
                    .successBody(Operation.SuccessBody.EMPTY_OR_OBJECT)
                    .response(ctx -> DeleteTaskResponse.builder().metadata(ctx.metadata()).alreadyDeleted(ctx.alreadyDeleted()).build())
                    .build();


    public static final RestOperation<StopTaskRequest, StopTaskResponse> STOP_TASK =
            RestOperation.<StopTaskRequest, StopTaskResponse>builder("StopTask", "POST",
                            "/v2/{project_id}/tasks/{task_id}/stop")
                    .pathParam("project_id", (StopTaskRequest r, Credentials c) -> projectId(r.projectId(), c))
                    .pathParam("task_id", (StopTaskRequest r) -> String.valueOf(r.taskId()))
                    .validator(r -> validateTask(r.taskId(), r.projectId()))
                    .successBody(Operation.SuccessBody.EMPTY_OR_OBJECT)
                    .response(ctx -> StopTaskResponse.builder().metadata(ctx.metadata()).build())
                    .build();

    public static final RestOperation<ShowTaskRequest, ShowTaskResponse> SHOW_TASK =
            RestOperation.<ShowTaskRequest, ShowTaskResponse>builder("ShowTask", "GET",
                            "/v2/{project_id}/tasks/{task_id}")
                    .pathParam("project_id", (ShowTaskRequest r, Credentials c) -> projectId(r.projectId(), c))
                    .pathParam("task_id", (ShowTaskRequest r) -> String.valueOf(r.taskId()))
                    .validator(r -> validateTask(r.taskId(), r.projectId()))
                    .requiredFields("id", "status")
                    .response(ctx -> ShowTaskResponse.builder().metadata(ctx.metadata())
                            .task(task(ctx.body(), "")).build())
                    .build();

    public static final RestOperation<ListTasksRequest, ListTasksResponse> LIST_TASKS =
            RestOperation.<ListTasksRequest, ListTasksResponse>builder("ListTasks", "GET", "/v2/{project_id}/tasks")
                    .pathParam("project_id", (ListTasksRequest r, Credentials c) -> projectId(r.projectId(), c))
                    .queryParam("group_id", ListTasksRequest::groupId)
                    .queryParam("limit", r -> r.limit() == null ? null : String.valueOf(r.limit()))
                    .queryParam("offset", r -> r.offset() == null ? null : String.valueOf(r.offset()))
                    .queryParam("status", r -> r.status() == null ? null : String.valueOf(r.status().code()))
                    .queryParam("task_name", ListTasksRequest::taskName)
                    .validator(OmsOperations::validateList)
                    .requiredFields("tasks")
                    .response(ctx -> ListTasksResponse.builder().metadata(ctx.metadata())
                            .tasks(RestFields.list(ctx.body(), "", "tasks", OmsOperations::task))
                            .count(RestFields.longValue(ctx.body(), "", "count")).build())
                    .build();

    public static final RestOperation<StopTaskGroupRequest, StopTaskGroupResponse> STOP_TASK_GROUP =
            RestOperation.<StopTaskGroupRequest, StopTaskGroupResponse>builder("StopTaskGroup", "PUT",
                            "/v2/{project_id}/taskgroups/{group_id}/stop")
                    .pathParam("project_id", (StopTaskGroupRequest r, Credentials c) -> projectId(r.projectId(), c))
                    .pathParam("group_id", StopTaskGroupRequest::groupId)
                    .validator(r -> validateGroup(r.groupId(), r.projectId()))
                    .successBody(Operation.SuccessBody.EMPTY_OR_OBJECT)
                    .response(ctx -> StopTaskGroupResponse.builder().metadata(ctx.metadata()).build())
                    .build();

    public static final RestOperation<ShowTaskGroupRequest, ShowTaskGroupResponse> SHOW_TASK_GROUP =
            RestOperation.<ShowTaskGroupRequest, ShowTaskGroupResponse>builder("ShowTaskGroup", "GET",
                            "/v2/{project_id}/taskgroups/{group_id}")
                    .pathParam("project_id", (ShowTaskGroupRequest r, Credentials c) -> projectId(r.projectId(), c))
                    .pathParam("group_id", ShowTaskGroupRequest::groupId)
                    .validator(r -> validateGroup(r.groupId(), r.projectId()))
                    .requiredFields("group_id", "status")
                    .response(OmsOperations::taskGroup)
                    .build();

    public static final RestOperation<DeleteTaskGroupRequest, DeleteTaskGroupResponse> DELETE_TASK_GROUP =
            RestOperation.<DeleteTaskGroupRequest, DeleteTaskGroupResponse>builder("DeleteTaskGroup", "DELETE",
                            "/v2/{project_id}/taskgroups/{group_id}")
                    .pathParam("project_id", (DeleteTaskGroupRequest r, Credentials c) -> projectId(r.projectId(), c))
                    .pathParam("group_id", DeleteTaskGroupRequest::groupId)
                    .validator(r -> validateGroup(r.groupId(), r.projectId()))
                    .delete(true)
                    .successStatuses(200, 204)
                    .successBody(Operation.SuccessBody.EMPTY_OR_OBJECT)
                    .response(ctx -> DeleteTaskGroupResponse.builder().metadata(ctx.metadata())
                            .alreadyDeleted(ctx.alreadyDeleted()).build())
                    .build();

    public static final RestOperation<StopSyncTaskRequest, StopSyncTaskResponse> STOP_SYNC_TASK =
            RestOperation.<StopSyncTaskRequest, StopSyncTaskResponse>builder("StopSyncTask", "POST",
                            "/v2/{project_id}/sync-tasks/{sync_task_id}/stop")
                    .pathParam("project_id", (StopSyncTaskRequest r, Credentials c) -> projectId(r.projectId(), c))
                    .pathParam("sync_task_id", StopSyncTaskRequest::syncTaskId)
                    .validator(r -> validateSyncTask(r.syncTaskId(), r.projectId()))
                    .successBody(Operation.SuccessBody.EMPTY_OR_OBJECT)
                    .response(ctx -> StopSyncTaskResponse.builder().metadata(ctx.metadata()).build())
                    .build();

    public static final RestOperation<ShowSyncTaskRequest, ShowSyncTaskResponse> SHOW_SYNC_TASK =
            RestOperation.<ShowSyncTaskRequest, ShowSyncTaskResponse>builder("ShowSyncTask", "GET",
                            "/v2/{project_id}/sync-tasks/{sync_task_id}")
                    .pathParam("project_id", (ShowSyncTaskRequest r, Credentials c) -> projectId(r.projectId(), c))
                    .pathParam("sync_task_id", ShowSyncTaskRequest::syncTaskId)
                    .queryParam("query_time", r -> String.valueOf(r.queryTime()))
                    .validator(r -> {
                        validateSyncTask(r.syncTaskId(), r.projectId());
                        if (r.queryTime() == null) {
                            throw new NullPointerException("queryTime must not be null (OMS requires query_time)");
                        }
                    })
                    .requiredFields("sync_task_id", "status")
                    .response(ctx -> ShowSyncTaskResponse.builder().metadata(ctx.metadata())
                            .syncTaskId(RestFields.text(ctx.body(), "", "sync_task_id"))
                            .status(RestFields.text(ctx.body(), "", "status"))
                            .description(RestFields.text(ctx.body(), "", "description"))
                            .srcBucket(RestFields.text(ctx.body(), "", "src_bucket"))
                            .dstBucket(RestFields.text(ctx.body(), "", "dst_bucket")).build())
                    .build();

    public static final RestOperation<DeleteSyncTaskRequest, DeleteSyncTaskResponse> DELETE_SYNC_TASK =
            RestOperation.<DeleteSyncTaskRequest, DeleteSyncTaskResponse>builder("DeleteSyncTask", "DELETE",
                            "/v2/{project_id}/sync-tasks/{sync_task_id}")
                    .pathParam("project_id", (DeleteSyncTaskRequest r, Credentials c) -> projectId(r.projectId(), c))
                    .pathParam("sync_task_id", DeleteSyncTaskRequest::syncTaskId)
                    .validator(r -> validateSyncTask(r.syncTaskId(), r.projectId()))
                    .delete(true)
                    .successStatuses(200, 204)
                    .successBody(Operation.SuccessBody.EMPTY_OR_OBJECT)
                    .response(ctx -> DeleteSyncTaskResponse.builder().metadata(ctx.metadata())
                            .alreadyDeleted(ctx.alreadyDeleted()).build())
                    .build();

    /** One task object of ShowTask (the body itself) or ListTasks (an entry of {@code tasks}). */
    static Task task(JsonNode node, String path) {
        JsonNode reason = RestFields.object(node, path, "error_reason");
        String reasonPath = path.isEmpty() ? "error_reason" : path + ".error_reason";
        return Task.builder()
                .id(RestFields.longValue(node, path, "id"))
                .name(RestFields.text(node, path, "name"))
                .statusCode(RestFields.intValue(node, path, "status"))
                .groupId(RestFields.text(node, path, "group_id"))
                .errorCode(RestFields.text(reason, reasonPath, "error_code"))
                .errorMessage(RestFields.text(reason, reasonPath, "error_msg"))
                .progress(RestFields.doubleValue(node, path, "progress"))
                .description(RestFields.text(node, path, "description"))
                .totalNum(RestFields.longValue(node, path, "total_num"))
                .successfulNum(RestFields.longValue(node, path, "successful_num"))
                .failedNum(RestFields.longValue(node, path, "failed_num"))
                .totalSize(RestFields.longValue(node, path, "total_size"))
                .completeSize(RestFields.longValue(node, path, "complete_size"))
                .startTime(RestFields.longValue(node, path, "start_time"))
                .leftTime(RestFields.longValue(node, path, "left_time"))
                .build();
    }

    private static ShowTaskGroupResponse taskGroup(ResponseContext ctx) {
        JsonNode body = ctx.body();
        JsonNode reason = RestFields.object(body, "", "error_reason");
        return ShowTaskGroupResponse.builder().metadata(ctx.metadata())
                .groupId(RestFields.text(body, "", "group_id"))
                .statusCode(RestFields.intValue(body, "", "status"))
                .errorCode(RestFields.text(reason, "error_reason", "error_code"))
                .errorMessage(RestFields.text(reason, "error_reason", "error_msg"))
                .description(RestFields.text(body, "", "description"))
                .totalNum(RestFields.longValue(body, "", "total_num"))
                .successNum(RestFields.longValue(body, "", "success_num"))
                .failNum(RestFields.longValue(body, "", "fail_num"))
                .build();
    }

    private static String projectId(DeleteTaskRequest r, Credentials credentials) {
        return projectId(r.projectId(), credentials);
    }

    private static String projectId(String fromRequest, Credentials credentials) {
        if (fromRequest != null) {
            return fromRequest;
        }
        String fromCredentials = credentials instanceof HuaweiCredentials c ? c.projectId() : null;
        if (fromCredentials == null) {
            throw new IllegalArgumentException("projectId is not set: OMS is a regional service whose path and "
                    + "X-Project-Id carry the project id, with AK/SK and with a token alike. Give it on the request "
                    + "(projectId) or in the credentials (HuaweiAkSkCredentials projectId, HUAWEICLOUD_SDK_PROJECT_ID,"
                    + " or project_id in ~/.huaweicloud/credentials)");
        }
        return checkProjectId(fromCredentials);
    }

    /**
     * A project id travels in the path and in the {@code X-Project-Id} header, so it must be visible ASCII:
     * a space would be trimmed from the header (path and header would disagree) and other characters
     * cannot be sent in a header at all. Real project ids are 32 hex digits.
     */
    private static String checkProjectId(String projectId) {
        Validate.id(projectId, "projectId", MAX_PROJECT_ID_LENGTH);
        for (int i = 0; i < projectId.length(); i++) {
            char c = projectId.charAt(i);
            if (c <= 0x20 || c >= 0x7F) {
                throw new IllegalArgumentException(String.format("projectId must be visible ASCII characters, "
                        + "since it is also sent as the X-Project-Id header (found U+%04X at index %d)", (int) c, i));
            }
        }
        return projectId;
    }

    private static void validate(DeleteTaskRequest r) {
        validateTask(r.taskId(), r.projectId());
    }

    private static void validateTask(Long taskId, String projectId) {
        if (taskId == null) {
            throw new NullPointerException("taskId must not be null");
        }
        if (taskId < 0 || taskId > MAX_TASK_ID) {
            throw new IllegalArgumentException("taskId must be between 0 and " + MAX_TASK_ID
                    + ", the range OMS documents for task ids (was " + taskId + ")");
        }
        validateProject(projectId);
    }

    private static void validateGroup(String groupId, String projectId) {
        Validate.id(groupId, "groupId", MAX_GROUP_ID_LENGTH);
        validateProject(projectId);
    }

    /** OMS documents no length for sync task ids: only what one request can carry bounds them. */
    private static void validateSyncTask(String syncTaskId, String projectId) {
        Validate.id(syncTaskId, "syncTaskId", Validate.MAX_REQUEST_HEAD);
        validateProject(projectId);
    }

    private static void validateList(ListTasksRequest r) {
        if (r.limit() != null && (r.limit() < 1 || r.limit() > MAX_LIMIT)) {
            throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT
                    + ", the range OMS documents (was " + r.limit() + ")");
        }
        if (r.offset() != null && r.offset() < 0) {
            throw new IllegalArgumentException("offset must not be negative (was " + r.offset() + ")");
        }
        if (r.status() == TaskStatus.UNKNOWN_TO_SDK_VERSION) {
            throw new IllegalArgumentException("status must be a status OMS documents, not UNKNOWN_TO_SDK_VERSION");
        }
        Validate.optionalId(r.groupId(), "groupId", MAX_GROUP_ID_LENGTH);
        if (r.taskName() != null) {
            Validate.token(r.taskName(), "taskName");
        }
        validateProject(r.projectId());
    }

    private static void validateProject(String projectId) {
        if (projectId != null) {
            checkProjectId(projectId);
        }
    }

    private OmsOperations() {
    }
}
