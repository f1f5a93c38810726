package dev.migsdk.dts.internal;

import dev.migsdk.core.internal.pipeline.RpcOperation;
import dev.migsdk.core.internal.pipeline.ServiceSpec;
import dev.migsdk.core.internal.protocol.ErrorKind;
import dev.migsdk.core.internal.util.Validate;
import dev.migsdk.dts.model.DeleteDtsJobRequest;
import dev.migsdk.dts.model.DeleteDtsJobResponse;
import java.util.Map;
import java.util.Set;

/** DTS (API 2020-01-01) declared as data: the service, its endpoints and DeleteDtsJob. Internal API. */
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
                    .validator(DtsOperations::validate)
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

    private static void validate(DeleteDtsJobRequest r) {
        Validate.token(r.dtsJobId(), "dtsJobId");
        if (r.dtsInstanceId() != null) {
            Validate.token(r.dtsInstanceId(), "dtsInstanceId");
        }
        if (r.regionId() != null && (r.regionId().length() > 64 || !isRegion(r.regionId()))) {
            throw new IllegalArgumentException("regionId must look like 'cn-beijing': '" + r.regionId() + "'");
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

    private DtsOperations() {
    }
}
