package dev.migsdk.core.internal.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.migsdk.core.auth.AlibabaCredentials;
import dev.migsdk.core.auth.AlibabaSignatureAlgorithm;
import dev.migsdk.core.internal.http.HttpRequest;
import dev.migsdk.core.internal.http.NameValue;
import dev.migsdk.core.internal.util.Hashing;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class AlibabaAcs3SignerTest {
    private static final AlibabaCredentials DOC_CREDENTIALS =
            AlibabaCredentials.of("YourAccessKeyId", "YourAccessKeySecret");
    private static final String SIGNED_HEADERS =
            "host;x-acs-action;x-acs-content-sha256;x-acs-date;x-acs-signature-nonce;x-acs-version";

    /** Inputs shared by both published V3 vectors (protocols.md §2.3). */
    private static HttpRequest runInstances() {
        return HttpRequest.builder().method("POST").host("ecs.cn-shanghai.aliyuncs.com")
                .addQuery("ImageId", "win2019_1809_x64_dtc_zh-cn_40G_alibase_20230811.vhd")
                .addQuery("RegionId", "cn-shanghai")
                .addHeader("host", "ecs.cn-shanghai.aliyuncs.com")
                .addHeader("x-acs-action", "RunInstances")
                .addHeader("x-acs-version", "2014-05-26")
                .build();
    }

    private static Instant at(String iso) {
        return Instant.parse(iso);
    }

    @Test
    @DisplayName("V3 doc vector (help.aliyun.com document_detail/2593177, Authorization example) -> 06563a9e...")
    void signsV3DocVector() {
        HttpRequest signed = AlibabaAcs3Signer.hmacSha256().sign(runInstances(), DOC_CREDENTIALS,
                at("2023-10-26T10:22:32Z"), "3156853299f313e23d1673dc12e1703d");

        assertThat(signed.header("Authorization")).isEqualTo("ACS3-HMAC-SHA256 Credential=YourAccessKeyId,"
                + "SignedHeaders=" + SIGNED_HEADERS + ","
                + "Signature=06563a9e1b43f5dfe96b81484da74bceab24a1d853912eee15083a6f0f3283c0");
        assertThat(signed.header("x-acs-date")).isEqualTo("2023-10-26T10:22:32Z");
        assertThat(signed.header("x-acs-signature-nonce")).isEqualTo("3156853299f313e23d1673dc12e1703d");
        assertThat(signed.header("x-acs-content-sha256")).isEqualTo(Hashing.EMPTY_SHA256_HEX);
    }

    @Test
    @DisplayName("V3 doc vector (document_detail/2593177): canonical request text and its hash 7ea06492...")
    void buildsV3DocCanonicalRequest() {
        AlibabaAcs3Signer signer = AlibabaAcs3Signer.hmacSha256();
        HttpRequest signed = signer.sign(runInstances(), DOC_CREDENTIALS,
                at("2023-10-26T10:22:32Z"), "3156853299f313e23d1673dc12e1703d");

        String canonical = signer.canonicalRequest(signed);

        assertThat(canonical).isEqualTo("""
                POST
                /
                ImageId=win2019_1809_x64_dtc_zh-cn_40G_alibase_20230811.vhd&RegionId=cn-shanghai
                host:ecs.cn-shanghai.aliyuncs.com
                x-acs-action:RunInstances
                x-acs-content-sha256:e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855
                x-acs-date:2023-10-26T10:22:32Z
                x-acs-signature-nonce:3156853299f313e23d1673dc12e1703d
                x-acs-version:2014-05-26

                host;x-acs-action;x-acs-content-sha256;x-acs-date;x-acs-signature-nonce;x-acs-version
                e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855""");
        assertThat(Hashing.sha256Hex(canonical.getBytes(StandardCharsets.UTF_8)))
                .isEqualTo("7ea06492da5221eba5297e897ce16e55f964061054b7695beedaac1145b1e259");
    }

    @Test
    @DisplayName("ROA-style doc vector (help.aliyun.com/zh/model-studio, Authorization example) -> e521358f...")
    void signsRoaDocVector() {
        HttpRequest signed = AlibabaAcs3Signer.hmacSha256().sign(runInstances(), DOC_CREDENTIALS,
                at("2023-10-26T09:01:01Z"), "d410180a5abf7fe235dd9b74aca91fc0");

        assertThat(signed.header("Authorization")).isEqualTo("ACS3-HMAC-SHA256 Credential=YourAccessKeyId,"
                + "SignedHeaders=" + SIGNED_HEADERS + ","
                + "Signature=e521358f7776c97df52e6b2891a8bc73026794a071b50c3323388c4e0df64804");
    }

    @Test
    @DisplayName("own SM3 vector (protocols.md §2.3, cross-checked with openapiutil) -> 19cac349...")
    void signsOwnSm3Vector() {
        HttpRequest signed = AlibabaAcs3Signer.hmacSm3().sign(runInstances(), DOC_CREDENTIALS,
                at("2023-10-26T10:22:32Z"), "3156853299f313e23d1673dc12e1703d");

        assertThat(signed.header("x-acs-content-sha256"))
                .isEqualTo("1ab21d8355cfa17f8e61194831e81a8f22bec8c728fefb747ed035eb5082aa2b");
        assertThat(signed.header("Authorization")).isEqualTo("ACS3-HMAC-SM3 Credential=YourAccessKeyId,"
                + "SignedHeaders=" + SIGNED_HEADERS + ","
                + "Signature=19cac349828155410ebe3ae96f5732d62cefef94ce7df9b1623defdf9f5b7704");
    }

    @Test
    void addsAndSignsSecurityTokenForStsCredentials() {
        HttpRequest signed = AlibabaAcs3Signer.hmacSha256().sign(runInstances(),
                AlibabaCredentials.of("ak", "sk", "STS.token"), at("2024-01-01T00:00:00Z"), "n1");

        assertThat(signed.header("x-acs-security-token")).isEqualTo("STS.token");
        assertThat(signed.header("Authorization")).contains("SignedHeaders=host;x-acs-action;x-acs-content-sha256;"
                + "x-acs-date;x-acs-security-token;x-acs-signature-nonce;x-acs-version,");
    }

    @Test
    void signsContentTypeButNotOtherHeaders() {
        HttpRequest request = runInstances().toBuilder()
                .addHeader("Content-Type", "application/x-www-form-urlencoded")
                .addHeader("User-Agent", "migsdk")
                .addHeader("Accept", "application/json")
                .addHeader("X-Acs-Custom", "  padded  ")
                .body("a=b".getBytes(StandardCharsets.UTF_8))
                .build();
        AlibabaAcs3Signer signer = AlibabaAcs3Signer.hmacSha256();

        HttpRequest signed = signer.sign(request, DOC_CREDENTIALS, at("2024-01-01T00:00:00Z"), "n1");

        assertThat(signed.header("Authorization")).contains("SignedHeaders=content-type;host;x-acs-action;"
                + "x-acs-content-sha256;x-acs-custom;x-acs-date;x-acs-signature-nonce;x-acs-version,");
        assertThat(signer.canonicalRequest(signed)).contains("\nx-acs-custom:padded\n");
        assertThat(signed.header("x-acs-content-sha256"))
                .isEqualTo(Hashing.sha256Hex("a=b".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void addsHostHeaderWhenCallerLeftItOut() {
        HttpRequest request = runInstances().toBuilder().removeHeader("host").port(8443).build();

        HttpRequest signed = AlibabaAcs3Signer.hmacSha256().sign(request, DOC_CREDENTIALS,
                at("2024-01-01T00:00:00Z"), "n1");

        assertThat(signed.header("host")).isEqualTo("ecs.cn-shanghai.aliyuncs.com:8443");
        assertThat(signed.header("Authorization")).contains("SignedHeaders=host;");
    }

    @Test
    void resigningReplacesSignerOwnedHeaders() {
        AlibabaAcs3Signer signer = AlibabaAcs3Signer.hmacSha256();
        HttpRequest once = signer.sign(runInstances(), AlibabaCredentials.of("ak", "sk", "tok"),
                at("2024-01-01T00:00:00Z"), "n1");

        HttpRequest twice = signer.sign(once, DOC_CREDENTIALS, at("2023-10-26T10:22:32Z"),
                "3156853299f313e23d1673dc12e1703d");

        assertThat(twice.headers()).filteredOn(h -> h.name().equalsIgnoreCase("Authorization")).hasSize(1);
        assertThat(twice.header("x-acs-security-token")).isNull();
        assertThat(twice.header("Authorization")).endsWith(
                "Signature=06563a9e1b43f5dfe96b81484da74bceab24a1d853912eee15083a6f0f3283c0");
    }

    @Test
    void signingIsPure() {
        HttpRequest request = runInstances();
        List<NameValue> headersBefore = List.copyOf(request.headers());
        AlibabaAcs3Signer signer = AlibabaAcs3Signer.hmacSha256();

        HttpRequest a = signer.sign(request, DOC_CREDENTIALS, at("2024-01-01T00:00:00Z"), "n1");
        HttpRequest b = signer.sign(request, DOC_CREDENTIALS, at("2024-01-01T00:00:00Z"), "n1");

        assertThat(a.headers()).isEqualTo(b.headers());
        assertThat(a.query()).isEqualTo(request.query());
        assertThat(request.headers()).isEqualTo(headersBefore);
        assertThat(request.header("Authorization")).isNull();
    }

    @Test
    void freshNonceOrTimeGivesDifferentSignature() {
        AlibabaAcs3Signer signer = AlibabaAcs3Signer.hmacSha256();
        String base = signer.sign(runInstances(), DOC_CREDENTIALS, at("2024-01-01T00:00:00Z"), "n1")
                .header("Authorization");

        assertThat(signer.sign(runInstances(), DOC_CREDENTIALS, at("2024-01-01T00:00:00Z"), "n2")
                .header("Authorization")).isNotEqualTo(base);
        assertThat(signer.sign(runInstances(), DOC_CREDENTIALS, at("2024-01-01T00:00:01Z"), "n1")
                .header("Authorization")).isNotEqualTo(base);
    }

    @Test
    void sm3SignerWithoutBouncyCastleSaysWhichArtifactToAdd() {
        assertThatThrownBy(() -> AlibabaAcs3Signer.hmacSm3(() -> false))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("add org.bouncycastle:bcprov-jdk18on");
    }

    @Test
    void selectedForV3Algorithms() {
        assertThat(Signers.alibaba(AlibabaSignatureAlgorithm.ACS3_HMAC_SHA256)).isSameAs(AlibabaAcs3Signer.hmacSha256());
        assertThat(((AlibabaAcs3Signer) Signers.alibaba(AlibabaSignatureAlgorithm.ACS3_HMAC_SM3)).algorithm())
                .isEqualTo("ACS3-HMAC-SM3");
    }
}
