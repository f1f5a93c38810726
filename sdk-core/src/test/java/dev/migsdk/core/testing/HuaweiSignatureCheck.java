package dev.migsdk.core.testing;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import okhttp3.Headers;
import okhttp3.HttpUrl;

/**
 * Recomputes an SDK-HMAC-SHA256 signature from what reached the server, following protocols.md §3.1 on its
 * own (sorted encoded query, canonical URI ending in '/', the signed headers as listed, SHA-256 of the body
 * bytes): a contract test that compares it with the {@code Authorization} header checks every signature input
 * the wire carries, query and body included, without reusing the SDK's signer.
 */
public final class HuaweiSignatureCheck {
    private static final Pattern AUTH = Pattern.compile(
            "SDK-HMAC-SHA256 Access=([^,]+), SignedHeaders=([^,]+), Signature=([0-9a-f]{64})");

    private HuaweiSignatureCheck() {
    }

    /** The canonical request the signature must cover. */
    public static String canonicalRequest(String method, HttpUrl url, Headers headers, byte[] body) {
        Matcher m = AUTH.matcher(headers.get("Authorization"));
        if (!m.matches()) {
            throw new AssertionError("not an SDK-HMAC-SHA256 Authorization: " + headers.get("Authorization"));
        }
        StringBuilder uri = new StringBuilder("/");
        for (String segment : url.pathSegments()) {
            if (!segment.isEmpty()) {
                uri.append(encode(segment)).append('/');
            }
        }
        TreeMap<String, List<String>> query = new TreeMap<>();
        for (int i = 0; i < url.querySize(); i++) {
            String v = url.queryParameterValue(i);
            query.computeIfAbsent(encode(url.queryParameterName(i)), k -> new ArrayList<>())
                    .add(encode(v == null ? "" : v));
        }
        StringBuilder q = new StringBuilder();
        for (Map.Entry<String, List<String>> e : query.entrySet()) {
            for (String v : e.getValue()) {
                q.append(q.length() == 0 ? "" : "&").append(e.getKey()).append('=').append(v);
            }
        }
        StringBuilder canonicalHeaders = new StringBuilder();
        for (String name : m.group(2).split(";")) {
            String value = headers.get(name);
            if (value == null) {
                throw new AssertionError("signed header " + name + " is not on the wire");
            }
            canonicalHeaders.append(name.toLowerCase(Locale.ROOT)).append(':').append(value.trim()).append('\n');
        }
        return method + "\n" + uri + "\n" + q + "\n" + canonicalHeaders + "\n" + m.group(2) + "\n"
                + hex(sha256(body));
    }

    /** The signature {@code secretKey} gives the request, for comparison with the one on the wire. */
    public static String expectedSignature(String method, HttpUrl url, Headers headers, byte[] body, String secretKey) {
        String stringToSign = "SDK-HMAC-SHA256\n" + headers.get("X-Sdk-Date") + "\n"
                + hex(sha256(canonicalRequest(method, url, headers, body).getBytes(StandardCharsets.UTF_8)));
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secretKey.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return hex(mac.doFinal(stringToSign.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.GeneralSecurityException e) {
            throw new AssertionError(e);
        }
    }

    /** The signature on the wire. */
    public static String signatureOnTheWire(Headers headers) {
        Matcher m = AUTH.matcher(headers.get("Authorization"));
        if (!m.matches()) {
            throw new AssertionError("not an SDK-HMAC-SHA256 Authorization: " + headers.get("Authorization"));
        }
        return m.group(3);
    }

    /** RFC 3986 unreserved characters stay, everything else is %XX of its UTF-8 bytes. */
    private static String encode(String s) {
        StringBuilder out = new StringBuilder();
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xFF);
            if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_'
                    || c == '.' || c == '~') {
                out.append(c);
            } else {
                out.append('%').append(String.format("%02X", b & 0xFF));
            }
        }
        return out.toString();
    }

    private static byte[] sha256(byte[] data) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(data);
        } catch (NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }

    private static String hex(byte[] b) {
        return HexFormat.of().formatHex(b);
    }
}
