package dev.migsdk.oms.internal;

import dev.migsdk.core.auth.Credentials;
import dev.migsdk.core.auth.HuaweiCredentials;
import dev.migsdk.core.internal.pipeline.Operation;
import dev.migsdk.core.internal.pipeline.RestOperation;
import dev.migsdk.core.internal.pipeline.ServiceSpec;
import dev.migsdk.core.internal.pipeline.ServiceSpec.HuaweiScope;
import dev.migsdk.core.internal.protocol.ErrorKind;
import dev.migsdk.core.internal.util.Validate;
import dev.migsdk.oms.model.DeleteTaskRequest;
import dev.migsdk.oms.model.DeleteTaskResponse;
import java.util.Map;

/** OMS v2 declared as data: the service, its endpoint rule and DeleteTask. Internal API. */
public final class OmsOperations {
    /** Largest task id OMS documents (its task model: 0..999999999999999). */
    public static final long MAX_TASK_ID = 999_999_999_999_999L;

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
                    .pathParam("project_id", OmsOperations::projectId)
                    .pathParam("task_id", (DeleteTaskRequest r) -> String.valueOf(r.taskId()))
                    .validator(OmsOperations::validate)
                    .delete(true)
                    .successStatuses(200, 204)
                    .successBody(Operation.SuccessBody.EMPTY_OR_OBJECT)
                    .response(ctx -> DeleteTaskResponse.builder().metadata(ctx.metadata()).alreadyDeleted(ctx.alreadyDeleted()).build())
                    .build();

    private static String projectId(DeleteTaskRequest r, Credentials credentials) {
        if (r.projectId() != null) {
            return r.projectId();
        }
        String fromCredentials = credentials instanceof HuaweiCredentials c ? c.projectId() : null;
        if (fromCredentials == null) {
            throw new IllegalArgumentException("projectId is not set: give it on the request or in the "
                    + "credentials (HUAWEICLOUD_SDK_PROJECT_ID / project_id)");
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
        if (r.taskId() == null) {
            throw new NullPointerException("taskId must not be null");
        }
        if (r.taskId() < 0 || r.taskId() > MAX_TASK_ID) {
            throw new IllegalArgumentException("taskId must be between 0 and " + MAX_TASK_ID
                    + ", the range OMS documents for task ids (was " + r.taskId() + ")");
        }
        if (r.projectId() != null) {
            checkProjectId(r.projectId());
        }
    }

    private OmsOperations() {
    }
}
