package dev.migsdk.dts.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.migsdk.core.internal.pagination.Paginators;
import dev.migsdk.core.internal.pipeline.ResponseContext;
import dev.migsdk.core.internal.pipeline.RpcOperation;
import dev.migsdk.core.internal.pipeline.ServiceSpec;
import dev.migsdk.core.internal.protocol.ErrorKind;
import dev.migsdk.core.internal.util.Validate;
import dev.migsdk.dts.model.DeleteDtsJobRequest;
import dev.migsdk.dts.model.DeleteDtsJobResponse;
import dev.migsdk.dts.model.DeleteDtsJobsRequest;
import dev.migsdk.dts.model.DeleteDtsJobsResponse;
import dev.migsdk.dts.model.DtsResponse;
import dev.migsdk.dts.model.DescribeDtsJobDetailRequest;
import dev.migsdk.dts.model.DescribeDtsJobDetailResponse;
import dev.migsdk.dts.model.DescribeDtsJobsRequest;
import dev.migsdk.dts.model.DescribeDtsJobsResponse;
import dev.migsdk.dts.model.DtsJobSummary;
import dev.migsdk.dts.model.StopDtsJobRequest;
import dev.migsdk.dts.model.StopDtsJobResponse;
import dev.migsdk.dts.model.StopDtsJobsRequest;
import dev.migsdk.dts.model.StopDtsJobsResponse;
import dev.migsdk.dts.model.SuspendDtsJobRequest;
import dev.migsdk.dts.model.SuspendDtsJobResponse;
import dev.migsdk.dts.model.SuspendDtsJobsRequest;
import dev.migsdk.dts.model.SuspendDtsJobsResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** DTS (API 2020-01-01) declared as data: the service, its endpoints and its operations. Internal API. */
public final class DtsOperations {

    /** Regions with their own {@code dts.<region>.aliyuncs.com} endpoint (DTS request-syntax page). */
    private static final Set<String> REGIONAL = Set.of("cn-hangzhou", "cn-shanghai", "cn-qingdao", "cn-beijing",
            "cn-zhangjiakou", "cn-huhehaote", "cn-shenzhen", "cn-hongkong", "ap-northeast-1", "ap-southeast-1",
            "ap-southeast-3", "ap-southeast-5", "us-east-1", "us-west-1", "eu-west-1", "eu-central-1", "me-east-1",
            "cn-shanghai-finance-1", "cn-shenzhen-finance-1");

    /**
     * Host for a region: the documented regional endpoints, {@code cn-hangzhou}'s for Hangzhou Finance,
     * and the central {@code dts.aliyuncs.com} for every other region (Ulanqab, Chengdu, Beijing Finance
     * and regions added later).
     */
    static String host(String region) {
        if (region == null) {
            return null;
        }
        if (REGIONAL.contains(region)) {
            return "dts." + region + ".aliyuncs.com";
        }
        if (region.equals("cn-hangzhou-finance")) {
            return "dts.cn-hangzhou.aliyuncs.com";
        }
        return "dts.aliyuncs.com";
    }

    /** DeleteDtsJobs takes at most 10 ids (its API page); StopDtsJobs and SuspendDtsJobs document no limit. */
    static final int MAX_DELETE_IDS = 10;
    private static final int NO_LIMIT = Integer.MAX_VALUE;

    public static final ServiceSpec SERVICE = ServiceSpec.alibaba("DTS", "2020-01-01", DtsOperations::host,
            Map.of("InvalidJobId.NotFound", ErrorKind.NOT_FOUND,
                    "Forbidden.InstanceNotFound", ErrorKind.NOT_FOUND));

    public static final RpcOperation<DeleteDtsJobRequest, DeleteDtsJobResponse> DELETE_DTS_JOB =
            RpcOperation.<DeleteDtsJobRequest, DeleteDtsJobResponse>builder("DeleteDtsJob")
                    .param("DtsJobId", DeleteDtsJobRequest::dtsJobId)
                    .param("DtsInstanceId", DeleteDtsJobRequest::dtsInstanceId)
                    .param("SynchronizationDirection", r -> r.synchronizationDirection() == null ? null
                            : r.synchronizationDirection().wireValue())
                    .param("RegionId", DeleteDtsJobRequest::regionId)
                    .param("JobType", r -> r.jobType() == null ? null : r.jobType().wireValue())
                    .validator(r -> validateJob(r.dtsJobId(), r.dtsInstanceId(), r.regionId()))
                    .delete(true)
                    .requiredFields("Success")
                    .response(ctx -> DeleteDtsJobResponse.builder()
                            .metadata(ctx.metadata())
                            .httpStatusCode(ctx.integer("HttpStatusCode"))
                            .errCode(ctx.text("ErrCode"))
                            .success(ctx.bool("Success"))
                            .errMessage(ctx.text("ErrMessage"))
                            .dynamicMessage(ctx.text("DynamicMessage"))
                            .dynamicCode(ctx.text("DynamicCode"))
                            .alreadyDeleted(ctx.alreadyDeleted())
                            .build())
                    .build();

    public static final RpcOperation<StopDtsJobRequest, StopDtsJobResponse> STOP_DTS_JOB =
            RpcOperation.<StopDtsJobRequest, StopDtsJobResponse>builder("StopDtsJob")
                    .param("DtsJobId", StopDtsJobRequest::dtsJobId)
                    .param("DtsInstanceId", StopDtsJobRequest::dtsInstanceId)
                    .param("SynchronizationDirection", r -> r.synchronizationDirection() == null ? null
                            : r.synchronizationDirection().wireValue())
                    .param("RegionId", StopDtsJobRequest::regionId)
                    .validator(r -> validateJob(r.dtsJobId(), r.dtsInstanceId(), r.regionId()))
                    .requiredFields("Success")
                    .response(ctx -> envelope(ctx, StopDtsJobResponse.builder()).build())
                    .build();

    public static final RpcOperation<SuspendDtsJobRequest, SuspendDtsJobResponse> SUSPEND_DTS_JOB =
            RpcOperation.<SuspendDtsJobRequest, SuspendDtsJobResponse>builder("SuspendDtsJob")
                    .param("DtsJobId", SuspendDtsJobRequest::dtsJobId)
                    .param("DtsInstanceId", SuspendDtsJobRequest::dtsInstanceId)
                    .param("SynchronizationDirection", r -> r.synchronizationDirection() == null ? null
                            : r.synchronizationDirection().wireValue())
                    .param("RegionId", SuspendDtsJobRequest::regionId)
                    .validator(r -> validateJob(r.dtsJobId(), r.dtsInstanceId(), r.regionId()))
                    .requiredFields("Success")
                    .response(ctx -> envelope(ctx, SuspendDtsJobResponse.builder()).build())
                    .build();

    public static final RpcOperation<DescribeDtsJobDetailRequest, DescribeDtsJobDetailResponse> DESCRIBE_DTS_JOB_DETAIL =
            RpcOperation.<DescribeDtsJobDetailRequest, DescribeDtsJobDetailResponse>builder("DescribeDtsJobDetail")
                    .param("DtsJobId", DescribeDtsJobDetailRequest::dtsJobId)
                    .param("DtsInstanceID", DescribeDtsJobDetailRequest::dtsInstanceId)
                    .param("SynchronizationDirection", r -> r.synchronizationDirection() == null ? null
                            : r.synchronizationDirection().wireValue())
                    .param("RegionId", DescribeDtsJobDetailRequest::regionId)
                    .validator(r -> validateJob(r.dtsJobId(), r.dtsInstanceId(), r.regionId()))
                    .requiredFields("Success", "Status")
                    .response(ctx -> DescribeDtsJobDetailResponse.builder()
                            .metadata(ctx.metadata())
                            .httpStatusCode(ctx.integer("HttpStatusCode"))
                            .success(ctx.bool("Success"))
                            .errCode(ctx.text("ErrCode"))
                            .errMessage(ctx.text("ErrMessage"))
                            .dynamicMessage(ctx.text("DynamicMessage"))
                            .dtsJobId(ctx.text("DtsJobId"))
                            .dtsInstanceId(ctx.text("DtsInstanceID"))
                            .dtsJobName(ctx.text("DtsJobName"))
                            .jobType(ctx.text("JobType"))
                            .status(ctx.text("Status"))
                            .errorMessage(ctx.text("ErrorMessage"))
                            .createTime(ctx.text("CreateTime"))
                            .finishTime(ctx.text("FinishTime"))
                            .payType(ctx.text("PayType"))
                            .synchronizationDirection(ctx.text("SynchronizationDirection"))
                            .build())
                    .build();

    public static final RpcOperation<StopDtsJobsRequest, StopDtsJobsResponse> STOP_DTS_JOBS =
            RpcOperation.<StopDtsJobsRequest, StopDtsJobsResponse>builder("StopDtsJobs")
                    .param("DtsJobIds", r -> String.join(",", r.dtsJobIds()))
                    .param("RegionId", StopDtsJobsRequest::regionId)
                    .param("ResourceGroupId", StopDtsJobsRequest::resourceGroupId)
                    .param("ZeroEtlJob", r -> r.zeroEtlJob() == null ? null : r.zeroEtlJob().toString())
                    .validator(r -> validateBatch(r.dtsJobIds(), NO_LIMIT, r.regionId(), r.resourceGroupId()))
                    .requiredFields("Success")
                    .response(ctx -> envelope(ctx, StopDtsJobsResponse.builder()).build())
                    .build();

    public static final RpcOperation<SuspendDtsJobsRequest, SuspendDtsJobsResponse> SUSPEND_DTS_JOBS =
            RpcOperation.<SuspendDtsJobsRequest, SuspendDtsJobsResponse>builder("SuspendDtsJobs")
                    .param("DtsJobIds", r -> String.join(",", r.dtsJobIds()))
                    .param("RegionId", SuspendDtsJobsRequest::regionId)
                    .param("ResourceGroupId", SuspendDtsJobsRequest::resourceGroupId)
                    .param("ZeroEtlJob", r -> r.zeroEtlJob() == null ? null : r.zeroEtlJob().toString())
                    .validator(r -> validateBatch(r.dtsJobIds(), NO_LIMIT, r.regionId(), r.resourceGroupId()))
                    .requiredFields("Success")
                    .response(ctx -> envelope(ctx, SuspendDtsJobsResponse.builder()).build())
                    .build();

    public static final RpcOperation<DeleteDtsJobsRequest, DeleteDtsJobsResponse> DELETE_DTS_JOBS =
            RpcOperation.<DeleteDtsJobsRequest, DeleteDtsJobsResponse>builder("DeleteDtsJobs")
                    .param("DtsJobIds", r -> String.join(",", r.dtsJobIds()))
                    .param("RegionId", DeleteDtsJobsRequest::regionId)
                    .param("ResourceGroupId", DeleteDtsJobsRequest::resourceGroupId)
                    .param("ZeroEtlJob", r -> r.zeroEtlJob() == null ? null : r.zeroEtlJob().toString())
                    .validator(r -> validateBatch(r.dtsJobIds(), MAX_DELETE_IDS, r.regionId(), r.resourceGroupId()))
                    .requiredFields("Success")
                    .response(ctx -> envelope(ctx, DeleteDtsJobsResponse.builder()).build())
                    .build();

    /** DescribeDtsJobs' documented page sizes, and its default. */
    static final Set<Integer> PAGE_SIZES = Set.of(30, 50, 100);
    static final int DEFAULT_PAGE_SIZE = 30;

    public static final RpcOperation<DescribeDtsJobsRequest, DescribeDtsJobsResponse> DESCRIBE_DTS_JOBS =
            RpcOperation.<DescribeDtsJobsRequest, DescribeDtsJobsResponse>builder("DescribeDtsJobs")
                    .param("Region", DescribeDtsJobsRequest::region)
                    .param("JobType", r -> r.jobType() == null ? null : r.jobType().wireValue())
                    .param("Status", DescribeDtsJobsRequest::status)
                    .param("Type", DescribeDtsJobsRequest::type)
                    .param("Params", DescribeDtsJobsRequest::params)
                    .param("DtsJobId", DescribeDtsJobsRequest::dtsJobId)
                    .param("DtsInstanceId", DescribeDtsJobsRequest::dtsInstanceId)
                    .param("PageNumber", r -> r.pageNumber() == null ? null : r.pageNumber().toString())
                    .param("PageSize", r -> r.pageSize() == null ? null : r.pageSize().toString())
                    .validator(DtsOperations::validateDescribeJobs)
                    .requiredFields("Success")
                    .response(ctx -> DescribeDtsJobsResponse.builder()
                            .metadata(ctx.metadata())
                            .httpStatusCode(ctx.integer("HttpStatusCode"))
                            .success(ctx.bool("Success"))
                            .jobs(summaries(ctx))
                            .totalRecordCount(ctx.integer("TotalRecordCount"))
                            .pageNumber(ctx.integer("PageNumber"))
                            .pageRecordCount(ctx.integer("PageRecordCount"))
                            .build())
                    .build();

    private static List<DtsJobSummary> summaries(ResponseContext ctx) {
        List<DtsJobSummary> out = new ArrayList<>();
        for (JsonNode n : ctx.items("DtsJobList")) {
            out.add(DtsJobSummary.builder()
                    .dtsJobId(ResponseContext.text(n, "DtsJobId"))
                    .dtsInstanceId(ResponseContext.text(n, "DtsInstanceID"))
                    .dtsJobName(ResponseContext.text(n, "DtsJobName"))
                    .status(ResponseContext.text(n, "Status"))
                    .errorMessage(ResponseContext.text(n, "ErrorMessage"))
                    .createTime(ResponseContext.text(n, "CreateTime"))
                    .expireTime(ResponseContext.text(n, "ExpireTime"))
                    .payType(ResponseContext.text(n, "PayType"))
                    .dtsJobClass(ResponseContext.text(n, "DtsJobClass"))
                    .dtsJobDirection(ResponseContext.text(n, "DtsJobDirection"))
                    .build());
        }
        return out;
    }

    /** The request for the page after {@code page}, or {@code null} after the last. */
    static DescribeDtsJobsRequest nextPage(DescribeDtsJobsRequest request, DescribeDtsJobsResponse page) {
        int number = page.pageNumber() != null ? page.pageNumber()
                : request.pageNumber() != null ? request.pageNumber() : 1;
        int size = request.pageSize() != null ? request.pageSize() : DEFAULT_PAGE_SIZE;
        Integer next = Paginators.nextPageNumber(number, size, page.jobs().size(), page.totalRecordCount());
        return next == null ? null : request.toBuilder().pageNumber(next).build();
    }

    private static void validateDescribeJobs(DescribeDtsJobsRequest r) {
        validateRegion(r.region());
        for (String[] f : new String[][] {{r.status(), "status"}, {r.type(), "type"}, {r.params(), "params"},
                {r.dtsJobId(), "dtsJobId"}, {r.dtsInstanceId(), "dtsInstanceId"}}) {
            if (f[0] != null) {
                Validate.token(f[0], f[1]);
            }
        }
        if (r.pageNumber() != null && r.pageNumber() < 1) {
            throw new IllegalArgumentException("pageNumber must be at least 1 (was " + r.pageNumber() + ")");
        }
        if (r.pageSize() != null && !PAGE_SIZES.contains(r.pageSize())) {
            throw new IllegalArgumentException("pageSize must be 30, 50 or 100 (was " + r.pageSize() + ")");
        }
    }

    private static void validateJob(String dtsJobId, String dtsInstanceId, String regionId) {
        Validate.token(dtsJobId, "dtsJobId");
        if (dtsInstanceId != null) {
            Validate.token(dtsInstanceId, "dtsInstanceId");
        }
        validateRegion(regionId);
    }

    private static void validateRegion(String regionId) {
        if (regionId != null && (regionId.length() > 64 || !isRegion(regionId))) {
            throw new IllegalArgumentException("regionId must look like 'cn-beijing': '" + regionId + "'");
        }
    }

    /** Ids travel comma-joined in one parameter, so an id must not hold a comma (it would become two ids). */
    private static void validateBatch(List<String> ids, int max, String regionId, String resourceGroupId) {
        if (ids.isEmpty()) {
            throw new IllegalArgumentException("dtsJobIds must name at least one task");
        }
        if (ids.size() > max) {
            throw new IllegalArgumentException("dtsJobIds has " + ids.size() + " ids; DTS accepts at most " + max);
        }
        for (int i = 0; i < ids.size(); i++) {
            String id = Validate.token(ids.get(i), "dtsJobIds[" + i + "]");
            if (id.indexOf(',') >= 0) {
                throw new IllegalArgumentException("dtsJobIds[" + i + "] must not contain ',' (DTS splits the list on it)");
            }
        }
        validateRegion(regionId);
        if (resourceGroupId != null) {
            Validate.token(resourceGroupId, "resourceGroupId");
        }
    }

    /**
     * {@code [a-z0-9]+(-[a-z0-9]+)*}, checked by hand: it runs on every call, and a regex match there
     * cost more than the rest of the validation.
     */
    static boolean isRegion(String s) {
        if (s.isEmpty() || s.charAt(0) == '-' || s.charAt(s.length() - 1) == '-') {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c == '-' && s.charAt(i - 1) != '-');
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    /** The fields every DTS answer carries, read into {@code b}. */
    private static <B extends DtsResponse.Builder<B>> B envelope(ResponseContext ctx, B b) {
        return b.metadata(ctx.metadata())
                .httpStatusCode(ctx.integer("HttpStatusCode"))
                .success(ctx.bool("Success"))
                .errCode(ctx.text("ErrCode"))
                .errMessage(ctx.text("ErrMessage"))
                .dynamicMessage(ctx.text("DynamicMessage"))
                .dynamicCode(ctx.text("DynamicCode"));
    }

    private DtsOperations() {
    }
}
