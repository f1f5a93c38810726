package dev.migsdk.core.internal.signing;

import dev.migsdk.core.auth.AlibabaCredentials;
import dev.migsdk.core.internal.http.HttpRequest;
import dev.migsdk.core.internal.http.NameValue;
import dev.migsdk.core.internal.util.Hashing;
import dev.migsdk.core.internal.util.PercentEncoding;
import dev.migsdk.core.internal.util.Validate;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Alibaba Cloud RPC signature V1 ({@code SignatureMethod=HMAC-SHA1}, {@code SignatureVersion=1.0}).
 *
 * <p>Appends {@code AccessKeyId}, {@code SignatureMethod}, {@code SignatureVersion}, {@code SignatureNonce},
 * {@code Timestamp}, {@code SecurityToken} (STS credentials only) and, last, {@code Signature} to the
 * query. The signature covers every query parameter, so the request must carry its API parameters in
 * the query and have no body. Empty-valued parameters are dropped (Alibaba's current SDK skips them
 * when signing, the old one signs {@code k=}; sending none avoids the difference). Parameters this
 * signer owns are replaced if already present, so re-signing a signed request is safe. Stateless and
 * thread-safe. Internal API.
 */
public final class AlibabaRpcSigner implements RequestSigner<AlibabaCredentials> {
    static final String SIGNATURE_METHOD = "HMAC-SHA1";
    static final String SIGNATURE_VERSION = "1.0";

    private static final Set<String> OWN_PARAMETERS = Set.of("AccessKeyId", "SignatureMethod", "SignatureVersion",
            "SignatureNonce", "Timestamp", "SecurityToken", "Signature");
    private static final Comparator<NameValue> BY_NAME = Comparator.comparing(NameValue::name);
    private static final AlibabaRpcSigner INSTANCE = new AlibabaRpcSigner();

    private AlibabaRpcSigner() {
    }

    public static AlibabaRpcSigner create() {
        return INSTANCE;
    }

    @Override
    public HttpRequest sign(HttpRequest request, AlibabaCredentials credentials, Instant signingTime, String nonce) {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(credentials, "credentials");
        Objects.requireNonNull(signingTime, "signingTime");
        Validate.token(nonce, "nonce");
        if (request.body().length > 0) {
            throw new IllegalArgumentException("RPC signature V1 covers query parameters only; the request must not"
                    + " have a body (put API parameters in the query)");
        }

        List<NameValue> params = new ArrayList<>(request.query().size() + 7);
        for (NameValue p : request.query()) {
            if (!p.value().isEmpty() && !OWN_PARAMETERS.contains(p.name())) {
                params.add(p);
            }
        }
        params.add(new NameValue("AccessKeyId", credentials.accessKeyId()));
        params.add(new NameValue("SignatureMethod", SIGNATURE_METHOD));
        params.add(new NameValue("SignatureVersion", SIGNATURE_VERSION));
        params.add(new NameValue("SignatureNonce", nonce));
        params.add(new NameValue("Timestamp", SigningTimes.iso8601(signingTime)));
        if (credentials.securityToken() != null) {
            params.add(new NameValue("SecurityToken", credentials.securityToken()));
        }
        String signature = signature(stringToSign(request.method(), params), credentials.accessKeySecret());

        params.add(new NameValue("Signature", signature));
        return withQuery(request, params);
    }

    /** A copy of {@code request} with its query replaced ({@link HttpRequest.Builder} can only append). */
    private static HttpRequest withQuery(HttpRequest request, List<NameValue> query) {
        HttpRequest.Builder b = HttpRequest.builder().method(request.method()).scheme(request.scheme())
                .host(request.host()).port(request.port()).body(request.body());
        for (String segment : request.pathSegments()) {
            b.addPathSegment(segment);
        }
        for (NameValue q : query) {
            b.addQuery(q.name(), q.value());
        }
        for (NameValue h : request.headers()) {
            b.addHeader(h.name(), h.value());
        }
        return b.build();
    }

    /**
     * The V1 string-to-sign: {@code METHOD&%2F&percentEncode(canonicalQuery)}, where the canonical query is
     * every non-empty parameter except {@code Signature}, sorted by name (case-sensitive, as Java's
     * {@code String} order; stable for repeated names), {@code name=value} percent-encoded and joined by
     * {@code &}. Compare it with the text after "string to sign is:" in a {@code SignatureDoesNotMatch}
     * message: equal strings mean a wrong secret, different strings a canonicalisation difference.
     */
    public static String stringToSign(String method, List<NameValue> params) {
        List<NameValue> sorted = new ArrayList<>(params.size());
        for (NameValue p : params) {
            if (!p.value().isEmpty() && !"Signature".equals(p.name())) {
                sorted.add(p);
            }
        }
        sorted.sort(BY_NAME);
        StringBuilder query = new StringBuilder(512);
        for (NameValue p : sorted) {
            if (query.length() > 0) {
                query.append('&');
            }
            query.append(PercentEncoding.encode(p.name())).append('=').append(PercentEncoding.encode(p.value()));
        }
        return method + "&%2F&" + PercentEncoding.encode(query.toString());
    }

    /** {@code Base64(HMAC-SHA1(key = accessKeySecret + "&", stringToSign))}. */
    static String signature(String stringToSign, String accessKeySecret) {
        byte[] key = (accessKeySecret + "&").getBytes(StandardCharsets.UTF_8);
        return Base64.getEncoder().encodeToString(
                Hashing.hmacSha1(key, stringToSign.getBytes(StandardCharsets.UTF_8)));
    }
}
