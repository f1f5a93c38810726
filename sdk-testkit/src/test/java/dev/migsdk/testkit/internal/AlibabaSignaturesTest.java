package dev.migsdk.testkit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The emulator's Alibaba verification reproduces the published vectors (protocols.md §1.3, §2.3). */
class AlibabaSignaturesTest {
    private static final String EMPTY_SHA256 = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

    private static List<Map.Entry<String, String>> params(String... kv) {
        List<Map.Entry<String, String>> out = new java.util.ArrayList<>();
        for (int i = 0; i < kv.length; i += 2) {
            out.add(Map.entry(kv[i], kv[i + 1]));
        }
        return out;
    }

    private static final List<Map.Entry<String, String>> DOC_V1 = params(
            "Version", "2014-05-26", "Timestamp", "2016-02-23T12:46:24Z", "Action", "DescribeRegions",
            "AccessKeyId", "testid", "Format", "XML", "SignatureMethod", "HMAC-SHA1",
            "SignatureNonce", "3ee8c1b8-83d3-44af-a94f-4e0ad82fd6cf", "SignatureVersion", "1.0");

    @Test
    void v1ReproducesTheDocumentedStringToSignAndSignature() {
        String sts = AlibabaSignatures.v1StringToSign("GET", DOC_V1);
        assertThat(sts).isEqualTo("GET&%2F&AccessKeyId%3Dtestid%26Action%3DDescribeRegions%26Format%3DXML"
                + "%26SignatureMethod%3DHMAC-SHA1%26SignatureNonce%3D3ee8c1b8-83d3-44af-a94f-4e0ad82fd6cf"
                + "%26SignatureVersion%3D1.0%26Timestamp%3D2016-02-23T12%253A46%253A24Z%26Version%3D2014-05-26");
        assertThat(AlibabaSignatures.v1Signature("testsecret", sts)).isEqualTo("OLeaidS1JvxuMvnyHOwuJ+uX5qY=");
    }

    @Test
    void v1SortsCaseSensitivelyAsTheOlderDocVectorShows() {
        List<Map.Entry<String, String>> p = DOC_V1.stream()
                .map(e -> e.getKey().equals("Timestamp") ? Map.entry("TimeStamp", e.getValue()) : e).toList();
        assertThat(AlibabaSignatures.v1Signature("testsecret", AlibabaSignatures.v1StringToSign("GET", p)))
                .isEqualTo("CT9X0VtwR86fNWSnsc6v8YGOjuE=");
    }

    @Test
    void v1EncodesReservedCharactersAndSignsTheActualMethod() {
        List<Map.Entry<String, String>> p = params("AccessKeyId", "testid", "Action", "DeleteReplicationJob",
                "Format", "json", "JobId", "j-bp17m1vi6x21qhqk1234", "SecurityToken", "STS.token+/=*~ x",
                "SignatureMethod", "HMAC-SHA1", "SignatureNonce", "3ee8c1b8-83d3-44af-a94f-4e0ad82fd6cf",
                "SignatureVersion", "1.0", "Timestamp", "2024-01-01T00:00:00Z", "Version", "2019-06-01");
        String get = AlibabaSignatures.v1StringToSign("GET", p);
        assertThat(get).contains("SecurityToken%3DSTS.token%252B%252F%253D%252A~%2520x");
        assertThat(AlibabaSignatures.v1Signature("testsecret", get)).isEqualTo("DlGMVhRZYg5EW/1Qn9zBE3+6ono=");
        assertThat(AlibabaSignatures.v1Signature("testsecret", AlibabaSignatures.v1StringToSign("POST", p)))
                .isEqualTo("CbdwfEItE5oI2ohO9wCBIZoQFRU=");
    }

    private static TreeMap<String, String> v3Headers(String date, String nonce, String contentHash) {
        TreeMap<String, String> h = new TreeMap<>();
        h.put("host", "ecs.cn-shanghai.aliyuncs.com");
        h.put("x-acs-action", "RunInstances");
        h.put("x-acs-version", "2014-05-26");
        h.put("x-acs-date", date);
        h.put("x-acs-signature-nonce", nonce);
        h.put("x-acs-content-sha256", contentHash);
        return h;
    }

    private static final List<Map.Entry<String, String>> V3_QUERY = params(
            "RegionId", "cn-shanghai", "ImageId", "win2019_1809_x64_dtc_zh-cn_40G_alibase_20230811.vhd");

    @Test
    void v3ReproducesTheDocumentedCanonicalRequestAndSignature() {
        String canonical = AlibabaSignatures.v3CanonicalRequest("POST", "/", V3_QUERY,
                v3Headers("2023-10-26T10:22:32Z", "3156853299f313e23d1673dc12e1703d", EMPTY_SHA256), EMPTY_SHA256);
        assertThat(canonical).isEqualTo("POST\n/\n"
                + "ImageId=win2019_1809_x64_dtc_zh-cn_40G_alibase_20230811.vhd&RegionId=cn-shanghai\n"
                + "host:ecs.cn-shanghai.aliyuncs.com\nx-acs-action:RunInstances\n"
                + "x-acs-content-sha256:" + EMPTY_SHA256 + "\nx-acs-date:2023-10-26T10:22:32Z\n"
                + "x-acs-signature-nonce:3156853299f313e23d1673dc12e1703d\nx-acs-version:2014-05-26\n\n"
                + "host;x-acs-action;x-acs-content-sha256;x-acs-date;x-acs-signature-nonce;x-acs-version\n"
                + EMPTY_SHA256);
        String sts = AlibabaSignatures.v3StringToSign("ACS3-HMAC-SHA256", canonical);
        assertThat(sts).isEqualTo("ACS3-HMAC-SHA256\n7ea06492da5221eba5297e897ce16e55f964061054b7695beedaac1145b1e259");
        assertThat(AlibabaSignatures.v3Signature("ACS3-HMAC-SHA256", "YourAccessKeySecret", sts))
                .isEqualTo("06563a9e1b43f5dfe96b81484da74bceab24a1d853912eee15083a6f0f3283c0");
    }

    @Test
    void v3ReproducesTheSecondDocumentedSignature() {
        String canonical = AlibabaSignatures.v3CanonicalRequest("POST", "", V3_QUERY,
                v3Headers("2023-10-26T09:01:01Z", "d410180a5abf7fe235dd9b74aca91fc0", EMPTY_SHA256), EMPTY_SHA256);
        assertThat(AlibabaSignatures.v3Signature("ACS3-HMAC-SHA256", "YourAccessKeySecret",
                AlibabaSignatures.v3StringToSign("ACS3-HMAC-SHA256", canonical)))
                .isEqualTo("e521358f7776c97df52e6b2891a8bc73026794a071b50c3323388c4e0df64804");
    }

    @Test
    void v3Sm3ReproducesTheCrossCheckedVector() {
        String emptySm3 = Digests.SM3.hexHash(new byte[0]);
        String canonical = AlibabaSignatures.v3CanonicalRequest("POST", "/", V3_QUERY,
                v3Headers("2023-10-26T10:22:32Z", "3156853299f313e23d1673dc12e1703d", emptySm3), emptySm3);
        assertThat(AlibabaSignatures.v3Signature("ACS3-HMAC-SM3", "YourAccessKeySecret",
                AlibabaSignatures.v3StringToSign("ACS3-HMAC-SM3", canonical)))
                .isEqualTo("19cac349828155410ebe3ae96f5732d62cefef94ce7df9b1623defdf9f5b7704");
    }
}
