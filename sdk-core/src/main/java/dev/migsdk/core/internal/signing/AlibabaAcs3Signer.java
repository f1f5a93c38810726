package dev.migsdk.core.internal.signing;

import dev.migsdk.core.auth.AlibabaCredentials;
import dev.migsdk.core.internal.http.HttpRequest;
import dev.migsdk.core.internal.http.NameValue;
import dev.migsdk.core.internal.util.PercentEncoding;
import dev.migsdk.core.internal.util.Validate;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.BooleanSupplier;

/**
 * Alibaba Cloud V3 signature ({@code ACS3-HMAC-SHA256} or {@code ACS3-HMAC-SM3}) in the
 * {@code Authorization} header.
 *
 * <p>The caller's request carries the query, {@code x-acs-action} and {@code x-acs-version}, and normally
 * {@code host} (added from {@link HttpRequest#hostHeader()} when missing). The signer sets
 * {@code x-acs-date}, {@code x-acs-signature-nonce}, {@code x-acs-content-sha256} (the SM3 hash for SM3,
 * same header name), {@code x-acs-security-token} for STS credentials, and {@code Authorization}, replacing
 * any earlier values. Signed: {@code host}, {@code content-type} if present, and every {@code x-acs-*}
 * header. Stateless and thread-safe. Internal API.
 */
public final class AlibabaAcs3Signer implements RequestSigner<AlibabaCredentials> {
    /** Headers the signer writes itself: earlier values (a caller's, or a previous attempt's) go first. */
    private static final String[] REPLACED_HEADERS = {"Authorization", "x-acs-date", "x-acs-signature-nonce",
        "x-acs-content-sha256", "x-acs-security-token"};
    /** Signed: {@code host}, {@code content-type} and every {@code x-acs-*} header. */
    private static final CanonicalHeaders.Selection SIGNED_HEADERS = new CanonicalHeaders.Selection(
            name -> name.regionMatches(true, 0, "x-acs-", 0, 6) || name.equalsIgnoreCase("host")
                    || name.equalsIgnoreCase("content-type"));
    private static final Comparator<NameValue> BY_NAME = Comparator.comparing(NameValue::name);
    private static final AlibabaAcs3Signer HMAC_SHA256 = new AlibabaAcs3Signer("ACS3-HMAC-SHA256", HashAlgorithm.SHA256);

    private final String algorithm;
    private final HashAlgorithm hash;

    private AlibabaAcs3Signer(String algorithm, HashAlgorithm hash) {
        this.algorithm = algorithm;
        this.hash = hash;
    }

    /** {@code ACS3-HMAC-SHA256}. */
    public static AlibabaAcs3Signer hmacSha256() {
        return HMAC_SHA256;
    }

    /**
     * {@code ACS3-HMAC-SM3}.
     *
     * @throws IllegalStateException if BouncyCastle ({@code org.bouncycastle:bcprov-jdk18on}) is not on the classpath
     */
    public static AlibabaAcs3Signer hmacSm3() {
        return new AlibabaAcs3Signer("ACS3-HMAC-SM3", HashAlgorithm.sm3());
    }

    /** Seam for tests: {@link #hmacSm3()} with the BouncyCastle check supplied. */
    static AlibabaAcs3Signer hmacSm3(BooleanSupplier bouncyCastleAvailable) {
        return new AlibabaAcs3Signer("ACS3-HMAC-SM3", HashAlgorithm.sm3(bouncyCastleAvailable));
    }

    /** The algorithm name that starts the {@code Authorization} header, e.g. {@code ACS3-HMAC-SHA256}. */
    public String algorithm() {
        return algorithm;
    }

    @Override
    public HttpRequest sign(HttpRequest request, AlibabaCredentials credentials, Instant signingTime, String nonce) {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(credentials, "credentials");
        Objects.requireNonNull(signingTime, "signingTime");
        Validate.token(nonce, "nonce");

        String payloadHash = hash.hashHex(request.body());
        request.encodedQuery(); // computed once here, it travels with every request derived from this one
        HttpRequest.Builder b = request.toBuilder()
                .removeHeader(REPLACED_HEADERS)
                .addHeader("x-acs-date", SigningTimes.iso8601(signingTime))
                .addHeader("x-acs-signature-nonce", nonce)
                .addHeader("x-acs-content-sha256", payloadHash);
        if (credentials.securityToken() != null) {
            b.addHeader("x-acs-security-token", credentials.securityToken());
        }
        if (request.header("host") == null) {
            b.addHeader("host", request.hostHeader());
        }
        // Method, path and query are the request's own; only the headers changed.
        CanonicalHeaders headers = canonicalHeaders(b.headers());
        String canonicalRequest = canonicalRequest(request, headers, payloadHash);
        String stringToSign = algorithm + '\n' + hash.hashHex(canonicalRequest.getBytes(StandardCharsets.UTF_8));
        String signature = hash.hmacHex(credentials.accessKeySecret(), stringToSign);
        String authorization = algorithm + " Credential=" + credentials.accessKeyId()
                + ",SignedHeaders=" + headers.signedHeaders() + ",Signature=" + signature;
        return b.addHeader("Authorization", authorization).build();
    }

    /**
     * The canonical request of a request that already carries its {@code x-acs-*} headers (for example the
     * result of {@link #sign}); the payload hash is taken from {@code x-acs-content-sha256} when present.
     * For tests and for debugging {@code SignatureDoesNotMatch}.
     */
    String canonicalRequest(HttpRequest request) {
        String payloadHash = request.header("x-acs-content-sha256");
        if (payloadHash == null) {
            payloadHash = hash.hashHex(request.body());
        }
        return canonicalRequest(request, canonicalHeaders(request.headers()), payloadHash);
    }

    private static CanonicalHeaders canonicalHeaders(List<NameValue> requestHeaders) {
        return SIGNED_HEADERS.of(requestHeaders);
    }

    private static String canonicalRequest(HttpRequest request, CanonicalHeaders headers, String payloadHash) {
        StringBuilder sb = ScratchText.builder().append(request.method()).append('\n')
                .append(request.encodedPath()).append('\n');
        appendCanonicalQuery(sb, request).append('\n');
        return headers.appendBlock(sb).append('\n')
                .append(headers.signedHeaders()).append('\n')
                .append(payloadHash).toString();
    }

    /**
     * Sorted by raw name (stable for repeated names), {@code enc(name)=enc(value)} joined by {@code &}: the
     * wire query itself when the request already sends its parameters in that order (RPC requests do).
     */
    private static StringBuilder appendCanonicalQuery(StringBuilder sb, HttpRequest request) {
        List<NameValue> query = request.query();
        if (query.isEmpty()) {
            return sb;
        }
        if (isSorted(query)) {
            return sb.append(request.encodedQuery());
        }
        List<NameValue> sorted = new ArrayList<>(query);
        sorted.sort(BY_NAME);
        for (int i = 0; i < sorted.size(); i++) {
            NameValue p = sorted.get(i);
            if (i > 0) {
                sb.append('&');
            }
            sb.append(PercentEncoding.encode(p.name())).append('=').append(PercentEncoding.encode(p.value()));
        }
        return sb;
    }

    private static boolean isSorted(List<NameValue> query) {
        for (int i = 1; i < query.size(); i++) {
            if (query.get(i - 1).name().compareTo(query.get(i).name()) > 0) {
                return false;
            }
        }
        return true;
    }

    @Override
    public String toString() {
        return "AlibabaAcs3Signer[" + algorithm + "]";
    }
}
