package dev.migsdk.sms.internal;

import dev.migsdk.core.internal.pipeline.Operation;
import dev.migsdk.core.internal.pipeline.RestOperation;
import dev.migsdk.core.internal.pipeline.ServiceSpec;
import dev.migsdk.core.internal.pipeline.ServiceSpec.HuaweiScope;
import dev.migsdk.core.internal.protocol.ErrorKind;
import dev.migsdk.core.internal.util.Validate;
import dev.migsdk.sms.model.DeleteTaskRequest;
import dev.migsdk.sms.model.DeleteTaskResponse;
import java.util.Map;

/** SMS v3 declared as data: the service, its endpoint rule and DeleteTask. Internal API. */
public final class SmsOperations {
    /** Longest task id the API accepts. */
    public static final int MAX_TASK_ID_LENGTH = 255;

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

    private SmsOperations() {
    }
}
