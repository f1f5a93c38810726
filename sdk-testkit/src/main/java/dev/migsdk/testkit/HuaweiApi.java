package dev.migsdk.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.migsdk.core.auth.HuaweiAkSkCredentials;
import dev.migsdk.testkit.internal.Digests;
import dev.migsdk.testkit.internal.HuaweiSignatures;
import dev.migsdk.testkit.internal.Rfc3986;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The Huawei Cloud side: API-gateway authentication (AK/SK, token), the OMS and SMS task lifecycle, IAM tokens. */
final class HuaweiApi {
    static final String DELETE_TASK = "DeleteTask";
    static final String CREATE_TOKEN = "CreateToken";
    static final Duration TOKEN_VALIDITY = Duration.ofHours(24);

    private static final String OMS = "/v2/([^/]+)";
    private static final Pattern OMS_PATH = Pattern.compile(OMS + "/tasks/([^/]+)");
    private static final Pattern SMS_PATH = Pattern.compile("/v3/tasks/([^/]+)");

    /** One route: method, path pattern, service, operation. */
    private record Route(String method, Pattern path, EmulatedService service, String operation) {
    }

    private static final List<Route> ROUTES = List.of(
            new Route("DELETE", OMS_PATH, EmulatedService.OMS, DELETE_TASK),
            new Route("GET", OMS_PATH, EmulatedService.OMS, "ShowTask"),
            new Route("POST", Pattern.compile(OMS + "/tasks/([^/]+)/stop"), EmulatedService.OMS, "StopTask"),
            new Route("GET", Pattern.compile(OMS + "/tasks"), EmulatedService.OMS, "ListTasks"),
            new Route("PUT", Pattern.compile(OMS + "/taskgroups/([^/]+)/stop"), EmulatedService.OMS, "StopTaskGroup"),
            new Route("GET", Pattern.compile(OMS + "/taskgroups/([^/]+)"), EmulatedService.OMS, "ShowTaskGroup"),
            new Route("DELETE", Pattern.compile(OMS + "/taskgroups/([^/]+)"), EmulatedService.OMS, "DeleteTaskGroup"),
            new Route("POST", Pattern.compile(OMS + "/sync-tasks/([^/]+)/stop"), EmulatedService.OMS, "StopSyncTask"),
            new Route("GET", Pattern.compile(OMS + "/sync-tasks/([^/]+)"), EmulatedService.OMS, "ShowSyncTask"),
            new Route("DELETE", Pattern.compile(OMS + "/sync-tasks/([^/]+)"), EmulatedService.OMS, "DeleteSyncTask"),
            new Route("POST", Pattern.compile("/v3/tasks/delete"), EmulatedService.SMS, "DeleteTasks"),
            new Route("DELETE", SMS_PATH, EmulatedService.SMS, DELETE_TASK),
            new Route("GET", SMS_PATH, EmulatedService.SMS, "ShowTask"),
            new Route("POST", Pattern.compile("/v3/tasks/([^/]+)/action"), EmulatedService.SMS, "UpdateTaskStatus"),
            new Route("GET", Pattern.compile("/v3/tasks"), EmulatedService.SMS, "ListTasks"));

    private static final String IAM_PATH = "/v3/auth/tokens";
    private static final String IAM_INFO = "Incorrect IAM authentication information: ";

    private final Accounts accounts;
    private final OmsTasks oms;
    private final SmsTasks sms;
    private final String projectId;
    private final String domainId;
    private final Duration window;

    HuaweiApi(Accounts accounts, OmsTasks oms, SmsTasks sms, String projectId, String domainId, Duration window) {
        this.accounts = accounts;
        this.oms = oms;
        this.sms = sms;
        this.projectId = projectId;
        this.domainId = domainId;
        this.window = window;
    }

    static boolean isIam(Exchange ex) {
        return "POST".equals(ex.method) && IAM_PATH.equals(ex.rawPath);
    }

    /** OMS, SMS or null; sets the operation when the route is known. */
    static EmulatedService route(Exchange ex) {
        for (Route r : ROUTES) {
            if (r.method().equals(ex.method) && r.path().matcher(ex.rawPath).matches()) {
                ex.operation = r.operation();
                return r.service();
            }
        }
        return null;
    }

    Reply handle(Exchange ex) {
        if (ex.service == null) {
            return gatewayError(404, "APIGW.0101",
                    "The API does not exist or has not been published in the environment");
        }
        Reply denied = authenticate(ex);
        if (denied != null) {
            return denied;
        }
        Matcher m = null;
        for (Route r : ROUTES) {
            if (r.operation().equals(ex.operation) && r.service() == ex.service) {
                Matcher candidate = r.path().matcher(ex.rawPath);
                if (r.method().equals(ex.method) && candidate.matches()) {
                    m = candidate;
                    break;
                }
            }
        }
        if (m == null) {
            throw new IllegalStateException("no route for " + ex.operation);
        }
        if (ex.service == EmulatedService.OMS) {
            Reply wrongProject = omsProject(ex, m.group(1));
            if (wrongProject != null) {
                return wrongProject;
            }
            String id = m.groupCount() >= 2 ? decodeOrNull(m.group(2)) : null;
            return switch (ex.operation) {
                case DELETE_TASK -> omsDelete(id);
                case "ShowTask" -> omsShow(id);
                case "StopTask" -> omsStop(id);
                case "ListTasks" -> omsList(ex);
                case "StopTaskGroup" -> omsStopGroup(id);
                case "ShowTaskGroup" -> omsShowGroup(id);
                case "DeleteTaskGroup" -> omsDeleteGroup(id);
                case "StopSyncTask" -> omsStopSync(id);
                case "ShowSyncTask" -> omsShowSync(ex, id);
                case "DeleteSyncTask" -> omsDeleteSync(id);
                default -> throw new IllegalStateException(ex.operation);
            };
        }
        String headerDomain = ex.header("X-Domain-Id");
        if (headerDomain != null && !domainId.equals(headerDomain)) {
            return serviceError(403, "SMS.9004", "The current account does not have the permission to execute"
                    + " policy: X-Domain-Id does not match the account of the credentials.");
        }
        String id = m.groupCount() >= 1 ? decodeOrNull(m.group(1)) : null;
        return switch (ex.operation) {
            case DELETE_TASK -> smsDelete(id);
            case "ShowTask" -> smsShow(id);
            case "UpdateTaskStatus" -> smsAction(ex, id);
            case "ListTasks" -> smsList(ex);
            case "DeleteTasks" -> smsDeleteTasks(ex);
            default -> throw new IllegalStateException(ex.operation);
        };
    }

    // ---------------------------------------------------------------- OMS

    private Reply omsProject(Exchange ex, String rawProject) {
        String pathProject = decodeOrNull(rawProject);
        String headerProject = ex.header("X-Project-Id");
        if (!projectId.equals(pathProject) || (headerProject != null && !projectId.equals(headerProject))) {
            return serviceError(403, "OMS.0002", "The project ID does not match the token or AK/SK.");
        }
        return null;
    }

    /** The task id of the path, or -1 when it is not one OMS accepts (0..999999999999999). */
    private static long omsTaskId(String id) {
        long taskId;
        try {
            taskId = Long.parseLong(Objects.requireNonNullElse(id, ""));
        } catch (NumberFormatException e) {
            return -1;
        }
        return taskId < 0 || taskId > 999_999_999_999_999L ? -1 : taskId;
    }

    private static Reply omsBadRequest() {
        return serviceError(400, "OMS.0064", "Invalid request parameters.");
    }

    private static Reply omsNotFound() {
        return serviceError(404, "OMS.1009", "No resources found.");
    }

    /** Assumed: OMS documents no code for a state refusal; the emulator uses the one the SDK maps (OMS.1002). */
    private static Reply omsWrongState(String what) {
        return serviceError(400, "OMS.1002", what);
    }

    private Reply omsDelete(String id) {
        long taskId = omsTaskId(id);
        if (taskId < 0) {
            return omsBadRequest();
        }
        OmsTask before = oms.delete(taskId);
        if (before == null) {
            return omsNotFound();
        }
        if (before.status().inProgress()) {
            return omsWrongState("The task is running and cannot be deleted. Pause the task first.");
        }
        return ok();
    }

    private Reply omsStop(String id) {
        long taskId = omsTaskId(id);
        if (taskId < 0) {
            return omsBadRequest();
        }
        OmsTaskStatus before = oms.stop(taskId);
        if (before == null) {
            return omsNotFound();
        }
        if (before != OmsTaskStatus.RUNNING) {
            return omsWrongState("Only a migrating task can be paused (status " + before.code() + ").");
        }
        return ok();
    }

    private Reply omsShow(String id) {
        long taskId = omsTaskId(id);
        if (taskId < 0) {
            return omsBadRequest();
        }
        OmsTasks.View v = oms.view(taskId);
        return v == null ? omsNotFound() : json(200, omsTask(v), null, Bodies.huaweiRequestId());
    }

    private static ObjectNode omsTask(OmsTasks.View v) {
        ObjectNode t = Bodies.object();
        t.put("id", v.taskId());
        t.put("name", v.name());
        t.put("status", v.status().code());
        if (v.groupId() != null) {
            t.put("group_id", v.groupId());
        }
        if (v.errorCode() != null) {
            t.putObject("error_reason").put("error_code", v.errorCode()).put("error_msg", v.errorMessage());
        } else {
            t.put("error_reason", ""); // OMS sends "" when the task has not failed
        }
        t.put("progress", v.status() == OmsTaskStatus.SUCCEEDED ? 1.0 : 0.5);
        t.put("description", "");
        return t;
    }

    private Reply omsList(Exchange ex) {
        Integer limit;
        Integer offset;
        Integer status;
        try {
            limit = intParam(ex, "limit", 1, 100);
            offset = intParam(ex, "offset", 0, Integer.MAX_VALUE);
            status = intParam(ex, "status", 0, Integer.MAX_VALUE);
        } catch (BadParameter e) {
            return omsBadRequest();
        }
        List<OmsTasks.View> found = oms.find(query(ex, "group_id"), status, query(ex, "task_name"));
        ObjectNode body = Bodies.object();
        ArrayNode tasks = body.putArray("tasks");
        page(found, offset == null ? 0 : offset, limit == null ? OMS_DEFAULT_LIMIT : limit)
                .forEach(v -> tasks.add(omsTask(v)));
        body.put("count", found.size());
        return json(200, body, null, Bodies.huaweiRequestId());
    }

    /** Assumed: OMS's default page size when {@code limit} is absent (the page documents none). */
    static final int OMS_DEFAULT_LIMIT = 10;

    private Reply omsStopGroup(String groupId) {
        Integer before = groupId == null ? null : oms.stopGroup(groupId);
        if (before == null) {
            return omsNotFound();
        }
        if (before != 1 && before != 2) {
            return omsWrongState("Only a task group that is creating or monitoring tasks can be paused.");
        }
        return ok();
    }

    private Reply omsShowGroup(String groupId) {
        Integer status = groupId == null ? null : oms.groupStatus(groupId);
        if (status == null) {
            return omsNotFound();
        }
        ObjectNode body = Bodies.object();
        body.put("group_id", groupId);
        body.put("status", status);
        body.put("error_reason", "");
        body.put("description", "");
        return json(200, body, null, Bodies.huaweiRequestId());
    }

    private Reply omsDeleteGroup(String groupId) {
        Integer before = groupId == null ? null : oms.deleteGroup(groupId);
        if (before == null) {
            return omsNotFound();
        }
        if (OmsTasks.groupInProgress(before)) {
            return omsWrongState("The task group is in progress and cannot be deleted.");
        }
        return ok();
    }

    private Reply omsStopSync(String syncTaskId) {
        Boolean before = syncTaskId == null ? null : oms.stopSync(syncTaskId);
        return before == null ? omsNotFound() : ok();
    }

    private Reply omsShowSync(Exchange ex, String syncTaskId) {
        String raw = query(ex, "query_time");
        try {
            if (raw == null || Long.parseLong(raw) < 0) {
                return omsBadRequest();
            }
        } catch (NumberFormatException e) {
            return omsBadRequest();
        }
        Boolean synchronizing = syncTaskId == null ? null : oms.syncStatus(syncTaskId);
        if (synchronizing == null) {
            return omsNotFound();
        }
        ObjectNode body = Bodies.object();
        body.put("sync_task_id", syncTaskId);
        body.put("status", synchronizing ? "SYNCHRONIZING" : "STOPPED");
        body.put("src_bucket", "emulator-src");
        body.put("dst_bucket", "emulator-dst");
        return json(200, body, null, Bodies.huaweiRequestId());
    }

    private Reply omsDeleteSync(String syncTaskId) {
        Boolean before = syncTaskId == null ? null : oms.deleteSync(syncTaskId);
        if (before == null) {
            return omsNotFound();
        }
        if (before) {
            return omsWrongState("The synchronization task is synchronizing: stop it first.");
        }
        return ok();
    }

    // ---------------------------------------------------------------- SMS

    private static Reply smsNotFound() {
        return serviceError(404, "SMS.2252", "The task does not exist.");
    }

    private Reply smsDelete(String taskId) {
        SmsTasks.DeleteOutcome outcome = taskId == null ? SmsTasks.DeleteOutcome.NOT_FOUND : sms.delete(taskId);
        return switch (outcome) {
            case NOT_FOUND -> smsNotFound();
            case FORBIDDEN -> smsForbidden();
            case BUSY -> serviceError(400, "SMS.2015", "Running or stopping tasks cannot be deleted.");
            case DELETED -> ok();
        };
    }

    private Reply smsShow(String taskId) {
        SmsTasks.View v = taskId == null ? null : sms.view(taskId);
        return v == null ? smsNotFound() : json(200, smsTask(v), null, Bodies.huaweiRequestId());
    }

    private static ObjectNode smsTask(SmsTasks.View v) {
        ObjectNode t = Bodies.object();
        t.put("id", v.taskId());
        t.put("name", v.name());
        t.put("type", "MIGRATE_FILE");
        t.put("os_type", "LINUX");
        t.put("state", v.state().name());
        t.put("connected", v.connected());
        if (v.errorJson() != null) {
            t.put("error_json", v.errorJson());
        }
        t.put("remain_seconds", v.state() == SmsTaskState.RUNNING ? 600 : 0);
        if (v.sourceServerId() != null) {
            t.putObject("source_server").put("id", v.sourceServerId()).put("name", "server-" + v.sourceServerId());
        }
        return t;
    }

    /** Documented operations of UpdateTaskStatus; only start and stop change the emulated state. */
    private static final Set<String> SMS_ACTIONS = Set.of("start", "stop", "test", "clone_test", "restart",
            "network_check", "clear", "skip", "migration_test");

    private Reply smsAction(Exchange ex, String taskId) {
        JsonNode body = readJson(ex);
        String operation = body == null ? null : body.path("operation").asText(null);
        if (operation == null || !SMS_ACTIONS.contains(operation)) {
            // Assumed: the code SMS uses for a bad operation is not documented; the emulator's own.
            return serviceError(400, "SMS.0002", "Invalid request parameter: operation.");
        }
        SmsTask before;
        if (operation.equals("stop")) {
            before = taskId == null ? null : sms.stop(taskId);
            if (before != null && !before.forbidden() && before.state() != SmsTaskState.RUNNING
                    && before.state() != SmsTaskState.SYNCING) {
                return smsWrongState();
            }
        } else if (operation.equals("start")) {
            before = taskId == null ? null : sms.start(taskId);
            if (before != null && !before.forbidden() && before.state() != SmsTaskState.READY
                    && before.state() != SmsTaskState.ABORT && before.state() != SmsTaskState.MIGRATE_FAIL) {
                return smsWrongState();
            }
        } else {
            before = taskId == null ? null : sms.task(taskId).orElse(null);
        }
        if (before == null) {
            return smsNotFound();
        }
        if (before.forbidden()) {
            return smsForbidden();
        }
        return okText();
    }

    /** Assumed: SMS documents no code for an action the state forbids; the emulator uses SMS.2015's wording family. */
    private static Reply smsWrongState() {
        return serviceError(400, "SMS.2015", "The task status does not allow this operation.");
    }

    private Reply smsList(Exchange ex) {
        Integer limit;
        Integer offset;
        try {
            limit = intParam(ex, "limit", 0, 200);
            offset = intParam(ex, "offset", 0, Integer.MAX_VALUE);
        } catch (BadParameter e) {
            return serviceError(400, "SMS.0002", "Invalid request parameter: limit or offset.");
        }
        List<SmsTasks.View> found = sms.find(query(ex, "state"), query(ex, "name"), query(ex, "id"),
                query(ex, "source_server_id"));
        ObjectNode body = Bodies.object();
        body.put("count", found.size());
        ArrayNode tasks = body.putArray("tasks");
        page(found, offset == null ? 0 : offset, limit == null ? SMS_DEFAULT_LIMIT : limit)
                .forEach(v -> tasks.add(smsTask(v)));
        return json(200, body, null, Bodies.huaweiRequestId());
    }

    /** Assumed: SMS's default page size when {@code limit} is absent. */
    static final int SMS_DEFAULT_LIMIT = 200;

    private Reply smsDeleteTasks(Exchange ex) {
        JsonNode body = readJson(ex);
        JsonNode ids = body == null ? null : body.get("ids");
        if (ids == null || !ids.isArray()) {
            return serviceError(400, "SMS.0002", "Invalid request parameter: ids.");
        }
        List<String> list = new ArrayList<>();
        for (JsonNode id : ids) {
            if (!id.isTextual()) {
                return serviceError(400, "SMS.0002", "Invalid request parameter: ids.");
            }
            list.add(id.asText());
        }
        SmsTasks.BatchRefusal refused = sms.deleteAll(list);
        if (refused == null) {
            return okText();
        }
        if (refused.task() == null) {
            return serviceError(404, "SMS.2252", "The task does not exist: " + refused.taskId());
        }
        if (refused.task().forbidden()) {
            return smsForbidden();
        }
        return serviceError(400, "SMS.2015", "Running or stopping tasks cannot be deleted: " + refused.taskId());
    }

    // ---------------------------------------------------------------- helpers

    /** A query parameter that is present but not a number in the documented range. */
    private static final class BadParameter extends RuntimeException {
        private static final long serialVersionUID = 1L;

        BadParameter() {
            super(null, null, false, false);
        }
    }

    private static String query(Exchange ex, String name) {
        for (Map.Entry<String, String> e : ex.query) {
            if (e.getKey().equals(name)) {
                return e.getValue();
            }
        }
        return null;
    }

    private static Integer intParam(Exchange ex, String name, int min, int max) {
        String v = query(ex, name);
        if (v == null) {
            return null;
        }
        int i;
        try {
            i = Integer.parseInt(v);
        } catch (NumberFormatException e) {
            throw new BadParameter();
        }
        if (i < min || i > max) {
            throw new BadParameter();
        }
        return i;
    }

    private static <T> List<T> page(List<T> all, int offset, int limit) {
        if (offset >= all.size()) {
            return List.of();
        }
        return all.subList(offset, Math.min(all.size(), offset + Math.min(limit, all.size() - offset)));
    }

    private static JsonNode readJson(Exchange ex) {
        try {
            return ex.body.length == 0 ? null : Bodies.MAPPER.readTree(ex.body);
        } catch (IOException e) {
            return null;
        }
    }

    /** The documented SMS DeleteTask 403 example. */
    private static Reply smsForbidden() {
        String detail = "You do not have permission to perform action XXX on resource XXX.";
        ObjectNode body = Bodies.object();
        body.put("error_code", "SMS.9004");
        body.put("error_msg", "The current account does not have the permission to execute policy " + detail);
        body.put("encoded_authorization_message", "XXXXXX");
        body.putArray("error_param").add(detail);
        ArrayNode details = body.putArray("details");
        details.addObject().put("error_code", "SMS.9004").put("error_msg", detail);
        return json(403, body, "SMS.9004", Bodies.huaweiRequestId());
    }

    Reply throttled() {
        return gatewayError(429, "APIGW.0308",
                "The throttling threshold has been reached: policy user over ratelimit,limit:10,time:1 second");
    }

    Reply unavailable() {
        return gatewayError(503, "APIGW.0201", "Backend unavailable");
    }

    /** A 200 with a small JSON body, only used (cut short) by the truncation fault. */
    Reply truncatable() {
        String requestId = Bodies.huaweiRequestId();
        ObjectNode body = Bodies.object();
        body.put("request_id", requestId);
        return json(200, body, null, requestId);
    }

    // ---------------------------------------------------------------- authentication

    private Reply authenticate(Exchange ex) {
        String token = ex.header("X-Auth-Token");
        if (token != null) {
            Instant expiry = accounts.huaweiTokenExpiry(token);
            if (expiry == null) {
                return authError("decrypt token fail");
            }
            if (!ex.now.isBefore(expiry)) {
                return authError("the token has expired");
            }
            return null;
        }
        String auth = ex.header("Authorization");
        if (auth == null) {
            return authError("no token or AK/SK signature found");
        }
        AuthorizationHeader parsed = AuthorizationHeader.parse(auth);
        String algorithm = parsed.algorithm();
        Digests digest = HuaweiSignatures.digest(algorithm);
        String accessKey = parsed.part("Access");
        String signedHeaderList = parsed.part("SignedHeaders");
        String signature = parsed.part("Signature");
        if (digest == null || accessKey == null || signedHeaderList == null || signature == null) {
            return authError("verify aksk signature fail");
        }
        HuaweiAkSkCredentials key = accounts.huawei(accessKey);
        if (key == null) {
            return authError("Get secretKey failed, ak not exist");
        }
        Set<String> signed = AuthorizationHeader.signedHeaderNames(signedHeaderList);
        String sdkDate = ex.header("X-Sdk-Date");
        if (!signed.contains("host") || !signed.contains("x-sdk-date") || sdkDate == null) {
            return authError("verify aksk signature fail");
        }
        Instant signedAt;
        try {
            signedAt = Bodies.SDK_DATE.parse(sdkDate, Instant::from);
        } catch (DateTimeParseException e) {
            return authError("verify aksk signature fail");
        }
        if (Duration.between(signedAt, ex.now).abs().compareTo(window) > 0) {
            return authError("signature expired, signature time: " + sdkDate + ", server time: "
                    + Bodies.SDK_DATE.format(ex.now));
        }
        if (key.securityToken() != null) {
            if (!key.securityToken().equals(ex.header("X-Security-Token"))) {
                return authError("decrypt token fail");
            }
            if (!signed.contains("x-security-token")) {
                return authError("verify aksk signature fail");
            }
            if (key.expiration() != null && !ex.now.isBefore(key.expiration())) {
                return authError("the token has expired");
            }
        }
        TreeMap<String, String> signedValues = AuthorizationHeader.signedHeaderValues(ex.headers, signed);
        if (signedValues == null) {
            return authError("verify aksk signature fail");
        }
        String contentHashHeader = digest == Digests.SM3 ? "X-Sdk-Content-Sm3" : "X-Sdk-Content-Sha256";
        String payloadHash = Objects.requireNonNullElseGet(ex.header(contentHashHeader),
                () -> digest.hexHash(ex.body));
        String canonicalUri;
        try {
            canonicalUri = HuaweiSignatures.canonicalUri(ex.rawPath);
        } catch (IllegalArgumentException e) {
            return authError("verify aksk signature fail");
        }
        String canonical = HuaweiSignatures.canonicalRequest(ex.method, canonicalUri,
                HuaweiSignatures.canonicalQuery(ex.query), signedValues, payloadHash);
        String expected = HuaweiSignatures.signature(algorithm, key.secretKey(),
                HuaweiSignatures.stringToSign(algorithm, sdkDate, canonical));
        if (!Digests.constantTimeEquals(expected, signature.toLowerCase(Locale.ROOT))) {
            return authError("verify aksk signature fail");
        }
        return null;
    }

    private static Reply authError(String detail) {
        return gatewayError(401, "APIGW.0301", IAM_INFO + detail);
    }

    // ---------------------------------------------------------------- IAM

    Reply createToken(Exchange ex) {
        ex.operation = CREATE_TOKEN;
        JsonNode root;
        try {
            root = Bodies.MAPPER.readTree(ex.body);
        } catch (IOException e) {
            root = null;
        }
        JsonNode identity = root == null ? null : root.path("auth").path("identity");
        if (identity == null || !identity.path("password").path("user").isObject()) {
            return iamError(400, "The request body is invalid.", "Bad Request");
        }
        boolean password = false;
        for (JsonNode m : identity.path("methods")) {
            password |= "password".equals(m.asText());
        }
        JsonNode user = identity.path("password").path("user");
        HuaweiIamUser match = password ? accounts.user(user.path("domain").path("name").asText(null),
                user.path("name").asText(null), user.path("password").asText(null)) : null;
        if (match == null) {
            return iamError(401, "The username or password is wrong.", "Unauthorized");
        }
        Instant expires = ex.now.plus(TOKEN_VALIDITY);
        String token = accounts.issueHuaweiToken(expires);
        ObjectNode body = Bodies.object();
        ObjectNode t = body.putObject("token");
        t.put("expires_at", Bodies.IAM_DATE.format(expires));
        t.put("issued_at", Bodies.IAM_DATE.format(ex.now));
        t.putArray("methods").add("password");
        ObjectNode u = t.putObject("user");
        u.putObject("domain").put("id", domainId).put("name", match.domainName());
        u.put("id", Digests.hex(Digests.SHA256.hash(match.userName().getBytes(StandardCharsets.UTF_8)))
                .substring(0, 32));
        u.put("name", match.userName());
        JsonNode scope = root.path("auth").path("scope");
        if (scope.has("project")) {
            t.putObject("project").put("id", projectId).put("name", scope.path("project").path("name").asText(""));
        } else if (scope.has("domain")) {
            t.putObject("domain").put("id", domainId).put("name", match.domainName());
        }
        String requestId = Bodies.huaweiRequestId();
        return json(201, body, null, requestId).withHeader("X-Subject-Token", token);
    }

    private static Reply iamError(int code, String message, String title) {
        ObjectNode body = Bodies.object();
        body.putObject("error").put("code", code).put("message", message).put("title", title);
        return json(code, body, String.valueOf(code), Bodies.huaweiRequestId());
    }

    // ---------------------------------------------------------------- bodies

    private static Reply ok() {
        String requestId = Bodies.huaweiRequestId();
        return new Reply(200, null, "", Map.of("X-Request-Id", requestId), null, requestId);
    }

    /** SMS's documented string success body (UpdateTaskStatus, DeleteTasks). */
    private static Reply okText() {
        String requestId = Bodies.huaweiRequestId();
        return new Reply(200, Reply.JSON, "\"OK\"", Map.of("X-Request-Id", requestId), null, requestId);
    }

    private static Reply serviceError(int status, String code, String message) {
        ObjectNode body = Bodies.object();
        body.put("error_code", code);
        body.put("error_msg", message);
        return json(status, body, code, Bodies.huaweiRequestId());
    }

    static Reply gatewayError(int status, String code, String message) {
        String requestId = Bodies.huaweiRequestId();
        ObjectNode body = Bodies.object();
        body.put("error_code", code);
        body.put("error_msg", message);
        body.put("request_id", requestId);
        return json(status, body, code, requestId);
    }

    private static Reply json(int status, ObjectNode body, String errorCode, String requestId) {
        return new Reply(status, Reply.JSON, Bodies.json(body), Map.of("X-Request-Id", requestId), errorCode,
                requestId);
    }

    private static String decodeOrNull(String segment) {
        try {
            return Rfc3986.decode(segment);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
