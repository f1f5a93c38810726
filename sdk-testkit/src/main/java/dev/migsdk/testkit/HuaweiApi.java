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
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The Huawei Cloud side: API-gateway authentication (AK/SK, token), OMS and SMS DeleteTask, IAM tokens. */
final class HuaweiApi {
    static final String DELETE_TASK = "DeleteTask";
    static final String CREATE_TOKEN = "CreateToken";
    static final Duration TOKEN_VALIDITY = Duration.ofHours(24);

    private static final Pattern OMS_PATH = Pattern.compile("/v2/([^/]+)/tasks/([^/]+)");
    private static final Pattern SMS_PATH = Pattern.compile("/v3/tasks/([^/]+)");
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
        if (!"DELETE".equals(ex.method)) {
            return null;
        }
        if (OMS_PATH.matcher(ex.rawPath).matches()) {
            ex.operation = DELETE_TASK;
            return EmulatedService.OMS;
        }
        if (SMS_PATH.matcher(ex.rawPath).matches()) {
            ex.operation = DELETE_TASK;
            return EmulatedService.SMS;
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
        return ex.service == EmulatedService.OMS ? omsDelete(ex) : smsDelete(ex);
    }

    // ---------------------------------------------------------------- operations

    private Reply omsDelete(Exchange ex) {
        Matcher m = OMS_PATH.matcher(ex.rawPath);
        if (!m.matches()) {
            throw new IllegalStateException("not an OMS path");
        }
        String pathProject = decodeOrNull(m.group(1));
        String headerProject = ex.header("X-Project-Id");
        if (!projectId.equals(pathProject) || (headerProject != null && !projectId.equals(headerProject))) {
            return serviceError(403, "OMS.0002", "The project ID does not match the token or AK/SK.");
        }
        long taskId;
        try {
            taskId = Long.parseLong(Objects.requireNonNullElse(decodeOrNull(m.group(2)), ""));
        } catch (NumberFormatException e) {
            taskId = -1;
        }
        if (taskId < 0 || taskId > 999_999_999_999_999L) { // OMS documents 0..999999999999999
            return serviceError(400, "OMS.0064", "Invalid request parameters.");
        }
        OmsTask before = oms.delete(taskId);
        if (before == null) {
            return serviceError(404, "OMS.1009", "No resources found.");
        }
        if (before.status().inProgress()) {
            return serviceError(400, "OMS.1002", "The task is running and cannot be deleted. Pause the task first.");
        }
        return ok();
    }

    private Reply smsDelete(Exchange ex) {
        Matcher m = SMS_PATH.matcher(ex.rawPath);
        if (!m.matches()) {
            throw new IllegalStateException("not an SMS path");
        }
        String headerDomain = ex.header("X-Domain-Id");
        if (headerDomain != null && !domainId.equals(headerDomain)) {
            return serviceError(403, "SMS.9004", "The current account does not have the permission to execute"
                    + " policy: X-Domain-Id does not match the account of the credentials.");
        }
        String taskId = decodeOrNull(m.group(1));
        SmsTask before = taskId == null ? null : sms.delete(taskId);
        if (before == null) {
            return serviceError(404, "SMS.2252", "The task does not exist.");
        }
        if (before.forbidden()) {
            return smsForbidden();
        }
        if (before.state().inProgress()) {
            return serviceError(400, "SMS.2015", "Running or stopping tasks cannot be deleted.");
        }
        return ok();
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
