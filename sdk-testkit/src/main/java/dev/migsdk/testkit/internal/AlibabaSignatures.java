package dev.migsdk.testkit.internal;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

/**
 * Server-side computation of Alibaba Cloud signatures: RPC V1 ({@code HMAC-SHA1}) and V3
 * ({@code ACS3-HMAC-SHA256}, {@code ACS3-HMAC-SM3}), written from the published algorithm. Internal API.
 */
public final class AlibabaSignatures {
    /** V3 algorithm name with SHA-256. */
    public static final String ACS3_HMAC_SHA256 = "ACS3-HMAC-SHA256";
    /** V3 algorithm name with SM3. */
    public static final String ACS3_HMAC_SM3 = "ACS3-HMAC-SM3";

    private AlibabaSignatures() {
    }

    /**
     * V1 string to sign: {@code METHOD&%2F&enc(sorted enc(k)=enc(v) joined by &)}.
     *
     * @param params every request parameter except {@code Signature}
     */
    public static String v1StringToSign(String method, List<Map.Entry<String, String>> params) {
        return method + "&" + Rfc3986.encode("/") + "&" + Rfc3986.encode(Canonical.query(params));
    }

    /** V1 signature: Base64 of HMAC-SHA1 keyed with {@code secret + "&"}. */
    public static String v1Signature(String accessKeySecret, String stringToSign) {
        return Base64.getEncoder().encodeToString(Digests.SHA1.hmac(accessKeySecret + "&", stringToSign));
    }

    /** The hash behind a V3 algorithm name, or {@code null} if the emulator does not support it. */
    public static Digests v3Digest(String algorithm) {
        if (ACS3_HMAC_SHA256.equals(algorithm)) {
            return Digests.SHA256;
        }
        if (ACS3_HMAC_SM3.equals(algorithm)) {
            return Digests.SM3;
        }
        return null;
    }

    /**
     * V3 canonical request.
     *
     * @param path          the request path, {@code /} when empty
     * @param query         decoded query parameters
     * @param signedHeaders lower-case header names (sorted) mapped to their received values
     * @param hashedPayload lower-hex hash of the body
     */
    public static String v3CanonicalRequest(String method, String path, List<Map.Entry<String, String>> query,
                                            SortedMap<String, String> signedHeaders, String hashedPayload) {
        return method + "\n"
                + (path == null || path.isEmpty() ? "/" : path) + "\n"
                + Canonical.query(query) + "\n"
                + Canonical.headers(signedHeaders) + "\n"
                + String.join(";", signedHeaders.keySet()) + "\n"
                + hashedPayload;
    }

    /** V3 string to sign: {@code algorithm \n hex(hash(canonicalRequest))}. */
    public static String v3StringToSign(String algorithm, String canonicalRequest) {
        return algorithm + "\n" + digestFor(algorithm).hexHash(canonicalRequest);
    }

    /** V3 signature: lower-hex HMAC of the string to sign keyed with the secret. */
    public static String v3Signature(String algorithm, String accessKeySecret, String stringToSign) {
        return Digests.hex(digestFor(algorithm).hmac(accessKeySecret.getBytes(StandardCharsets.UTF_8),
                stringToSign.getBytes(StandardCharsets.UTF_8)));
    }

    private static Digests digestFor(String algorithm) {
        Digests d = v3Digest(algorithm);
        if (d == null) {
            throw new IllegalArgumentException("unsupported algorithm: " + algorithm);
        }
        return d;
    }
}
