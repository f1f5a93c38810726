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
    public JsonNode decodeSuccess(HttpResponse response) throws IOException {
        if (BodyCodec.firstSignificantChar(response.body()) == 0) {
            return null;
        }
        return BodyCodec.read(response.body());
    }

    @Override
    public ServiceError businessError(JsonNode body, HttpResponse response) {
        if (body == null) {
            return null;
        }
        JsonNode success = body.get("Success");
        if (success == null || !"false".equalsIgnoreCase(success.asText())) {
            return null;
        }
        String code = firstText(body, "ErrCode", "Code", "code");
        String message = firstText(body, "ErrMessage", "Message", "message");
        String dynamic = BodyCodec.text(body, "DynamicMessage");
        if (message != null && dynamic != null && message.contains("%s")) {
            message = message.replace("%s", dynamic);
        }
        String requestId = firstText(body, "RequestId", "requestId");
        if (requestId == null) {
            requestId = headerRequestId(response);
        }
        return new ServiceError(code == null ? "UnknownError" : code, message, requestId,
                null, null, null, null, null, null);
    }

    @Override
    public ServiceError decodeError(HttpResponse response) {
        String headerId = headerRequestId(response);
        JsonNode body;
        try {
            body = BodyCodec.read(response.body());
        } catch (IOException | RuntimeException e) {
            return ServiceError.of(null, undecodableMessage(response), headerId);
        }
        if (body.has("Error") && body.get("Error").isObject()) {
            body = body.get("Error");
        }
        String code = firstText(body, "Code", "code", "ErrCode");
        String message = firstText(body, "Message", "message", "ErrMessage");
        String dynamic = BodyCodec.text(body, "DynamicMessage");
        if (message != null && dynamic != null && message.contains("%s")) {
            message = message.replace("%s", dynamic);
        }
        String requestId = firstText(body, "RequestId", "requestId");
        if (code == null && message == null) {
            return ServiceError.of(null, undecodableMessage(response), requestId == null ? headerId : requestId);
        }
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
        return new ServiceError(code, message, requestId == null ? headerId : requestId,
                BodyCodec.text(body, "HostId"), BodyCodec.text(body, "Recommend"), denied, null, null, null);
    }

    @Override
    public String headerRequestId(HttpResponse response) {
        return response.header("x-acs-request-id");
    }

    @Override
    public ErrorKind classify(ServiceError error, int httpStatus) {
        String code = error.errorCode();
        if (httpStatus == 429 || (code != null && code.startsWith("Throttling"))) {
            return ErrorKind.THROTTLING;
        }
        if (code != null && AUTH_CODES.contains(code)) {
            return ErrorKind.AUTHENTICATION;
        }
        return ErrorKind.OTHER;
    }

    @Override
    public boolean isClockSkew(ServiceError error) {
        String code = error.errorCode();
        return code != null && code.toLowerCase(Locale.ROOT).startsWith("invalidtimestamp.expired");
    }

    static String undecodableMessage(HttpResponse response) {
        String type = response.header("Content-Type");
        if (response.body().length == 0) {
            return "The service answered HTTP " + response.status() + " with an empty body";
        }
        return "The service answered HTTP " + response.status() + " with a body that is not a recognizable error"
                + (type == null ? "" : " (" + type + ")") + (response.bodyTruncated() ? " [body over size cap]" : "");
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
