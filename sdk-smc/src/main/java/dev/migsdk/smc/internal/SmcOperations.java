package dev.migsdk.smc.internal;

import dev.migsdk.core.internal.pipeline.RpcOperation;
import dev.migsdk.core.internal.pipeline.ServiceSpec;
import dev.migsdk.core.internal.protocol.ErrorKind;
import dev.migsdk.core.internal.util.Validate;
import dev.migsdk.smc.model.DeleteReplicationJobRequest;
import dev.migsdk.smc.model.DeleteReplicationJobResponse;
import dev.migsdk.smc.model.StopReplicationJobRequest;
import dev.migsdk.smc.model.StopReplicationJobResponse;
import java.util.Map;

/** SMC (API 2019-06-01) declared as data: the service and its two operations. Internal API. */
public final class SmcOperations {
    /** SMC is a central service: {@code smc.aliyuncs.com} for every region. */
    public static final ServiceSpec SERVICE = ServiceSpec.alibaba("SMC", "2019-06-01",
            region -> "smc.aliyuncs.com",
            Map.of("ReplicationJob.InvalidStatus", ErrorKind.INVALID_STATUS,
                    "InvalidJobId.NotFound", ErrorKind.NOT_FOUND));

    public static final RpcOperation<DeleteReplicationJobRequest, DeleteReplicationJobResponse> DELETE_REPLICATION_JOB =
            RpcOperation.<DeleteReplicationJobRequest, DeleteReplicationJobResponse>builder("DeleteReplicationJob")
                    .param("JobId", DeleteReplicationJobRequest::jobId)
                    .validator(r -> Validate.token(r.jobId(), "jobId"))
                    .delete(true)
                    .response(ctx -> DeleteReplicationJobResponse.builder().metadata(ctx.metadata()).alreadyDeleted(ctx.alreadyDeleted()).build())
                    .build();

    public static final RpcOperation<StopReplicationJobRequest, StopReplicationJobResponse> STOP_REPLICATION_JOB =
            RpcOperation.<StopReplicationJobRequest, StopReplicationJobResponse>builder("StopReplicationJob")
                    .param("JobId", StopReplicationJobRequest::jobId)
                    .validator(r -> Validate.token(r.jobId(), "jobId"))
                    .response(ctx -> StopReplicationJobResponse.builder().metadata(ctx.metadata()).build())
                    .build();

    private SmcOperations() {
    }
}
