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
        b.addHeader("Host", endpoint.hostHeader());
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
    public JsonNode decodeSuccess(HttpResponse response) throws IOException {
        char c = BodyCodec.firstSignificantChar(response.body());
        if (c == '{' || c == '[') {
            return BodyCodec.readJson(response.body());
        }
        return null;
    }

    @Override
    public ServiceError businessError(JsonNode body, HttpResponse response) {
        return null;
    }

    @Override
    public ServiceError decodeError(HttpResponse response) {
        String headerId = headerRequestId(response);
        JsonNode body;
        try {
            body = BodyCodec.readJson(response.body());
        } catch (IOException | RuntimeException e) {
            return ServiceError.of(null, AlibabaRpcProtocol.undecodableMessage(response), headerId);
        }
        JsonNode source = findErrorObject(body, 0);
        if (source == null) {
            return ServiceError.of(null, AlibabaRpcProtocol.undecodableMessage(response), headerId);
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
        return ErrorKind.OTHER;
    }

    @Override
    public boolean isClockSkew(ServiceError error) {
        String m = error.errorMessage();
        return m != null && m.toLowerCase(Locale.ROOT).contains("signature expired");
    }
}
