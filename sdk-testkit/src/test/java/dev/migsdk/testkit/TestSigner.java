package dev.migsdk.testkit;

import dev.migsdk.core.auth.AlibabaCredentials;
import dev.migsdk.core.auth.HuaweiAkSkCredentials;
import dev.migsdk.testkit.internal.Digests;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import okhttp3.HttpUrl;
import okhttp3.Request;
import okhttp3.RequestBody;

/**
 * Test-only signer that builds correctly signed requests for the emulator. Written separately from the
 * emulator's verifier (JCA HMACs, URLEncoder-based encoding) so the two cross-check each other.
 */
final class TestSigner {
    static final DateTimeFormatter ALIBABA_DATE =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'").withZone(ZoneOffset.UTC);
    static final DateTimeFormatter HUAWEI_DATE =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private TestSigner() {
    }

    static String pe(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20").replace("*", "%2A")
                .replace("%7E", "~");
    }

    static String nonce() {
        return UUID.randomUUID().toString();
    }

    /** RPC V1 (HMAC-SHA1): everything in the query. */
    static Request alibabaV1(HttpUrl base, String method, AlibabaCredentials c, Map<String, String> apiParams,
                             Instant now, String nonce) {
        Map<String, String> p = new TreeMap<>(apiParams);
        p.put("AccessKeyId", c.accessKeyId());
        p.put("SignatureMethod", "HMAC-SHA1");
        p.put("SignatureVersion", "1.0");
        p.put("SignatureNonce", nonce);
        p.put("Timestamp", ALIBABA_DATE.format(now));
        if (c.securityToken() != null) {
            p.put("SecurityToken", c.securityToken());
        }
        StringBuilder cq = new StringBuilder();
        p.forEach((k, v) -> cq.append(cq.length() == 0 ? "" : "&").append(pe(k)).append('=').append(pe(v)));
        String sts = method + "&" + pe("/") + "&" + pe(cq.toString());
        String signature = Base64.getEncoder().encodeToString(mac("HmacSHA1", c.accessKeySecret() + "&", sts));
        HttpUrl.Builder url = base.newBuilder().encodedPath("/");
        p.forEach((k, v) -> url.addEncodedQueryParameter(pe(k), pe(v)));
        url.addEncodedQueryParameter("Signature", pe(signature));
        return new Request.Builder().url(url.build()).method(method, method.equals("GET") ? null : empty()).build();
    }

    /** V3 ({@code ACS3-HMAC-SHA256} or {@code ACS3-HMAC-SM3}); {@code extraHeaders} are x-acs-* headers to add. */
    static Request alibabaV3(HttpUrl base, String algorithm, AlibabaCredentials c, String action, String version,
                             Map<String, String> query, Instant now, String nonce) {
        boolean sm3 = algorithm.endsWith("SM3");
        String payloadHash = sm3 ? Digests.SM3.hexHash(new byte[0]) : sha256Hex(new byte[0]);
        TreeMap<String, String> headers = new TreeMap<>();
        headers.put("host", hostOf(base));
        headers.put("x-acs-action", action);
        headers.put("x-acs-version", version);
        headers.put("x-acs-date", ALIBABA_DATE.format(now));
        headers.put("x-acs-signature-nonce", nonce);
        headers.put("x-acs-content-sha256", payloadHash);
        if (c.securityToken() != null) {
            headers.put("x-acs-security-token", c.securityToken());
        }
        TreeMap<String, String> q = new TreeMap<>(query);
        List<String> pairs = new ArrayList<>();
        q.forEach((k, v) -> pairs.add(pe(k) + "=" + pe(v)));
        StringBuilder canonicalHeaders = new StringBuilder();
        headers.forEach((k, v) -> canonicalHeaders.append(k).append(':').append(v.trim()).append('\n'));
        String signedHeaders = String.join(";", headers.keySet());
        String canonical = "POST\n/\n" + String.join("&", pairs) + "\n" + canonicalHeaders + "\n" + signedHeaders
                + "\n" + payloadHash;
        String signature;
        if (sm3) {
            String sts = algorithm + "\n" + Digests.SM3.hexHash(canonical);
            signature = Digests.hex(Digests.SM3.hmac(c.accessKeySecret(), sts));
        } else {
            String sts = algorithm + "\n" + sha256Hex(canonical.getBytes(StandardCharsets.UTF_8));
            signature = HexFormat.of().formatHex(mac("HmacSHA256", c.accessKeySecret(), sts));
        }
        HttpUrl.Builder url = base.newBuilder().encodedPath("/");
        q.forEach((k, v) -> url.addEncodedQueryParameter(pe(k), pe(v)));
        Request.Builder r = new Request.Builder().url(url.build()).post(empty());
        headers.forEach(r::header);
        r.header("Authorization", algorithm + " Credential=" + c.accessKeyId() + ",SignedHeaders=" + signedHeaders
                + ",Signature=" + signature);
        return r.build();
    }

    /** Huawei SDK-HMAC-SHA256 for a DELETE without body; signs host, x-sdk-date and every {@code extraHeaders}. */
    static Request huawei(HttpUrl url, String method, HuaweiAkSkCredentials c, Map<String, String> extraHeaders,
                          Instant now) {
        TreeMap<String, String> headers = new TreeMap<>();
        headers.put("host", hostOf(url));
        headers.put("x-sdk-date", HUAWEI_DATE.format(now));
        extraHeaders.forEach((k, v) -> headers.put(k.toLowerCase(Locale.ROOT), v));
        if (c.securityToken() != null) {
            headers.put("x-security-token", c.securityToken());
        }
        StringBuilder uri = new StringBuilder();
        for (String segment : url.pathSegments()) {
            uri.append('/').append(pe(segment));
        }
        uri.append('/');
        StringBuilder canonicalHeaders = new StringBuilder();
        headers.forEach((k, v) -> canonicalHeaders.append(k).append(':').append(v.trim()).append('\n'));
        String signedHeaders = String.join(";", headers.keySet());
        List<String> pairs = new ArrayList<>();
        for (String name : new TreeMap<>(queryOf(url)).keySet()) {
            pairs.add(pe(name) + "=" + pe(queryOf(url).get(name)));
        }
        String canonical = method + "\n" + uri + "\n" + String.join("&", pairs) + "\n" + canonicalHeaders + "\n"
                + signedHeaders + "\n" + sha256Hex(new byte[0]);
        String sts = "SDK-HMAC-SHA256\n" + headers.get("x-sdk-date") + "\n"
                + sha256Hex(canonical.getBytes(StandardCharsets.UTF_8));
        String signature = HexFormat.of().formatHex(mac("HmacSHA256", c.secretKey(), sts));
        Request.Builder r = new Request.Builder().url(url).method(method, method.equals("DELETE") ? null : empty());
        headers.forEach(r::header);
        r.header("Authorization", "SDK-HMAC-SHA256 Access=" + c.accessKey() + ", SignedHeaders=" + signedHeaders
                + ", Signature=" + signature);
        return r.build();
    }

    static Map<String, String> queryOf(HttpUrl url) {
        Map<String, String> out = new LinkedHashMap<>();
        for (int i = 0; i < url.querySize(); i++) {
            out.put(url.queryParameterName(i), url.queryParameterValue(i) == null ? "" : url.queryParameterValue(i));
        }
        return out;
    }

    static String hostOf(HttpUrl url) {
        return url.host() + ":" + url.port();
    }

    static RequestBody empty() {
        return RequestBody.create(new byte[0], null);
    }

    static byte[] mac(String algorithm, String key, String data) {
        try {
            Mac mac = Mac.getInstance(algorithm);
            mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), algorithm));
            return mac.doFinal(data.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static String sha256Hex(byte[] data) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
