package dev.migsdk.core.internal.protocol;

import com.fasterxml.jackson.databind.JsonNode;
import dev.migsdk.core.SdkRequest;
import dev.migsdk.core.auth.HuaweiAkSkCredentials;
import dev.migsdk.core.auth.HuaweiCredentials;
import dev.migsdk.core.auth.HuaweiSignatureAlgorithm;
import dev.migsdk.core.auth.HuaweiTokenCredentials;
import dev.migsdk.core.exception.ErrorDetail;
import dev.migsdk.core.exception.ServiceError;
import dev.migsdk.core.internal.http.HttpRequest;
import dev.migsdk.core.internal.http.HttpResponse;
import dev.migsdk.core.internal.http.NameValue;
import dev.migsdk.core.internal.pipeline.Operation;
import dev.migsdk.core.internal.pipeline.RestOperation;
import dev.migsdk.core.internal.pipeline.ServiceSpec.HuaweiScope;
import dev.migsdk.core.internal.signing.RequestSigner;
import dev.migsdk.core.internal.signing.Signers;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Huawei Cloud REST: path parameters as single segments, {@code X-Project-Id} (regional services) or
 * {@code X-Domain-Id} (global services), AK/SK signature or {@code X-Auth-Token}. Errors are
 * {@code error_code/error_msg} bodies from the service or the API gateway. Internal API.
 */
public final class HuaweiRestProtocol implements Protocol<HuaweiCredentials> {
    private final HuaweiScope scope;
    private final RequestSigner<HuaweiAkSkCredentials> akSkSigner;
    private final RequestSigner<HuaweiTokenCredentials> tokenSigner;

    public HuaweiRestProtocol(HuaweiScope scope, HuaweiSignatureAlgorithm algorithm) {
        this.scope = scope;
        this.akSkSigner = Signers.huaweiAkSk(algorithm);
        this.tokenSigner = Signers.huaweiToken();
    }

    @Override
    public <Req extends SdkRequest> HttpRequest marshal(Operation<Req, ?> operation, Req request, Endpoint endpoint,
                                                        HuaweiCredentials credentials,
                                                        List<NameValue> extraHeaders) {
        if (!(operation instanceof RestOperation<Req, ?> rest)) {
            throw new IllegalStateException(operation + " is not a REST operation");
        }
        HttpRequest.Builder b = HttpRequest.builder().method(rest.method()).scheme(endpoint.scheme())
                .host(endpoint.host()).port(endpoint.port());
        for (String segment : rest.pathSegments(request, credentials)) {
            b.addPathSegment(segment);
        }
        for (NameValue q : rest.queryParameters(request)) {
            b.addQuery(q.name(), q.value());
        }
        b.addHeader("Host", endpoint.hostHeader());
        JsonNode body = rest.jsonBody(request);
        if (body != null) {
            b.body(BodyCodec.writeJson(body));
            b.addHeader("Content-Type", "application/json;charset=UTF-8");
        }
        if (scope == HuaweiScope.PROJECT) {
            String projectId = rest.pathParam("project_id", request, credentials);
            if (projectId == null) {
                projectId = credentials.projectId();
            }
            if (projectId != null) {
                b.addHeader("X-Project-Id", projectId);
            }
        } else if (credentials.domainId() != null) {
            b.addHeader("X-Domain-Id", credentials.domainId());
        } else if (!(credentials instanceof HuaweiTokenCredentials)) {
            // A global service's gateway finds the account of an AK/SK call by X-Domain-Id; a token names its own scope.
            throw new IllegalArgumentException("domainId is not set: " + operation.name() + " is a call to a global"
                    + " service signed with AK/SK, which must carry X-Domain-Id (the account id). Give it in the"
                    + " credentials (HuaweiAkSkCredentials domainId, HUAWEICLOUD_SDK_DOMAIN_ID, or domain_id in"
                    + " ~/.huaweicloud/credentials)");
        }
        for (NameValue h : extraHeaders) {
            b.setHeader(h.name(), h.value());
        }
        return b.build();
    }

    @Override
    public HttpRequest sign(HttpRequest request, HuaweiCredentials credentials, Instant signingTime, String nonce) {
        if (credentials instanceof HuaweiTokenCredentials token) {
            return tokenSigner.sign(request, token, signingTime, nonce);
        }
        return akSkSigner.sign(request, (HuaweiAkSkCredentials) credentials, signingTime, nonce);
    }

    @Override
    public Class<HuaweiCredentials> credentialsType() {
        return HuaweiCredentials.class;
    }

    /**
     * A success has a documented status and a body of the declared kind; a JSON object carrying
     * {@code error_code} or {@code error_msg} is the error it names, whatever the status.
     */
    @Override
    public AnswerCheck checkSuccess(Operation<?, ?> operation, HttpResponse response, String headerId) {
        char first = BodyCodec.firstSignificantChar(response.body());
        Operation.SuccessBody kind = operation.successBody();
        if (first == 0) {
            return kind == Operation.SuccessBody.OBJECT ? AnswerCheck.unexpected("an empty body", headerId)
                    : AnswerCheck.success(null, headerId);
        }
        if (first == '{' || first == '[' || first == '"') {
            JsonNode body;
            try {
                body = BodyCodec.readJson(response.body());
            } catch (IOException | RuntimeException e) {
                return AnswerCheck.unexpected("a malformed JSON body (" + e.getMessage() + ")", headerId);
            }
            if (body.isObject() && (body.has("error_code") || body.has("error_msg"))) {
                return AnswerCheck.error(decodeError(response));
            }
            if (body.isObject() || (body.isTextual() && kind == Operation.SuccessBody.TEXT)) {
                String requestId = body.isObject() && BodyCodec.text(body, "request_id") != null
                        ? BodyCodec.text(body, "request_id") : headerId;
                for (String field : operation.requiredFields()) {
                    JsonNode v = body.get(field);
                    if (v == null || v.isNull()) {
                        return AnswerCheck.unexpected("a body without the documented field " + field, requestId);
                    }
                }
                return AnswerCheck.success(body.isObject() ? body : null, requestId);
            }
            return AnswerCheck.unexpected("a JSON " + body.getNodeType().name().toLowerCase(Locale.ROOT)
                    + " where the operation documents " + describe(kind), headerId);
        }
        String type = response.header("Content-Type");
        if (type != null && type.toLowerCase(Locale.ROOT).contains("json")) {
            // JSON that is not an object or a string (true, 0, null) or is not JSON at all
            return AnswerCheck.unexpected("a JSON body (" + type + ") that is not " + describe(kind), headerId);
        }
        if (kind == Operation.SuccessBody.TEXT && first != '<') {
            return AnswerCheck.success(null, headerId);
        }
        return AnswerCheck.unexpected("a body that is not " + describe(kind), headerId);
    }

    private static String describe(Operation.SuccessBody kind) {
        return switch (kind) {
            case OBJECT -> "a JSON object";
            case EMPTY_OR_OBJECT -> "no body or a JSON object";
            case TEXT -> "a string";
        };
    }

    @Override
    public ServiceError decodeError(HttpResponse response) {
        String headerId = headerRequestId(response);
        JsonNode body;
        try {
            body = BodyCodec.readJson(response.body());
        } catch (IOException | RuntimeException e) {
            return ServiceError.of(null, AnswerCheck.describeUnreadable(response), headerId);
        }
        JsonNode source = findErrorObject(body, 0);
        if (source == null) {
            return ServiceError.of(null, AnswerCheck.describeUnreadable(response), headerId);
        }
        String code = BodyCodec.text(source, "error_code");
        String message = BodyCodec.text(source, "error_msg");
        if (code == null && message == null) {
            code = BodyCodec.text(source, "code");
            message = BodyCodec.text(source, "message");
        }
        String requestId = BodyCodec.text(body, "request_id");
        if (requestId == null) {
            requestId = BodyCodec.text(source, "request_id");
        }
        List<String> params = new ArrayList<>();
        JsonNode ep = body.get("error_param");
        if (ep != null && ep.isArray()) {
            ep.forEach(n -> {
                if (!n.isContainerNode() && !n.isNull()) {
                    params.add(n.asText());
                }
            });
        }
        List<ErrorDetail> details = new ArrayList<>();
        JsonNode dn = body.get("details");
        if (dn != null && dn.isArray()) {
            dn.forEach(n -> {
                if (n.isObject()) {
                    details.add(new ErrorDetail(BodyCodec.text(n, "error_code"), BodyCodec.text(n, "error_msg")));
                }
            });
        }
        return new ServiceError(code, message, requestId != null ? requestId : headerId, null, null, null,
                BodyCodec.text(body, "encoded_authorization_message"), params, details);
    }

    /** The object holding the error fields: the body itself or, failing that, a nested object (e.g. IAM's "error"). */
    private static JsonNode findErrorObject(JsonNode node, int depth) {
        if (node == null || !node.isObject() || depth > 3) {
            return null;
        }
        if (node.has("error_code") || node.has("error_msg") || node.has("code") || node.has("message")) {
            return node;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            JsonNode found = findErrorObject(it.next().getValue(), depth + 1);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    @Override
    public String headerRequestId(HttpResponse response) {
        return response.header("X-Request-Id");
    }

    /**
     * Throttling: HTTP 429, {@code APIGW.0308}/{@code APIG.0308}. Authentication: HTTP 401 and the gateway's
     * {@code APIGW/APIG.0301} (IAM) and {@code .0303} (signature) codes. Access denied: HTTP 403.
     * Server fault: HTTP 500/502/503/504.
     */
    @Override
    public ErrorKind classify(ServiceError error, int httpStatus) {
        String code = error.errorCode();
        if (httpStatus == 429 || "APIGW.0308".equals(code) || "APIG.0308".equals(code)) {
            return ErrorKind.THROTTLING;
        }
        if (httpStatus == 401 || "APIGW.0301".equals(code) || "APIGW.0303".equals(code)
                || "APIG.0301".equals(code) || "APIG.0303".equals(code)) {
            return ErrorKind.AUTHENTICATION;
        }
        if (httpStatus == 403) {
            return ErrorKind.ACCESS_DENIED;
        }
        if (httpStatus == 500 || httpStatus == 502 || httpStatus == 503 || httpStatus == 504) {
            return ErrorKind.SERVER_FAULT;
        }
        return ErrorKind.OTHER;
    }

    @Override
    public boolean isClockSkew(ServiceError error) {
        String m = error.errorMessage();
        return m != null && m.toLowerCase(Locale.ROOT).contains("signature expired");
    }
}
