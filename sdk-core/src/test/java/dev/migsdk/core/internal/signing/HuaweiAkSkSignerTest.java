package dev.migsdk.core.internal.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.migsdk.core.auth.HuaweiAkSkCredentials;
import dev.migsdk.core.auth.HuaweiSignatureAlgorithm;
import dev.migsdk.core.internal.http.HttpRequest;
import dev.migsdk.core.internal.http.NameValue;
import dev.migsdk.core.internal.util.Hashing;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class HuaweiAkSkSignerTest {
    private static final HuaweiAkSkCredentials GO_CREDENTIALS = HuaweiAkSkCredentials.of("AccessKey", "SecretKey");
    private static final Instant JAN_2024 = Instant.parse("2024-01-01T00:00:00Z");
    private static final String USER_AGENT = "huaweicloud-usdk-java/3.0";
    private static final String ID = "0123456789abcdef0123456789abcdef";

    // ---- API signing guide (support.huaweicloud.com devg-apisign api-sign-algorithm-002/003/004) ----

    private static HttpRequest docsRequest() {
        return HttpRequest.builder().method("GET").host("service.region.example.com")
                .addPathSegment("v1").addPathSegment("77b6a44cba5143ab91d13ab9a8ff44fd").addPathSegment("vpcs")
                .addQuery("limit", "2")
                .addQuery("marker", "13551d6b-755d-4757-b956-536f674975c0")
                .addHeader("Content-Type", "application/json")
                .addHeader("Host", "service.region.example.com")
                .addHeader("X-Sdk-Date", "20191115T033655Z")
                .build();
    }

    @Test
    @DisplayName("API signing guide vector (devg-apisign api-sign-algorithm-002..004) -> 7be66680...")
    void signsDocsVectorWithExplicitSignedHeaders() {
        // The guide signs content-type;host;x-sdk-date. sign() leaves Content-Type out, as the official
        // Java SDK does, so this vector goes through the lower level that takes the signed-header list.
        HuaweiAkSkSigner signer = HuaweiAkSkSigner.hmacSha256();
        List<String> signedHeaders = List.of("content-type", "host", "x-sdk-date");
        HuaweiAkSkCredentials credentials = HuaweiAkSkCredentials.of("DocsExampleAk",
                "MFyfvK41ba2giqM7Uio6PznpdUKGpownRZlmVmHc");

        String canonical = signer.canonicalRequest(docsRequest(), signedHeaders);
        String authorization = signer.authorization(docsRequest(), credentials, signedHeaders);

        assertThat(canonical).isEqualTo("""
                GET
                /v1/77b6a44cba5143ab91d13ab9a8ff44fd/vpcs/
                limit=2&marker=13551d6b-755d-4757-b956-536f674975c0
                content-type:application/json
                host:service.region.example.com
                x-sdk-date:20191115T033655Z

                content-type;host;x-sdk-date
                e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855""");
        assertThat(Hashing.sha256Hex(canonical.getBytes(StandardCharsets.UTF_8)))
                .isEqualTo("b25362e603ee30f4f25e7858e8a7160fd36e803bb2dfe206278659d71a9bcd7a");
        assertThat(authorization).isEqualTo("SDK-HMAC-SHA256 Access=DocsExampleAk, "
                + "SignedHeaders=content-type;host;x-sdk-date, "
                + "Signature=7be6668032f70418fcc22abc52071e57aff61b84a1d2381bb430d6870f4f6ebe");
    }

    @Test
    void signLeavesContentTypeOutOfTheDocsRequest() {
        HttpRequest signed = HuaweiAkSkSigner.hmacSha256().sign(docsRequest(),
                HuaweiAkSkCredentials.of("ak", "MFyfvK41ba2giqM7Uio6PznpdUKGpownRZlmVmHc"), JAN_2024, null);

        assertThat(signed.header("Authorization")).contains(", SignedHeaders=host;x-sdk-date, ");
        assertThat(signed.header("X-Sdk-Date")).isEqualTo("20191115T033655Z");
    }

    @Test
    void explicitSignedHeaderMustBeInTheRequest() {
        assertThatThrownBy(() -> HuaweiAkSkSigner.hmacSha256().canonicalRequest(docsRequest(),
                List.of("host", "x-missing")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("x-missing");
    }

    // ---- Go SDK unit tests (huaweicloud-sdk-go-v3 core/auth/signer/signer_test.go, sm3_signer_test.go) ----

    private static HttpRequest goCase1() {
        return goRequest("GET").addQuery("limit", "1").build();
    }

    private static HttpRequest goCase2() {
        // Go's json.Encoder ends the body with a newline.
        return goRequest("POST").addQuery("key", "value")
                .body("{\"Name\":\"test\",\"Id\":1}\n".getBytes(StandardCharsets.UTF_8)).build();
    }

    /** No Host header, as in the Go tests; TEST_UNDERSCORE and Content-Type are present but not signed. */
    private static HttpRequest.Builder goRequest(String method) {
        return HttpRequest.builder().method(method).host("example.huaweicloud.com").addPathSegment("path")
                .addHeader("Content-Type", "application/json")
                .addHeader("TEST_UNDERSCORE", "test")
                .addHeader("X-Sdk-Date", "20060102T150405Z");
    }

    static Stream<Arguments> goSdkVectors() {
        return Stream.of(
                Arguments.of("SDK-HMAC-SHA256", goCase1(),
                        "5a2ce64c865e0e6046321c6f3d5a77ba8413eeaf355c3166c03d58d02ac79624"),
                Arguments.of("SDK-HMAC-SHA256", goCase2(),
                        "cecc2af119b18ab70b4d094c0750f3b42c02f254903179a0fc2cc72fc9db4f59"),
                Arguments.of("SDK-HMAC-SM3", goCase1(),
                        "acdeecf8061419275127135b54532c2c20b683bf9bbb8a32bee021a8c40befd4"),
                Arguments.of("SDK-HMAC-SM3", goCase2(),
                        "359e49285fe5a469f82b86fd761b1a4a7ee16e3181de7d643c53a30667cde508"));
    }

    @ParameterizedTest(name = "Go SDK signer test vector: {0} {1}")
    @MethodSource("goSdkVectors")
    void signsGoSdkVectors(String algorithm, HttpRequest request, String signature) {
        HuaweiAkSkSigner signer = algorithm.equals("SDK-HMAC-SM3")
                ? HuaweiAkSkSigner.hmacSm3() : HuaweiAkSkSigner.hmacSha256();

        HttpRequest signed = signer.sign(request, GO_CREDENTIALS, JAN_2024, "unused");

        assertThat(signed.header("Authorization")).isEqualTo(algorithm
                + " Access=AccessKey, SignedHeaders=x-sdk-date, Signature=" + signature);
        assertThat(signed.header("X-Sdk-Date")).as("caller's X-Sdk-Date is reused").isEqualTo("20060102T150405Z");
        assertThat(signed.header("Host")).as("the signer adds no Host header").isNull();
    }

    // ---- Golden requests produced by the official Java SDK 3.1.143 (protocols.md §3.3) ----

    @Test
    @DisplayName("SMS DeleteTask golden request (official Java SDK 3.1.143, protocols.md §3.3) -> 7d5945a8...")
    void signsSmsDeleteTaskLikeTheOfficialSdk() {
        HttpRequest request = HttpRequest.builder().method("DELETE").host("sms.ap-southeast-1.myhuaweicloud.com")
                .addPathSegment("v3").addPathSegment("tasks").addPathSegment("0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0")
                .addHeader("Host", "sms.ap-southeast-1.myhuaweicloud.com")
                .addHeader("User-Agent", USER_AGENT)
                .addHeader("X-Domain-Id", ID)
                .addHeader("Content-Type", "application/json")
                .build();
        HuaweiAkSkSigner signer = HuaweiAkSkSigner.hmacSha256();

        HttpRequest signed = signer.sign(request, GO_CREDENTIALS, JAN_2024, "unused");

        assertThat(signed.header("X-Sdk-Date")).isEqualTo("20240101T000000Z");
        assertThat(signed.header("Authorization")).isEqualTo("SDK-HMAC-SHA256 Access=AccessKey, "
                + "SignedHeaders=host;user-agent;x-domain-id;x-sdk-date, "
                + "Signature=7d5945a86152fcf4c874c8610c4ca131cef59a1de72251ced997c690b14c154a");
        assertThat(signer.canonicalRequest(signed, List.of("host", "user-agent", "x-domain-id", "x-sdk-date")))
                .isEqualTo("""
                        DELETE
                        /v3/tasks/0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0/

                        host:sms.ap-southeast-1.myhuaweicloud.com
                        user-agent:huaweicloud-usdk-java/3.0
                        x-domain-id:0123456789abcdef0123456789abcdef
                        x-sdk-date:20240101T000000Z

                        host;user-agent;x-domain-id;x-sdk-date
                        e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855""");
        assertThat(signed.encodedPath()).as("request line has no trailing slash")
                .isEqualTo("/v3/tasks/0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0");
        assertThat(signed.header("Content-Type")).isEqualTo("application/json");
    }

    @Test
    @DisplayName("OMS DeleteTask golden request with security token (official Java SDK 3.1.143) -> 414f171e...")
    void signsOmsDeleteTaskWithSecurityTokenLikeTheOfficialSdk() {
        HttpRequest request = HttpRequest.builder().method("DELETE").host("oms.cn-north-4.myhuaweicloud.com")
                .addPathSegment("v2").addPathSegment(ID).addPathSegment("tasks").addPathSegment("1234567890123")
                .addHeader("Host", "oms.cn-north-4.myhuaweicloud.com")
                .addHeader("User-Agent", USER_AGENT)
                .addHeader("X-Project-Id", ID)
                .addHeader("Content-Type", "application/json")
                .build();
        HuaweiAkSkCredentials credentials = HuaweiAkSkCredentials.builder().accessKey("AccessKey")
                .secretKey("SecretKey").securityToken("TOKEN").projectId(ID).build();

        HttpRequest signed = HuaweiAkSkSigner.hmacSha256().sign(request, credentials, JAN_2024, "unused");

        assertThat(signed.header("X-Security-Token")).isEqualTo("TOKEN");
        assertThat(signed.header("Authorization")).isEqualTo("SDK-HMAC-SHA256 Access=AccessKey, "
                + "SignedHeaders=host;user-agent;x-project-id;x-sdk-date;x-security-token, "
                + "Signature=414f171ed809c7bbe9a227619e6a770bced68eb0b6e0cb4d099229263ad3a5d0");
    }

    // ---- Canonical pieces ----

    @Test
    void canonicalUriAlwaysEndsWithSlashAndEncodesEachSegment() {
        assertThat(HuaweiAkSkSigner.canonicalUri(List.of())).isEqualTo("/");
        assertThat(HuaweiAkSkSigner.canonicalUri(List.of(""))).isEqualTo("/");
        assertThat(HuaweiAkSkSigner.canonicalUri(List.of("v3", "tasks", "abc"))).isEqualTo("/v3/tasks/abc/");
        assertThat(HuaweiAkSkSigner.canonicalUri(List.of("v3", "tasks", ""))).isEqualTo("/v3/tasks/");
        assertThat(HuaweiAkSkSigner.canonicalUri(List.of("a/b", "c d", "..")))
                .isEqualTo("/a%2Fb/c%20d/../");
    }

    @Test
    void canonicalQuerySortsByEncodedNameAndKeepsEmptyValues() {
        List<NameValue> query = List.of(
                new NameValue("marker", "x y"),
                new NameValue("b", ""),
                new NameValue("a", "2"),
                new NameValue("a", "1"),
                new NameValue("a*", "~"));

        assertThat(HuaweiAkSkSigner.canonicalQuery(query)).isEqualTo("a=2&a=1&a%2A=~&b=&marker=x%20y");
        assertThat(HuaweiAkSkSigner.canonicalQuery(List.of())).isEmpty();
    }

    @Test
    void usesContentHashHeaderInsteadOfBodyWhenPresent() {
        HttpRequest request = goCase2().toBuilder().addHeader("X-Sdk-Content-Sha256", "UNSIGNED-PAYLOAD").build();
        HuaweiAkSkSigner signer = HuaweiAkSkSigner.hmacSha256();

        HttpRequest signed = signer.sign(request, GO_CREDENTIALS, JAN_2024, null);

        assertThat(signer.canonicalRequest(signed, List.of("x-sdk-date"))).endsWith("\nUNSIGNED-PAYLOAD");
        assertThat(signed.header("Authorization")).contains("SignedHeaders=x-sdk-content-sha256;x-sdk-date,");
    }

    @Test
    void sm3SignerReadsItsOwnContentHashHeader() {
        HttpRequest request = goCase2().toBuilder().addHeader("X-Sdk-Content-Sm3", "UNSIGNED-PAYLOAD").build();

        assertThat(HuaweiAkSkSigner.hmacSm3().canonicalRequest(request, List.of("x-sdk-date")))
                .endsWith("\nUNSIGNED-PAYLOAD");
    }

    @Test
    void generatesSdkDateInUtcBasicFormat() {
        HttpRequest request = goCase1().toBuilder().removeHeader("X-Sdk-Date").build();

        HttpRequest signed = HuaweiAkSkSigner.hmacSha256().sign(request, GO_CREDENTIALS,
                Instant.parse("2006-01-02T15:04:05.999Z"), null);

        assertThat(signed.header("X-Sdk-Date")).isEqualTo("20060102T150405Z");
        assertThat(signed.header("Authorization")).endsWith(
                "Signature=5a2ce64c865e0e6046321c6f3d5a77ba8413eeaf355c3166c03d58d02ac79624");
    }

    // ---- Contract ----

    @Test
    void signingIsPureAndIgnoresTheNonce() {
        HttpRequest request = goCase2();
        List<NameValue> headersBefore = List.copyOf(request.headers());
        HuaweiAkSkSigner signer = HuaweiAkSkSigner.hmacSha256();

        HttpRequest a = signer.sign(request, GO_CREDENTIALS, JAN_2024, "n1");
        HttpRequest b = signer.sign(request, GO_CREDENTIALS, JAN_2024, "n2");

        assertThat(a.headers()).isEqualTo(b.headers());
        assertThat(request.headers()).isEqualTo(headersBefore);
        assertThat(request.header("Authorization")).isNull();
    }

    @Test
    void freshTimeGivesDifferentSignature() {
        HttpRequest request = goCase1().toBuilder().removeHeader("X-Sdk-Date").build();
        HuaweiAkSkSigner signer = HuaweiAkSkSigner.hmacSha256();

        String first = signer.sign(request, GO_CREDENTIALS, JAN_2024, null).header("Authorization");
        String second = signer.sign(request, GO_CREDENTIALS, JAN_2024.plusSeconds(1), null).header("Authorization");

        assertThat(second).isNotEqualTo(first);
    }

    @Test
    void resigningReplacesAuthorizationAndSecurityToken() {
        HuaweiAkSkSigner signer = HuaweiAkSkSigner.hmacSha256();
        HuaweiAkSkCredentials temporary = GO_CREDENTIALS.toBuilder().securityToken("TOKEN").build();
        HttpRequest once = signer.sign(goCase1(), temporary, JAN_2024, null);

        HttpRequest twice = signer.sign(once, GO_CREDENTIALS, JAN_2024, null);

        assertThat(twice.header("X-Security-Token")).isNull();
        assertThat(twice.headers()).filteredOn(h -> h.name().equals("Authorization")).hasSize(1);
        assertThat(twice.header("Authorization")).isEqualTo(signer.sign(goCase1(), GO_CREDENTIALS, JAN_2024, null)
                .header("Authorization"));
    }

    @Test
    void sm3SignerWithoutBouncyCastleSaysWhichArtifactToAdd() {
        assertThatThrownBy(() -> HuaweiAkSkSigner.hmacSm3(() -> false))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("add org.bouncycastle:bcprov-jdk18on");
    }

    @Test
    void selectedByConfiguredAlgorithm() {
        assertThat(HuaweiAkSkSigner.of(HuaweiSignatureAlgorithm.SDK_HMAC_SHA256).algorithm())
                .isEqualTo("SDK-HMAC-SHA256");
        assertThat(HuaweiAkSkSigner.of(HuaweiSignatureAlgorithm.SDK_HMAC_SM3).algorithm()).isEqualTo("SDK-HMAC-SM3");
    }
}
