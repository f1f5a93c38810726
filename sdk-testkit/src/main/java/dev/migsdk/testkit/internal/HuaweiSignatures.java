package dev.migsdk.testkit.internal;

import java.util.List;
import java.util.Map;
import java.util.SortedMap;

/**
 * Server-side computation of Huawei Cloud AK/SK signatures ({@code SDK-HMAC-SHA256}, {@code SDK-HMAC-SM3}),
 * written from the published API signing guide. Internal API.
 */
public final class HuaweiSignatures {
    /** Algorithm name with SHA-256. */
    public static final String SDK_HMAC_SHA256 = "SDK-HMAC-SHA256";
    /** Algorithm name with SM3. */
    public static final String SDK_HMAC_SM3 = "SDK-HMAC-SM3";

    private HuaweiSignatures() {
    }

    /** The hash behind an algorithm name, or {@code null} if the emulator does not support it. */
    public static Digests digest(String algorithm) {
        if (SDK_HMAC_SHA256.equals(algorithm)) {
            return Digests.SHA256;
        }
        if (SDK_HMAC_SM3.equals(algorithm)) {
            return Digests.SM3;
        }
        return null;
    }

    /**
     * Canonical URI: every path segment decoded, re-encoded (unreserved characters only) and followed by
     * {@code /}; the root stays {@code /}.
     *
     * @param rawPath the path as received (percent-encoded)
     * @throws IllegalArgumentException on a malformed escape
     */
    public static String canonicalUri(String rawPath) {
        String path = rawPath == null ? "" : rawPath;
        while (path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        if (path.isEmpty()) {
            return "/";
        }
        StringBuilder out = new StringBuilder();
        for (String segment : path.split("/", -1)) {
            out.append(Rfc3986.encode(Rfc3986.decode(segment))).append('/');
        }
        return out.toString();
    }

    /** Canonical query string of decoded parameters (sorted, re-encoded). */
    public static String canonicalQuery(List<Map.Entry<String, String>> params) {
        return Canonical.query(params);
    }

    /**
     * Canonical request.
     *
     * @param signedHeaders lower-case header names (sorted) mapped to their received values
     */
    public static String canonicalRequest(String method, String canonicalUri, String canonicalQuery,
                                          SortedMap<String, String> signedHeaders, String payloadHash) {
        return method + "\n" + canonicalUri + "\n" + canonicalQuery + "\n"
                + Canonical.headers(signedHeaders) + "\n"
                + String.join(";", signedHeaders.keySet()) + "\n"
                + payloadHash;
    }

    /** String to sign: {@code algorithm \n X-Sdk-Date \n hex(hash(canonicalRequest))}. */
    public static String stringToSign(String algorithm, String sdkDate, String canonicalRequest) {
        return algorithm + "\n" + sdkDate + "\n" + digestFor(algorithm).hexHash(canonicalRequest);
    }

    /** Signature: lower-hex HMAC of the string to sign keyed with the SK. */
    public static String signature(String algorithm, String secretKey, String stringToSign) {
        return Digests.hex(digestFor(algorithm).hmac(secretKey, stringToSign));
    }

    private static Digests digestFor(String algorithm) {
        Digests d = digest(algorithm);
        if (d == null) {
            throw new IllegalArgumentException("unsupported algorithm: " + algorithm);
        }
        return d;
    }
}
