package dev.migsdk.core.internal.signing;

import dev.migsdk.core.auth.HuaweiAkSkCredentials;
import dev.migsdk.core.auth.HuaweiSignatureAlgorithm;
import dev.migsdk.core.internal.http.HttpRequest;
import dev.migsdk.core.internal.http.NameValue;
import dev.migsdk.core.internal.util.PercentEncoding;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.BooleanSupplier;

/**
 * Huawei Cloud AK/SK signature ({@code SDK-HMAC-SHA256} or {@code SDK-HMAC-SM3}) in the
 * {@code Authorization} header.
 *
 * <p>Sets {@code X-Sdk-Date} (a caller-supplied one is kept), {@code X-Security-Token} for temporary
 * credentials and {@code Authorization}. Like the official Java SDK it signs every header of the request
 * except {@code Content-Type} and names containing {@code _}; the caller puts {@code Host},
 * {@code User-Agent} and {@code X-Project-Id}/{@code X-Domain-Id} in first. The payload hash is the
 * {@code X-Sdk-Content-Sha256} ({@code X-Sdk-Content-Sm3}) header when present, else the body's hash.
 * The nonce is not used. Stateless and thread-safe. Internal API.
 */
public final class HuaweiAkSkSigner implements RequestSigner<HuaweiAkSkCredentials> {
    static final String SDK_DATE = "X-Sdk-Date";
    static final String SECURITY_TOKEN = "X-Security-Token";

    /** Signed: every header but {@code Content-Type} and names with {@code _} (as the official SDKs sign). */
    private static final CanonicalHeaders.Selection SIGNED_HEADERS = new CanonicalHeaders.Selection(
            name -> !name.equalsIgnoreCase("content-type") && name.indexOf('_') < 0);
    private static final HuaweiAkSkSigner HMAC_SHA256 =
            new HuaweiAkSkSigner("SDK-HMAC-SHA256", HashAlgorithm.SHA256, "X-Sdk-Content-Sha256");

    private final String algorithm;
    private final HashAlgorithm hash;
    private final String contentHashHeader;

    private HuaweiAkSkSigner(String algorithm, HashAlgorithm hash, String contentHashHeader) {
        this.algorithm = algorithm;
        this.hash = hash;
        this.contentHashHeader = contentHashHeader;
    }

    /** {@code SDK-HMAC-SHA256}. */
    public static HuaweiAkSkSigner hmacSha256() {
        return HMAC_SHA256;
    }

    /**
     * {@code SDK-HMAC-SM3}.
     *
     * @throws IllegalStateException if BouncyCastle ({@code org.bouncycastle:bcprov-jdk18on}) is not on the classpath
     */
    public static HuaweiAkSkSigner hmacSm3() {
        return hmacSm3(HashAlgorithm::bouncyCastleAvailable);
    }

    /** Seam for tests: {@link #hmacSm3()} with the BouncyCastle check supplied. */
    static HuaweiAkSkSigner hmacSm3(BooleanSupplier bouncyCastleAvailable) {
        return new HuaweiAkSkSigner("SDK-HMAC-SM3", HashAlgorithm.sm3(bouncyCastleAvailable), "X-Sdk-Content-Sm3");
    }

    /** The signer for {@code algorithm}; SM3 throws {@link IllegalStateException} without BouncyCastle. */
    public static HuaweiAkSkSigner of(HuaweiSignatureAlgorithm algorithm) {
        Objects.requireNonNull(algorithm, "algorithm");
        return switch (algorithm) {
            case SDK_HMAC_SHA256 -> hmacSha256();
            case SDK_HMAC_SM3 -> hmacSm3();
        };
    }

    /** The algorithm name that starts the {@code Authorization} header, e.g. {@code SDK-HMAC-SHA256}. */
    public String algorithm() {
        return algorithm;
    }

    @Override
    public HttpRequest sign(HttpRequest request, HuaweiAkSkCredentials credentials, Instant signingTime,
                            String nonce) {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(credentials, "credentials");
        request.encodedPath(); // computed once here, it travels with every request derived from this one
        HttpRequest.Builder b = request.toBuilder().removeHeader("Authorization", SECURITY_TOKEN);
        String sdkDate = request.header(SDK_DATE);
        if (sdkDate == null) {
            Objects.requireNonNull(signingTime, "signingTime");
            sdkDate = SigningTimes.basic(signingTime);
            b.addHeader(SDK_DATE, sdkDate);
        }
        if (credentials.securityToken() != null) {
            b.addHeader(SECURITY_TOKEN, credentials.securityToken());
        }
        List<NameValue> headers = b.headers();
        // Method, path, query and payload hash are the request's own; only the headers changed.
        String authorization = authorization(request, sdkDate, credentials,
                SIGNED_HEADERS.of(headers));
        return b.addHeader("Authorization", authorization).build();
    }

    /**
     * The {@code Authorization} value for {@code request} (which must already carry {@code X-Sdk-Date}),
     * signing exactly the headers named in {@code signedHeaders} (case-insensitive). {@link #sign} chooses
     * the official SDK's set; this lower level exists for vectors that sign another set, such as the API
     * signing guide's {@code content-type;host;x-sdk-date}.
     */
    String authorization(HttpRequest request, HuaweiAkSkCredentials credentials, Collection<String> signedHeaders) {
        return authorization(request, credentials, explicitHeaders(request, signedHeaders));
    }

    /** The canonical request signing exactly {@code signedHeaders}; for tests and debugging. */
    String canonicalRequest(HttpRequest request, Collection<String> signedHeaders) {
        return canonicalRequest(request, explicitHeaders(request, signedHeaders));
    }

    private String authorization(HttpRequest request, HuaweiAkSkCredentials credentials, CanonicalHeaders headers) {
        String sdkDate = request.header(SDK_DATE);
        if (sdkDate == null) {
            throw new IllegalArgumentException("request has no " + SDK_DATE + " header");
        }
        return authorization(request, sdkDate, credentials, headers);
    }

    private String authorization(HttpRequest request, String sdkDate, HuaweiAkSkCredentials credentials,
                                 CanonicalHeaders headers) {
        String canonicalRequest = canonicalRequest(request, headers);
        String stringToSign = algorithm + '\n' + sdkDate + '\n'
                + hash.hashHex(canonicalRequest.getBytes(StandardCharsets.UTF_8));
        String signature = hash.hmacHex(credentials.secretKey(), stringToSign);
        return algorithm + " Access=" + credentials.accessKey() + ", SignedHeaders=" + headers.signedHeaders()
                + ", Signature=" + signature;
    }

    private String canonicalRequest(HttpRequest request, CanonicalHeaders headers) {
        String payloadHash = request.header(contentHashHeader);
        if (payloadHash == null) {
            payloadHash = hash.hashHex(request.body());
        }
        StringBuilder sb = ScratchText.builder().append(request.method()).append('\n')
                .append(canonicalUri(request)).append('\n')
                .append(canonicalQuery(request.query())).append('\n');
        return headers.appendBlock(sb).append('\n')
                .append(headers.signedHeaders()).append('\n')
                .append(payloadHash).toString();
    }

    private static CanonicalHeaders explicitHeaders(HttpRequest request, Collection<String> signedHeaders) {
        List<String> names = new ArrayList<>(signedHeaders.size());
        for (String name : signedHeaders) {
            if (request.header(name) == null) {
                throw new IllegalArgumentException("signed header " + name + " is not in the request");
            }
            names.add(name.toLowerCase(Locale.ROOT));
        }
        return CanonicalHeaders.of(request.headers(), name -> names.contains(name.toLowerCase(Locale.ROOT)));
    }

    /** {@link #canonicalUri(List)}, taken from the request's wire path when the two agree (no trailing empty segment). */
    private static String canonicalUri(HttpRequest request) {
        List<String> segments = request.pathSegments();
        if (!segments.isEmpty() && !segments.get(segments.size() - 1).isEmpty()) {
            return request.encodedPath() + '/';
        }
        return canonicalUri(segments);
    }

    /**
     * {@code /} for the root, else every segment percent-encoded and followed by {@code /}, so the result
     * always ends with {@code /}. Trailing empty segments are dropped, as the official SDK's
     * {@code path.split("/")} does.
     */
    static String canonicalUri(List<String> segments) {
        int end = segments.size();
        while (end > 0 && segments.get(end - 1).isEmpty()) {
            end--;
        }
        if (end == 0) {
            return "/";
        }
        StringBuilder sb = new StringBuilder(64).append('/');
        for (int i = 0; i < end; i++) {
            sb.append(PercentEncoding.encode(segments.get(i))).append('/');
        }
        return sb.toString();
    }

    /** Sorted by encoded name (stable: repeated names keep request order), {@code k=v} joined by {@code &}. */
    static String canonicalQuery(List<NameValue> query) {
        if (query.isEmpty()) {
            return "";
        }
        List<NameValue> encoded = new ArrayList<>(query.size());
        for (NameValue p : query) {
            encoded.add(new NameValue(PercentEncoding.encode(p.name()), PercentEncoding.encode(p.value())));
        }
        encoded.sort((x, y) -> x.name().compareTo(y.name()));
        StringBuilder sb = new StringBuilder(128);
        for (NameValue p : encoded) {
            if (sb.length() > 0) {
                sb.append('&');
            }
            sb.append(p.name()).append('=').append(p.value());
        }
        return sb.toString();
    }

    @Override
    public String toString() {
        return "HuaweiAkSkSigner[" + algorithm + "]";
    }
}
