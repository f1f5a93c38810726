package dev.migsdk.core.internal.protocol;

import com.fasterxml.jackson.databind.JsonNode;
import dev.migsdk.core.SdkRequest;
import dev.migsdk.core.auth.AlibabaCredentials;
import dev.migsdk.core.auth.AlibabaSignatureAlgorithm;
import dev.migsdk.core.client.ResponseFormat;
import dev.migsdk.core.exception.ServiceError;
import dev.migsdk.core.internal.http.HttpRequest;
import dev.migsdk.core.internal.http.HttpResponse;
import dev.migsdk.core.internal.http.NameValue;
import dev.migsdk.core.internal.pipeline.Operation;
import dev.migsdk.core.internal.pipeline.RpcOperation;
import dev.migsdk.core.internal.signing.RequestSigner;
import dev.migsdk.core.internal.signing.Signers;
import java.io.IOException;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Alibaba Cloud RPC: {@code POST /} with every parameter in the query and an empty body, signed with
 * ACS3 (headers) or the RPC V1 signature (query). Errors are {@code Code/Message/RequestId} bodies in
 * JSON or XML; DTS-style answers may report failure with {@code Success=false} on HTTP 200.
 * Internal API.
 */
public final class AlibabaRpcProtocol implements Protocol<AlibabaCredentials> {
    private static final Set<String> AUTH_CODES = Set.of(
            "SignatureDoesNotMatch", "IncompleteSignature", "InvalidTimeStamp.Expired", "InvalidTimeStamp.Format",
            "SignatureNonceUsed", "InvalidAccessKeyId.NotFound", "InvalidAccessKeyId.Inactive", "InvalidAccessKeyId",
            "InvalidSecurityToken.Expired", "InvalidSecurityToken.Malformed",
            "InvalidSecurityToken.MismatchWithAccessKey", "MissingSecurityToken");

    private static final Comparator<NameValue> BY_NAME = Comparator.comparing(NameValue::name);

    private final String apiVersion;
    private final AlibabaSignatureAlgorithm algorithm;
    private final ResponseFormat format;
    private final RequestSigner<AlibabaCredentials> signer;

    public AlibabaRpcProtocol(String apiVersion, AlibabaSignatureAlgorithm algorithm, ResponseFormat format) {
        this.apiVersion = apiVersion;
        this.algorithm = algorithm;
        this.format = format;
        this.signer = Signers.alibaba(algorithm);
    }

    @Override
    public <Req extends SdkRequest> HttpRequest marshal(Operation<Req, ?> operation, Req request, Endpoint endpoint,
                                                        AlibabaCredentials credentials,
                                                        List<NameValue> extraHeaders) {
        if (!(operation instanceof RpcOperation<Req, ?> rpc)) {
            throw new IllegalStateException(operation + " is not an RPC operation");
        }
        HttpRequest.Builder b = HttpRequest.builder().method("POST").scheme(endpoint.scheme())
                .host(endpoint.host()).port(endpoint.port());
        b.addHeader("host", endpoint.hostHeader());
        if (algorithm == AlibabaSignatureAlgorithm.RPC_HMAC_SHA1) {
            b.addQuery("Action", rpc.name()).addQuery("Format", format.name()).addQuery("Version", apiVersion);
            for (NameValue p : rpc.parameters(request)) {
                b.addQuery(p.name(), p.value());
            }
        } else {
            b.addHeader("x-acs-action", rpc.name()).addHeader("x-acs-version", apiVersion);
            // Sent in the signature's sort order, so the wire query doubles as the canonical query.
            List<NameValue> params = rpc.parameters(request);
            params.add(new NameValue("Format", format.name()));
            params.sort(BY_NAME);
            for (NameValue p : params) {
                b.addQuery(p);
            }
        }
        for (NameValue h : extraHeaders) {
            b.setHeader(h.name(), h.value());
        }
        return b.build();
    }

    @Override
    public HttpRequest sign(HttpRequest request, AlibabaCredentials credentials, java.time.Instant signingTime,
                            String nonce) {
        return signer.sign(request, credentials, signingTime, nonce);
    }

    @Override
    public Class<AlibabaCredentials> credentialsType() {
        return AlibabaCredentials.class;
    }

    /**
     * A success is an object in the client's format (JSON, or XML for XML clients) with a non-blank
     * {@code RequestId} and the operation's required fields. {@code Success=false}, or an error
     * {@code Code} without {@code Success=true}, is the error it names.
     */
    @Override
    public AnswerCheck checkSuccess(Operation<?, ?> operation, HttpResponse response, String headerId) {
        char first = BodyCodec.firstSignificantChar(response.body());
        boolean json = format == ResponseFormat.JSON;
        if (first == 0) {
            return AnswerCheck.unexpected("an empty body", headerId);
        }
        if (json ? first != '{' : first != '<') {
            return AnswerCheck.unexpected("a body that is not " + (json ? "a JSON object" : "XML")
                    + describeType(response), headerId);
        }
        JsonNode body;
        try {
            body = json ? BodyCodec.readJson(response.body()) : BodyCodec.readXml(response.body());
        } catch (IOException | RuntimeException e) {
            return AnswerCheck.unexpected("a malformed " + format + " body (" + e.getMessage() + ")", headerId);
        }
        if (!body.isObject()) {
            return AnswerCheck.unexpected("a body that is not an object", headerId);
        }
        JsonNode success = body.get("Success");
        boolean saysSuccess = success != null && "true".equalsIgnoreCase(success.asText());
        if ((success != null && "false".equalsIgnoreCase(success.asText()))
                || (!saysSuccess && firstText(body, "Code", "ErrCode") != null)) {
            return AnswerCheck.error(errorFrom(body, headerId, "UnknownError"));
        }
        String requestId = firstText(body, "RequestId", "requestId");
        if (requestId == null || requestId.isBlank()) {
            return AnswerCheck.unexpected("a body without the RequestId every answer carries", headerId);
        }
        for (String field : operation.requiredFields()) {
            if (BodyCodec.text(body, field) == null) {
                return AnswerCheck.unexpected("a body without the documented field " + field, requestId);
            }
        }
        return AnswerCheck.success(body, requestId);
    }

    private static String describeType(HttpResponse response) {
        String type = response.header("Content-Type");
        return type == null ? "" : " (" + type + ")";
    }

    @Override
    public ServiceError decodeError(HttpResponse response) {
        String headerId = headerRequestId(response);
        JsonNode body;
        try {
            body = BodyCodec.read(response.body());
        } catch (IOException | RuntimeException e) {
            return ServiceError.of(null, AnswerCheck.describeUnreadable(response), headerId);
        }
        if (body.has("Error") && body.get("Error").isObject()) {
            body = body.get("Error");
        }
        if (firstText(body, "Code", "code", "ErrCode") == null && firstText(body, "Message", "message", "ErrMessage") == null) {
            String requestId = firstText(body, "RequestId", "requestId");
            return ServiceError.of(null, AnswerCheck.describeUnreadable(response), requestId == null ? headerId : requestId);
        }
        return errorFrom(body, headerId, null);
    }

    /** The error fields of an Alibaba body ({@code Code}/{@code Message} or DTS's {@code ErrCode}/{@code ErrMessage}). */
    private static ServiceError errorFrom(JsonNode body, String headerId, String defaultCode) {
        String code = firstText(body, "Code", "code", "ErrCode");
        String message = firstText(body, "Message", "message", "ErrMessage");
        String dynamic = BodyCodec.text(body, "DynamicMessage");
        if (message != null && dynamic != null && message.contains("%s")) {
            message = message.replace("%s", dynamic);
        }
        String requestId = firstText(body, "RequestId", "requestId");
        Map<String, String> denied = new HashMap<>();
        JsonNode detail = body.get("AccessDeniedDetail");
        if (detail != null && detail.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = detail.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                if (!e.getValue().isContainerNode() && !e.getValue().isNull()) {
                    denied.put(e.getKey(), e.getValue().asText());
                }
            }
        }
        return new ServiceError(code == null ? defaultCode : code, message, requestId == null ? headerId : requestId,
                BodyCodec.text(body, "HostId"), BodyCodec.text(body, "Recommend"), denied, null, null, null);
    }

    @Override
    public String headerRequestId(HttpResponse response) {
        return response.header("x-acs-request-id");
    }

    /**
     * Throttling: HTTP 429 or {@code Throttling*}. Authentication: the common signature, key and token
     * codes. Access denied: HTTP 403, {@code Forbidden*}, {@code NoPermission*}, or a 401 without a code.
     * Server fault: HTTP 500/502/503/504, {@code ServiceUnavailable*}, {@code InternalError}.
     */
    @Override
    public ErrorKind classify(ServiceError error, int httpStatus) {
        String code = error.errorCode();
        if (httpStatus == 429 || (code != null && code.startsWith("Throttling"))) {
            return ErrorKind.THROTTLING;
        }
        if (code != null && AUTH_CODES.contains(code)) {
            return ErrorKind.AUTHENTICATION;
        }
        if (httpStatus == 403 || (httpStatus == 401 && code == null)
                || (code != null && (code.startsWith("Forbidden") || code.startsWith("NoPermission")))) {
            return ErrorKind.ACCESS_DENIED;
        }
        if (httpStatus == 500 || httpStatus == 502 || httpStatus == 503 || httpStatus == 504
                || (code != null && (code.startsWith("ServiceUnavailable") || code.equals("InternalError")))) {
            return ErrorKind.SERVER_FAULT;
        }
        return ErrorKind.OTHER;
    }

    @Override
    public boolean isClockSkew(ServiceError error) {
        String code = error.errorCode();
        return code != null && code.toLowerCase(Locale.ROOT).startsWith("invalidtimestamp.expired");
    }

    private static String firstText(JsonNode node, String... fields) {
        for (String f : fields) {
            String t = BodyCodec.text(node, f);
            if (t != null) {
                return t;
            }
        }
        return null;
    }
}
