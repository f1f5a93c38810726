package dev.migsdk.testkit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The emulator's Huawei verification reproduces the published vectors (protocols.md §3.3). */
class HuaweiSignaturesTest {
    private static final String EMPTY_SHA256 = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

    private static TreeMap<String, String> headers(String... kv) {
        TreeMap<String, String> h = new TreeMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            h.put(kv[i], kv[i + 1]);
        }
        return h;
    }

    private static String sign(String algorithm, String method, String path, List<Map.Entry<String, String>> query,
                               TreeMap<String, String> headers, String payloadHash, String date, String sk) {
        String canonical = HuaweiSignatures.canonicalRequest(method, HuaweiSignatures.canonicalUri(path),
                HuaweiSignatures.canonicalQuery(query), headers, payloadHash);
        return HuaweiSignatures.signature(algorithm, sk, HuaweiSignatures.stringToSign(algorithm, date, canonical));
    }

    @Test
    void reproducesTheSigningGuideExample() {
        TreeMap<String, String> h = headers("content-type", "application/json",
                "host", "service.region.example.com", "x-sdk-date", "20191115T033655Z");
        List<Map.Entry<String, String>> q = List.of(Map.entry("marker", "13551d6b-755d-4757-b956-536f674975c0"),
                Map.entry("limit", "2"));
        String canonical = HuaweiSignatures.canonicalRequest("GET",
                HuaweiSignatures.canonicalUri("/v1/77b6a44cba5143ab91d13ab9a8ff44fd/vpcs"),
                HuaweiSignatures.canonicalQuery(q), h, EMPTY_SHA256);
        assertThat(canonical).isEqualTo("GET\n/v1/77b6a44cba5143ab91d13ab9a8ff44fd/vpcs/\n"
                + "limit=2&marker=13551d6b-755d-4757-b956-536f674975c0\n"
                + "content-type:application/json\nhost:service.region.example.com\nx-sdk-date:20191115T033655Z\n\n"
                + "content-type;host;x-sdk-date\n" + EMPTY_SHA256);
        String sts = HuaweiSignatures.stringToSign("SDK-HMAC-SHA256", "20191115T033655Z", canonical);
        assertThat(sts).endsWith("\nb25362e603ee30f4f25e7858e8a7160fd36e803bb2dfe206278659d71a9bcd7a");
        assertThat(HuaweiSignatures.signature("SDK-HMAC-SHA256", "MFyfvK41ba2giqM7Uio6PznpdUKGpownRZlmVmHc", sts))
                .isEqualTo("7be6668032f70418fcc22abc52071e57aff61b84a1d2381bb430d6870f4f6ebe");
    }

    @Test
    void reproducesTheGoSdkVectorsForSha256AndSm3() {
        TreeMap<String, String> h = headers("x-sdk-date", "20060102T150405Z");
        List<Map.Entry<String, String>> limit = List.of(Map.entry("limit", "1"));
        assertThat(sign("SDK-HMAC-SHA256", "GET", "/path", limit, h, EMPTY_SHA256, "20060102T150405Z", "SecretKey"))
                .isEqualTo("5a2ce64c865e0e6046321c6f3d5a77ba8413eeaf355c3166c03d58d02ac79624");
        assertThat(sign("SDK-HMAC-SM3", "GET", "/path", limit, h, Digests.SM3.hexHash(new byte[0]),
                "20060102T150405Z", "SecretKey"))
                .isEqualTo("acdeecf8061419275127135b54532c2c20b683bf9bbb8a32bee021a8c40befd4");

        byte[] body = "{\"Name\":\"test\",\"Id\":1}\n".getBytes(StandardCharsets.UTF_8);
        List<Map.Entry<String, String>> kv = List.of(Map.entry("key", "value"));
        assertThat(sign("SDK-HMAC-SHA256", "POST", "/path", kv, h, Digests.SHA256.hexHash(body),
                "20060102T150405Z", "SecretKey"))
                .isEqualTo("cecc2af119b18ab70b4d094c0750f3b42c02f254903179a0fc2cc72fc9db4f59");
        assertThat(sign("SDK-HMAC-SM3", "POST", "/path", kv, h, Digests.SM3.hexHash(body),
                "20060102T150405Z", "SecretKey"))
                .isEqualTo("359e49285fe5a469f82b86fd761b1a4a7ee16e3181de7d643c53a30667cde508");
    }

    @Test
    void reproducesTheOfficialSdkVectorsForOurTwoRequests() {
        TreeMap<String, String> sms = headers("host", "sms.ap-southeast-1.myhuaweicloud.com",
                "user-agent", "huaweicloud-usdk-java/3.0", "x-domain-id", "0123456789abcdef0123456789abcdef",
                "x-sdk-date", "20240101T000000Z");
        assertThat(sign("SDK-HMAC-SHA256", "DELETE", "/v3/tasks/0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0", List.of(),
                sms, EMPTY_SHA256, "20240101T000000Z", "SecretKey"))
                .isEqualTo("7d5945a86152fcf4c874c8610c4ca131cef59a1de72251ced997c690b14c154a");

        TreeMap<String, String> oms = headers("host", "oms.cn-north-4.myhuaweicloud.com",
                "user-agent", "huaweicloud-usdk-java/3.0", "x-project-id", "0123456789abcdef0123456789abcdef",
                "x-sdk-date", "20240101T000000Z", "x-security-token", "TOKEN");
        assertThat(sign("SDK-HMAC-SHA256", "DELETE", "/v2/0123456789abcdef0123456789abcdef/tasks/1234567890123",
                List.of(), oms, EMPTY_SHA256, "20240101T000000Z", "SecretKey"))
                .isEqualTo("414f171ed809c7bbe9a227619e6a770bced68eb0b6e0cb4d099229263ad3a5d0");
    }

    @Test
    void canonicalUriReencodesDecodedSegmentsAndEndsWithSlash() {
        assertThat(HuaweiSignatures.canonicalUri("/")).isEqualTo("/");
        assertThat(HuaweiSignatures.canonicalUri("")).isEqualTo("/");
        assertThat(HuaweiSignatures.canonicalUri("/v3/tasks/a%2Fb%20c")).isEqualTo("/v3/tasks/a%2Fb%20c/");
        assertThat(HuaweiSignatures.canonicalUri("/v3/tasks/a~b*")).isEqualTo("/v3/tasks/a~b%2A/");
        assertThat(HuaweiSignatures.canonicalUri("/v3/tasks/x/")).isEqualTo("/v3/tasks/x/");
    }
}
