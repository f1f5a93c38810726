package dev.migsdk.smc.internal;

import dev.migsdk.core.internal.pipeline.RpcOperation;
import dev.migsdk.core.internal.pipeline.ServiceSpec;
import dev.migsdk.core.internal.protocol.ErrorKind;
import dev.migsdk.core.internal.util.Validate;
import com.fasterxml.jackson.databind.JsonNode;
import dev.migsdk.core.internal.pagination.Paginators;
import dev.migsdk.core.internal.pipeline.ResponseContext;
import dev.migsdk.core.internal.pipeline.ResponseContext.MalformedFieldException;
import dev.migsdk.core.internal.util.ServerText;
import dev.migsdk.smc.model.DeleteReplicationJobRequest;
import dev.migsdk.smc.model.DeleteReplicationJobResponse;
import dev.migsdk.smc.model.StopReplicationJobRequest;
import dev.migsdk.smc.model.StopReplicationJobResponse;
import dev.migsdk.smc.model.DescribeReplicationJobsRequest;
import dev.migsdk.smc.model.DescribeReplicationJobsResponse;
import dev.migsdk.smc.model.ReplicationJob;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** SMC (API 2019-06-01) declared as data: the service and its operations. Internal API. */
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

    /** The documented maximum of {@code JobId.N} and {@code SourceId.N} (DescribeReplicationJobs page). */
    static final int MAX_IDS = 50;
    /** The documented maximum {@code PageSize}. */
    static final int MAX_PAGE_SIZE = 50;
    /** SMC's documented default {@code PageSize}. */
    static final int DEFAULT_PAGE_SIZE = 10;

    public static final RpcOperation<DescribeReplicationJobsRequest, DescribeReplicationJobsResponse>
            DESCRIBE_REPLICATION_JOBS = RpcOperation.<DescribeReplicationJobsRequest,
                    DescribeReplicationJobsResponse>builder("DescribeReplicationJobs")
            .param("Name", DescribeReplicationJobsRequest::name)
            .param("RegionId", DescribeReplicationJobsRequest::regionId)
            .param("Status", DescribeReplicationJobsRequest::status)
            .param("BusinessStatus", DescribeReplicationJobsRequest::businessStatus)
            .param("PageNumber", r -> r.pageNumber() == null ? null : r.pageNumber().toString())
            .param("PageSize", r -> r.pageSize() == null ? null : r.pageSize().toString())
            .repeatedParam("JobId", DescribeReplicationJobsRequest::jobIds)
            .repeatedParam("SourceId", DescribeReplicationJobsRequest::sourceIds)
            .validator(SmcOperations::validate)
            .requiredFields("TotalCount")
            .response(ctx -> DescribeReplicationJobsResponse.builder()
                    .metadata(ctx.metadata())
                    .jobs(jobs(ctx))
                    .totalCount(ctx.integer("TotalCount"))
                    .pageNumber(ctx.integer("PageNumber"))
                    .pageSize(ctx.integer("PageSize"))
                    .build())
            .build();

    /** The request for the page after {@code page}, or {@code null} after the last. */
    static DescribeReplicationJobsRequest nextPage(DescribeReplicationJobsRequest request,
                                                   DescribeReplicationJobsResponse page) {
        int number = page.pageNumber() != null ? page.pageNumber()
                : request.pageNumber() != null ? request.pageNumber() : 1;
        int size = page.pageSize() != null ? page.pageSize()
                : request.pageSize() != null ? request.pageSize() : DEFAULT_PAGE_SIZE;
        Integer next = Paginators.nextPageNumber(number, size, page.jobs().size(), page.totalCount());
        return next == null ? null : request.toBuilder().pageNumber(next).build();
    }

    private static void validate(DescribeReplicationJobsRequest r) {
        ids(r.jobIds(), "jobIds");
        ids(r.sourceIds(), "sourceIds");
        optionalToken(r.name(), "name");
        optionalToken(r.regionId(), "regionId");
        optionalToken(r.status(), "status");
        optionalToken(r.businessStatus(), "businessStatus");
        if (r.pageNumber() != null && r.pageNumber() < 1) {
            throw new IllegalArgumentException("pageNumber must be at least 1 (was " + r.pageNumber() + ")");
        }
        if (r.pageSize() != null && (r.pageSize() < 1 || r.pageSize() > MAX_PAGE_SIZE)) {
            throw new IllegalArgumentException("pageSize must be 1 to " + MAX_PAGE_SIZE + " (was " + r.pageSize() + ")");
        }
    }

    private static void ids(List<String> ids, String field) {
        if (ids.size() > MAX_IDS) {
            throw new IllegalArgumentException(field + " has " + ids.size() + " entries; SMC accepts at most " + MAX_IDS);
        }
        for (int i = 0; i < ids.size(); i++) {
            Validate.token(ids.get(i), field + "[" + i + "]");
        }
    }

    private static void optionalToken(String value, String field) {
        if (value != null) {
            Validate.token(value, field);
        }
    }

    private static List<ReplicationJob> jobs(ResponseContext ctx) {
        List<ReplicationJob> out = new ArrayList<>();
        for (JsonNode n : ctx.list("ReplicationJobs", "ReplicationJob")) {
            String jobId = ResponseContext.text(n, "JobId");
            if (jobId == null || jobId.isEmpty()) {
                throw new MalformedFieldException("ReplicationJobs.ReplicationJob", "has an entry without JobId");
            }
            out.add(ReplicationJob.builder()
                    .jobId(jobId)
                    .name(ResponseContext.text(n, "Name"))
                    .description(ResponseContext.text(n, "Description"))
                    .sourceId(ResponseContext.text(n, "SourceId"))
                    .regionId(ResponseContext.text(n, "RegionId"))
                    .status(ResponseContext.text(n, "Status"))
                    .businessStatus(ResponseContext.text(n, "BusinessStatus"))
                    .statusInfo(ResponseContext.text(n, "StatusInfo"))
                    .errorCode(ResponseContext.text(n, "ErrorCode"))
                    .progress(decimal(n, "Progress"))
                    .creationTime(ResponseContext.text(n, "CreationTime"))
                    .startTime(ResponseContext.text(n, "StartTime"))
                    .endTime(ResponseContext.text(n, "EndTime"))
                    .instanceId(ResponseContext.text(n, "InstanceId"))
                    .imageId(ResponseContext.text(n, "ImageId"))
                    .transitionInstanceId(ResponseContext.text(n, "TransitionInstanceId"))
                    .build());
        }
        return out;
    }

    private static Double decimal(JsonNode n, String field) {
        String t = ResponseContext.text(n, field);
        if (t == null || t.isBlank()) {
            return null;
        }
        try {
            return Double.valueOf(t.trim());
        } catch (NumberFormatException e) {
            throw new MalformedFieldException(field, "is not a number: '" + ServerText.clean(t, 64) + "'");
        }
    }

    private SmcOperations() {
    }
}
