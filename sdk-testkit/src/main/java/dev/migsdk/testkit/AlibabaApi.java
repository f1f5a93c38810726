package dev.migsdk.testkit;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.migsdk.core.auth.AlibabaCredentials;
import dev.migsdk.testkit.internal.AlibabaSignatures;
import dev.migsdk.testkit.internal.Digests;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/** The Alibaba Cloud RPC side: routing, V1/V3 signature checks, SMC and DTS operations, POP error bodies. */
final class AlibabaApi {
    static final String SMC_VERSION = "2019-06-01";
    static final String DTS_VERSION = "2020-01-01";
    static final String DELETE_REPLICATION_JOB = "DeleteReplicationJob";
    static final String STOP_REPLICATION_JOB = "StopReplicationJob";
    static final String DESCRIBE_REPLICATION_JOBS = "DescribeReplicationJobs";
    static final String DELETE_DTS_JOB = "DeleteDtsJob";
    static final Set<String> SMC_ACTIONS = Set.of(DELETE_REPLICATION_JOB, STOP_REPLICATION_JOB,
            DESCRIBE_REPLICATION_JOBS);
    static final Set<String> DTS_ACTIONS = Set.of(DELETE_DTS_JOB, "StopDtsJob", "SuspendDtsJob", "StopDtsJobs",
            "SuspendDtsJobs", "DeleteDtsJobs", "DescribeDtsJobDetail", "DescribeDtsJobs");
    /** DeleteDtsJobs' documented limit. */
    static final int MAX_DELETE_DTS_JOBS = 10;
    /** DescribeReplicationJobs' documented limits. */
    static final int SMC_MAX_PAGE_SIZE = 50;
    static final int SMC_MAX_IDS = 50;

    private static final String INCOMPLETE = "The request signature does not conform to Aliyun standards.";

    private final Accounts accounts;
    private final SmcJobs smc;
    private final DtsJobs dts;
    private final Duration window;

    AlibabaApi(Accounts accounts, SmcJobs smc, DtsJobs dts, Duration window) {
        this.accounts = accounts;
        this.smc = smc;
        this.dts = dts;
        this.window = window;
    }

    /** Sets the operation from Action/Version and returns SMC, DTS or null. */
    static EmulatedService route(Exchange ex) {
        boolean v3 = isV3(ex);
        String action = v3 ? firstNonNull(ex.header("x-acs-action"), ex.param("Action"))
                : firstNonNull(ex.param("Action"), ex.header("x-acs-action"));
        String version = v3 ? firstNonNull(ex.header("x-acs-version"), ex.param("Version"))
                : firstNonNull(ex.param("Version"), ex.header("x-acs-version"));
        ex.operation = action;
        if (action != null && SMC_ACTIONS.contains(action) && SMC_VERSION.equals(version)) {
            return EmulatedService.SMC;
        }
        if (action != null && DTS_ACTIONS.contains(action) && DTS_VERSION.equals(version)) {
            return EmulatedService.DTS;
        }
        return null;
    }

    Reply handle(Exchange ex) {
        if (ex.service == null) {
            return error(ex, 404, "InvalidAction.NotFound",
                    "Specified api is not found, please check your url and method.");
        }
        Reply denied = isV3(ex) ? verifyV3(ex) : verifyV1(ex);
        if (denied != null) {
            return denied;
        }
        return ex.service == EmulatedService.SMC ? smc(ex) : dts(ex);
    }

    // ---------------------------------------------------------------- operations

    private Reply smc(Exchange ex) {
        if (DESCRIBE_REPLICATION_JOBS.equals(ex.operation)) {
            return describeReplicationJobs(ex);
        }
        String jobId = ex.param("JobId");
        if (jobId == null || jobId.isBlank()) {
            return error(ex, 400, "MissingJobId", "JobId is mandatory for this action.");
        }
        boolean stop = STOP_REPLICATION_JOB.equals(ex.operation);
        SmcJob before = stop ? smc.stop(jobId, ex.now) : smc.delete(jobId, ex.now);
        if (before == null) {
            return error(ex, 404, "InvalidJobId.NotFound", "The specified JobId does not exist.");
        }
        if (stop && !before.stoppable()) {
            return invalidStatus(ex, before, "Running");
        }
        if (!stop && !before.deletable()) {
            return invalidStatus(ex, before, "Ready, Stopped, InError, Finished, Waiting, Expired");
        }
        return success(ex);
    }

    private Reply invalidStatus(Exchange ex, SmcJob job, String allowed) {
        return error(ex, 400, "ReplicationJob.InvalidStatus", "The specified replication job status: "
                + job.status().wireValue() + " is invalid. This operation can only be performed in the following"
                + " status: " + allowed + ".");
    }

    /** Filters (AND), then the page: PageNumber from 1 (default 1), PageSize 1..50 (default 10). */
    private Reply describeReplicationJobs(Exchange ex) {
        Map<String, List<String>> params = ex.paramMap();
        List<String> jobIds = repeated(params, "JobId");
        List<String> sourceIds = repeated(params, "SourceId");
        if (jobIds.size() > SMC_MAX_IDS || sourceIds.size() > SMC_MAX_IDS) {
            return error(ex, 400, "InvalidParameter", "The specified parameter JobId.N or SourceId.N is not valid.");
        }
        Integer pageNumber = positiveInt(ex.param("PageNumber"), 1);
        Integer pageSize = positiveInt(ex.param("PageSize"), 10);
        if (pageNumber == null) {
            return error(ex, 400, "InvalidParameter", "The specified parameter PageNumber is not valid.");
        }
        if (pageSize == null || pageSize > SMC_MAX_PAGE_SIZE) {
            return error(ex, 400, "InvalidParameter", "The specified parameter PageSize is not valid.");
        }
        String name = ex.param("Name");
        String regionId = ex.param("RegionId");
        String status = ex.param("Status");
        String businessStatus = ex.param("BusinessStatus");
        List<SmcJob> matching = smc.snapshot(ex.now).stream()
                .filter(j -> jobIds.isEmpty() || jobIds.contains(j.jobId()))
                .filter(j -> sourceIds.isEmpty() || sourceIds.contains(j.sourceId()))
                .filter(j -> name == null || name.equals(j.name()))
                .filter(j -> regionId == null || regionId.equals(j.regionId()))
                .filter(j -> status == null || status.equals(j.status().wireValue()))
                .filter(j -> businessStatus == null || businessStatus.equals(j.businessStatus().wireValue()))
                .toList();
        long from = Math.min((long) (pageNumber - 1) * pageSize, matching.size());
        List<Object> page = new java.util.ArrayList<>();
        for (SmcJob j : matching.subList((int) from, (int) Math.min(from + pageSize, matching.size()))) {
            Map<String, Object> job = new LinkedHashMap<>();
            job.put("JobId", j.jobId());
            job.put("Name", j.name() == null ? "" : j.name());
            job.put("SourceId", j.sourceId() == null ? "" : j.sourceId());
            job.put("RegionId", j.regionId() == null ? "" : j.regionId());
            job.put("Status", j.status().wireValue());
            job.put("BusinessStatus", j.businessStatus().wireValue());
            job.put("StatusInfo", j.statusInfo() == null ? "" : j.statusInfo());
            job.put("ErrorCode", j.errorCode() == null ? "" : j.errorCode());
            page.add(job);
        }
        String requestId = Bodies.alibabaRequestId();
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("TotalCount", matching.size());
        f.put("ReplicationJobs", wantsXml(ex) && page.isEmpty() ? "" : Map.of("ReplicationJob", page));
        f.put("RequestId", requestId);
        f.put("PageSize", pageSize);
        f.put("PageNumber", pageNumber);
        return reply(ex, 200, ex.operation + "Response", f, null, requestId);
    }

    private static List<String> repeated(Map<String, List<String>> params, String prefix) {
        List<String> out = new java.util.ArrayList<>();
        for (int i = 1; params.containsKey(prefix + "." + i); i++) {
            out.add(params.get(prefix + "." + i).get(0));
        }
        return out;
    }

    /** A positive integer parameter, its default when absent, or null when malformed. */
    private static Integer positiveInt(String value, int fallback) {
        if (value == null) {
            return fallback;
        }
        try {
            int v = Integer.parseInt(value);
            return v >= 1 ? v : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private Reply dts(Exchange ex) {
        return switch (ex.operation) {
            case "StopDtsJobs" -> dtsBatch(ex, DtsJobStatus.FINISHED, Integer.MAX_VALUE);
            case "SuspendDtsJobs" -> dtsBatch(ex, DtsJobStatus.SUSPENDING, Integer.MAX_VALUE);
            case "DeleteDtsJobs" -> dtsBatch(ex, null, MAX_DELETE_DTS_JOBS);
            case "DescribeDtsJobs" -> describeDtsJobs(ex);
            default -> dtsSingle(ex);
        };
    }

    /**
     * A batch: each known id is handled (so a batch with an unknown id changes the others: a partial
     * failure), and if any id was unknown the answer is Success=false with those ids as DynamicMessage.
     */
    private Reply dtsBatch(Exchange ex, DtsJobStatus target, int max) {
        String joined = ex.param("DtsJobIds");
        if (joined == null || joined.isBlank()) {
            return error(ex, 400, "MissingDtsJobIds", "DtsJobIds is mandatory for this action.");
        }
        List<String> ids = List.of(joined.split(",", -1));
        if (ids.size() > max || ids.stream().anyMatch(String::isBlank)) {
            return dtsFailure(ex, 400, "InvalidParameter", "The Value of Input Parameter %s is not valid.",
                    "DtsJobIds");
        }
        List<String> unknown = new java.util.ArrayList<>();
        for (String id : ids) {
            DtsJob before = target == null ? dts.delete(id) : dts.stop(id, target, ex.now);
            if (before == null) {
                unknown.add(id);
            }
        }
        if (!unknown.isEmpty()) {
            return dtsFailure(ex, 404, "InvalidJobId.NotFound", "The specified job %s does not exist.",
                    String.join(",", unknown));
        }
        return success(ex);
    }

    private Reply dtsSingle(Exchange ex) {
        String jobId = ex.param("DtsJobId");
        if (jobId == null || jobId.isBlank()) {
            return error(ex, 400, "MissingDtsJobId", "DtsJobId is mandatory for this action.");
        }
        String direction = ex.param("SynchronizationDirection");
        if (direction != null && !direction.equals("Forward") && !direction.equals("Reverse")) {
            return dtsFailure(ex, 400, "InvalidParameter", "The Value of Input Parameter %s is not valid.",
                    "SynchronizationDirection");
        }
        String jobType = ex.param("JobType");
        if (jobType != null && !Set.of("MIGRATION", "SYNC", "SUBSCRIBE").contains(jobType)) {
            return dtsFailure(ex, 400, "InvalidParameter", "The Value of Input Parameter %s is not valid.", "JobType");
        }
        DtsJob job = switch (ex.operation) {
            case "StopDtsJob" -> dts.stop(jobId, DtsJobStatus.FINISHED, ex.now);
            case "SuspendDtsJob" -> dts.stop(jobId, DtsJobStatus.SUSPENDING, ex.now);
            case "DescribeDtsJobDetail" -> dts.describe(jobId, ex.now);
            default -> dts.delete(jobId);
        };
        if (job == null) {
            return dtsFailure(ex, 404, "InvalidJobId.NotFound", "The specified job %s does not exist.", jobId);
        }
        if ("DescribeDtsJobDetail".equals(ex.operation)) {
            return describeDtsJobDetail(ex, job);
        }
        return success(ex);
    }

    /**
     * Status and DtsJobId filters, then the page: PageNumber from 1, PageSize 30, 50 or 100 (default 30).
     * The emulated jobs have no type, so JobType filters nothing.
     */
    private Reply describeDtsJobs(Exchange ex) {
        Integer pageNumber = positiveInt(ex.param("PageNumber"), 1);
        if (pageNumber == null) {
            return dtsFailure(ex, 400, "InvalidParameter", "The Value of Input Parameter %s is not valid.",
                    "PageNumber");
        }
        Integer pageSize = positiveInt(ex.param("PageSize"), 30);
        if (pageSize == null || !Set.of(30, 50, 100).contains(pageSize)) {
            return dtsFailure(ex, 400, "InvalidParameter", "The Value of Input Parameter %s is not valid.",
                    "PageSize");
        }
        String status = ex.param("Status");
        String jobId = ex.param("DtsJobId");
        List<DtsJob> matching = dts.snapshot(ex.now).stream()
                .filter(j -> status == null || status.equals(j.status().wireValue()))
                .filter(j -> jobId == null || jobId.equals(j.dtsJobId()))
                .toList();
        long from = Math.min((long) (pageNumber - 1) * pageSize, matching.size());
        List<Object> page = new java.util.ArrayList<>();
        for (DtsJob j : matching.subList((int) from, (int) Math.min(from + pageSize, matching.size()))) {
            Map<String, Object> job = new LinkedHashMap<>();
            job.put("DtsJobId", j.dtsJobId());
            job.put("DtsInstanceID", j.dtsInstanceId());
            job.put("Status", j.status().wireValue());
            job.put("ErrorMessage", j.errorMessage() == null ? "" : j.errorMessage());
            page.add(job);
        }
        String requestId = Bodies.alibabaRequestId();
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("HttpStatusCode", 200);
        f.put("RequestId", requestId);
        f.put("Success", true);
        f.put("TotalRecordCount", matching.size());
        f.put("PageNumber", pageNumber);
        f.put("PageRecordCount", page.size());
        f.put("DtsJobList", page);
        return reply(ex, 200, ex.operation + "Response", f, null, requestId);
    }

    private Reply describeDtsJobDetail(Exchange ex, DtsJob job) {
        String requestId = Bodies.alibabaRequestId();
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("HttpStatusCode", 200);
        f.put("RequestId", requestId);
        f.put("Success", true);
        f.put("DtsJobId", job.dtsJobId());
        f.put("DtsInstanceID", job.dtsInstanceId());
        f.put("Status", job.status().wireValue());
        if (job.errorMessage() != null) {
            f.put("ErrorMessage", job.errorMessage());
        }
        return reply(ex, 200, ex.operation + "Response", f, null, requestId);
    }

    /** DTS business failure: HTTP 200, {@code Success=false}. */
    private Reply dtsFailure(Exchange ex, int httpStatusCode, String code, String message, String dynamic) {
        String requestId = Bodies.alibabaRequestId();
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("HttpStatusCode", httpStatusCode);
        f.put("RequestId", requestId);
        f.put("Success", false);
        f.put("ErrCode", code);
        f.put("ErrMessage", message);
        f.put("DynamicMessage", dynamic);
        f.put("DynamicCode", String.valueOf(httpStatusCode));
        return reply(ex, 200, ex.operation + "Response", f, code, requestId);
    }

    /** The operation's success answer (also used, cut short, by the truncation fault). */
    Reply success(Exchange ex) {
        String requestId = Bodies.alibabaRequestId();
        Map<String, Object> f = new LinkedHashMap<>();
        if (ex.service == EmulatedService.DTS) {
            f.put("HttpStatusCode", 200);
            f.put("RequestId", requestId);
            f.put("Success", true);
        } else {
            f.put("RequestId", requestId);
        }
        return reply(ex, 200, ex.operation + "Response", f, null, requestId);
    }

    Reply throttled(Exchange ex) {
        return error(ex, 400, "Throttling.User", "Request was denied due to user flow control.");
    }

    Reply unavailable(Exchange ex) {
        return error(ex, 503, "ServiceUnavailable", "The request has failed due to a temporary failure of the server.");
    }

    // ---------------------------------------------------------------- signatures

    static boolean isV3(Exchange ex) {
        String auth = ex.header("Authorization");
        return auth != null && auth.startsWith("ACS3-");
    }

    private Reply verifyV3(Exchange ex) {
        AuthorizationHeader auth = AuthorizationHeader.parse(ex.header("Authorization"));
        String algorithm = auth.algorithm();
        String accessKeyId = auth.part("Credential");
        String signedHeaderList = auth.part("SignedHeaders");
        String signature = auth.part("Signature");
        Digests digest = AlibabaSignatures.v3Digest(algorithm);
        if (digest == null || accessKeyId == null || signedHeaderList == null || signature == null) {
            return incomplete(ex);
        }
        Set<String> signed = AuthorizationHeader.signedHeaderNames(signedHeaderList);
        if (!signed.contains("host")) {
            return incomplete(ex);
        }
        for (String name : ex.headers.names()) {
            String lower = name.toLowerCase(Locale.ROOT);
            if (lower.startsWith("x-acs-") && !signed.contains(lower)) {
                return incomplete(ex);
            }
        }
        TreeMap<String, String> signedValues = AuthorizationHeader.signedHeaderValues(ex.headers, signed);
        if (signedValues == null) {
            return incomplete(ex);
        }
        String date = ex.header("x-acs-date");
        String nonce = ex.header("x-acs-signature-nonce");
        if (date == null || nonce == null || ex.header("x-acs-content-sha256") == null) {
            return incomplete(ex);
        }
        return verifyCommon(ex, accessKeyId, date, ex.header("x-acs-security-token"), () -> {
            String canonical = AlibabaSignatures.v3CanonicalRequest(ex.method, ex.rawPath, ex.query, signedValues,
                    digest.hexHash(ex.body));
            return AlibabaSignatures.v3StringToSign(algorithm, canonical);
        }, (secret, stringToSign) -> Digests.constantTimeEquals(
                AlibabaSignatures.v3Signature(algorithm, secret, stringToSign), signature.toLowerCase(Locale.ROOT)),
                nonce);
    }

    private Reply verifyV1(Exchange ex) {
        String signature = ex.param("Signature");
        String accessKeyId = ex.param("AccessKeyId");
        String nonce = ex.param("SignatureNonce");
        String timestamp = ex.param("Timestamp");
        if (signature == null || accessKeyId == null || nonce == null || timestamp == null
                || !"HMAC-SHA1".equals(ex.param("SignatureMethod")) || !"1.0".equals(ex.param("SignatureVersion"))) {
            return incomplete(ex);
        }
        List<Map.Entry<String, String>> signedParams =
                ex.params.stream().filter(e -> !e.getKey().equals("Signature")).toList();
        return verifyCommon(ex, accessKeyId, timestamp, ex.param("SecurityToken"),
                () -> AlibabaSignatures.v1StringToSign(ex.method, signedParams),
                (secret, stringToSign) -> Digests.constantTimeEquals(
                        AlibabaSignatures.v1Signature(secret, stringToSign), signature),
                nonce);
    }

    private interface StringToSign {
        String compute();
    }

    private interface SignatureCheck {
        boolean matches(String secret, String stringToSign);
    }

    /** Key, time, STS token, signature and nonce checks shared by V1 and V3, in that order. */
    private Reply verifyCommon(Exchange ex, String accessKeyId, String date, String securityToken,
                               StringToSign stringToSign, SignatureCheck check, String nonce) {
        AlibabaCredentials key = accounts.alibaba(accessKeyId);
        if (key == null) {
            return error(ex, 404, "InvalidAccessKeyId.NotFound", "Specified access key is not found.");
        }
        Instant signedAt;
        try {
            signedAt = Instant.parse(date);
        } catch (DateTimeParseException e) {
            return error(ex, 400, "InvalidTimeStamp.Format", "Specified time stamp or date value is not well formatted.");
        }
        if (Duration.between(signedAt, ex.now).abs().compareTo(window) > 0) {
            return error(ex, 400, "InvalidTimeStamp.Expired", "Specified time stamp or date value is expired.");
        }
        if (!Objects.equals(key.securityToken(), securityToken)) {
            return error(ex, 400, "InvalidSecurityToken.Malformed", "Specified SecurityToken is malformed.");
        }
        if (key.expiration() != null && !ex.now.isBefore(key.expiration())) {
            return error(ex, 403, "InvalidSecurityToken.Expired", "Specified SecurityToken is expired.");
        }
        String serverStringToSign = stringToSign.compute();
        if (!check.matches(key.accessKeySecret(), serverStringToSign)) {
            return error(ex, 400, "SignatureDoesNotMatch",
                    "Specified signature is not matched with our calculation. server string to sign is:"
                            + serverStringToSign);
        }
        if (!accounts.useNonce(accessKeyId, nonce, ex.now, signedAt.plus(window))) {
            return error(ex, 400, "SignatureNonceUsed", "Specified signature nonce was used already.");
        }
        return null;
    }

    private Reply incomplete(Exchange ex) {
        return error(ex, 400, "IncompleteSignature", INCOMPLETE);
    }

    // ---------------------------------------------------------------- bodies

    static boolean wantsXml(Exchange ex) {
        String format = ex.param("Format");
        return format != null && format.equalsIgnoreCase("XML");
    }

    Reply error(Exchange ex, int status, String code, String message) {
        String requestId = Bodies.alibabaRequestId();
        String product = ex.service == EmulatedService.DTS ? "Dts" : "Smc";
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("RequestId", requestId);
        f.put("HostId", product.toLowerCase(Locale.ROOT) + ".aliyuncs.com");
        f.put("Code", code);
        f.put("Message", message);
        f.put("Recommend", "https://api.aliyun.com/troubleshoot?q=" + code + "&product=" + product
                + "&requestId=" + requestId);
        return reply(ex, status, "Error", f, code, requestId);
    }

    private static Reply reply(Exchange ex, int status, String xmlRoot, Map<String, Object> fields, String errorCode,
                               String requestId) {
        String body;
        String contentType;
        if (wantsXml(ex)) {
            body = Bodies.xml(xmlRoot, fields);
            contentType = Reply.XML;
        } else {
            ObjectNode node = Bodies.object();
            fields.forEach((k, v) -> node.set(k, Bodies.MAPPER.valueToTree(v)));
            body = Bodies.json(node);
            contentType = Reply.JSON;
        }
        return new Reply(status, contentType, body, Map.of("x-acs-request-id", requestId), errorCode, requestId);
    }

    private static String firstNonNull(String a, String b) {
        return a != null ? a : b;
    }
}
