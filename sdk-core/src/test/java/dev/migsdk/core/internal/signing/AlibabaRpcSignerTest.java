package dev.migsdk.core.internal.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.migsdk.core.auth.AlibabaCredentials;
import dev.migsdk.core.auth.AlibabaSignatureAlgorithm;
import dev.migsdk.core.internal.http.HttpRequest;
import dev.migsdk.core.internal.http.NameValue;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class AlibabaRpcSignerTest {
    private static final String NONCE = "3ee8c1b8-83d3-44af-a94f-4e0ad82fd6cf";
    private static final Instant TIME_2024 = Instant.parse("2024-01-01T00:00:00Z");
    private static final String TOKEN = "STS.token+/=*~ x";

    /** protocols.md §1.3, own DeleteReplicationJob vector: the string-to-sign after the method. */
    private static final String DELETE_JOB_STS_TAIL = "&%2F&AccessKeyId%3Dtestid%26Action%3DDeleteReplicationJob"
            + "%26Format%3Djson%26JobId%3Dj-bp17m1vi6x21qhqk1234"
            + "%26SecurityToken%3DSTS.token%252B%252F%253D%252A~%2520x%26SignatureMethod%3DHMAC-SHA1"
            + "%26SignatureNonce%3D3ee8c1b8-83d3-44af-a94f-4e0ad82fd6cf%26SignatureVersion%3D1.0"
            + "%26Timestamp%3D2024-01-01T00%253A00%253A00Z%26Version%3D2019-06-01";

    private final AlibabaRpcSigner signer = AlibabaRpcSigner.create();

    private static List<NameValue> describeRegionsParams(String timestampName) {
        // Inputs of the Alibaba "Signature mechanism" docs example (protocols.md §1.3).
        return List.of(
                new NameValue("AccessKeyId", "testid"),
                new NameValue("Action", "DescribeRegions"),
                new NameValue("Format", "XML"),
                new NameValue("SignatureMethod", "HMAC-SHA1"),
                new NameValue("SignatureNonce", NONCE),
                new NameValue("SignatureVersion", "1.0"),
                new NameValue(timestampName, "2016-02-23T12:46:24Z"),
                new NameValue("Version", "2014-05-26"));
    }

    private static List<NameValue> deleteJobParams() {
        // Deliberately not sorted: the signer must sort.
        return List.of(
                new NameValue("Version", "2019-06-01"),
                new NameValue("Action", "DeleteReplicationJob"),
                new NameValue("Format", "json"),
                new NameValue("JobId", "j-bp17m1vi6x21qhqk1234"),
                new NameValue("AccessKeyId", "testid"),
                new NameValue("SignatureMethod", "HMAC-SHA1"),
                new NameValue("SignatureVersion", "1.0"),
                new NameValue("SignatureNonce", NONCE),
                new NameValue("Timestamp", "2024-01-01T00:00:00Z"),
                new NameValue("SecurityToken", TOKEN));
    }

    private static HttpRequest deleteJobRequest(String method) {
        return HttpRequest.builder().method(method).host("smc.aliyuncs.com")
                .addQuery("Action", "DeleteReplicationJob")
                .addQuery("Format", "json")
                .addQuery("Version", "2019-06-01")
                .addQuery("JobId", "j-bp17m1vi6x21qhqk1234")
                .addHeader("host", "smc.aliyuncs.com")
                .build();
    }

    private static AlibabaCredentials stsCredentials() {
        return AlibabaCredentials.of("testid", "testsecret", TOKEN);
    }

    @Test
    @DisplayName("docs vector (help.aliyun.com 69009 / alibabacloud 196741): Timestamp spelling -> OLeaidS1...")
    void signsDocsVectorWithTimestampSpelling() {
        String sts = AlibabaRpcSigner.stringToSign("GET", describeRegionsParams("Timestamp"));

        assertThat(sts).isEqualTo("GET&%2F&AccessKeyId%3Dtestid%26Action%3DDescribeRegions%26Format%3DXML"
                + "%26SignatureMethod%3DHMAC-SHA1%26SignatureNonce%3D3ee8c1b8-83d3-44af-a94f-4e0ad82fd6cf"
                + "%26SignatureVersion%3D1.0%26Timestamp%3D2016-02-23T12%253A46%253A24Z%26Version%3D2014-05-26");
        assertThat(AlibabaRpcSigner.signature(sts, "testsecret")).isEqualTo("OLeaidS1JvxuMvnyHOwuJ+uX5qY=");
    }

    @Test
    @DisplayName("older docs vector (help.aliyun.com 69009, developer.aliyun.com/ask/210168): TimeStamp spelling")
    void signsOlderDocsVectorWithTimeStampSpelling() {
        // "TimeStamp" sorts before "Version" but after "SignatureVersion" either way; what changes is the
        // encoded text, which proves names are signed exactly as given (case-sensitive).
        String sts = AlibabaRpcSigner.stringToSign("GET", describeRegionsParams("TimeStamp"));

        assertThat(sts).contains("%26TimeStamp%3D2016-02-23T12%253A46%253A24Z%26");
        assertThat(AlibabaRpcSigner.signature(sts, "testsecret")).isEqualTo("CT9X0VtwR86fNWSnsc6v8YGOjuE=");
    }

    @Test
    @DisplayName("own vector (protocols.md §1.3, cross-checked with openapiutil): DeleteReplicationJob GET")
    void signsDeleteReplicationJobGetVector() {
        String sts = AlibabaRpcSigner.stringToSign("GET", deleteJobParams());

        assertThat(sts).isEqualTo("GET" + DELETE_JOB_STS_TAIL);
        assertThat(AlibabaRpcSigner.signature(sts, "testsecret")).isEqualTo("DlGMVhRZYg5EW/1Qn9zBE3+6ono=");
    }

    @Test
    @DisplayName("own vector (protocols.md §1.3, cross-checked with openapiutil): DeleteReplicationJob POST")
    void signsDeleteReplicationJobPostVector() {
        String sts = AlibabaRpcSigner.stringToSign("POST", deleteJobParams());

        assertThat(sts).isEqualTo("POST" + DELETE_JOB_STS_TAIL);
        assertThat(AlibabaRpcSigner.signature(sts, "testsecret")).isEqualTo("CbdwfEItE5oI2ohO9wCBIZoQFRU=");
    }

    @Test
    @DisplayName("own vector (protocols.md §1.3) through sign(): DeleteReplicationJob POST with SecurityToken")
    void signReproducesDeleteReplicationJobPostVector() {
        HttpRequest signed = signer.sign(deleteJobRequest("POST"), stsCredentials(), TIME_2024, NONCE);

        assertThat(signed.query()).containsExactly(
                new NameValue("Action", "DeleteReplicationJob"),
                new NameValue("Format", "json"),
                new NameValue("Version", "2019-06-01"),
                new NameValue("JobId", "j-bp17m1vi6x21qhqk1234"),
                new NameValue("AccessKeyId", "testid"),
                new NameValue("SignatureMethod", "HMAC-SHA1"),
                new NameValue("SignatureVersion", "1.0"),
                new NameValue("SignatureNonce", NONCE),
                new NameValue("Timestamp", "2024-01-01T00:00:00Z"),
                new NameValue("SecurityToken", TOKEN),
                new NameValue("Signature", "CbdwfEItE5oI2ohO9wCBIZoQFRU="));
        assertThat(signed.encodedQuery()).endsWith("&SecurityToken=STS.token%2B%2F%3D%2A~%20x"
                + "&Signature=CbdwfEItE5oI2ohO9wCBIZoQFRU%3D");
        assertThat(signed.method()).isEqualTo("POST");
        assertThat(signed.headers()).containsExactly(new NameValue("host", "smc.aliyuncs.com"));
        assertThat(signed.body()).isEmpty();
    }

    @Test
    @DisplayName("own vector (protocols.md §1.3) through sign(): DeleteReplicationJob GET")
    void signReproducesDeleteReplicationJobGetVector() {
        HttpRequest signed = signer.sign(deleteJobRequest("GET"), stsCredentials(), TIME_2024, NONCE);

        assertThat(signed.queryParameter("Signature")).isEqualTo("DlGMVhRZYg5EW/1Qn9zBE3+6ono=");
    }

    @Test
    void signedQueryReproducesItsOwnStringToSign() {
        HttpRequest signed = signer.sign(deleteJobRequest("POST"), stsCredentials(), TIME_2024, NONCE);

        assertThat(AlibabaRpcSigner.stringToSign("POST", signed.query())).isEqualTo("POST" + DELETE_JOB_STS_TAIL);
    }

    @Test
    void omitsSecurityTokenForLongTermKeys() {
        HttpRequest signed = signer.sign(deleteJobRequest("POST"), AlibabaCredentials.of("testid", "testsecret"),
                TIME_2024, NONCE);

        assertThat(signed.queryParameter("SecurityToken")).isNull();
        assertThat(signed.query()).extracting(NameValue::name).containsExactly("Action", "Format", "Version",
                "JobId", "AccessKeyId", "SignatureMethod", "SignatureVersion", "SignatureNonce", "Timestamp",
                "Signature");
    }

    @Test
    void dropsEmptyValuedParametersFromQueryAndSignature() {
        HttpRequest withEmpty = deleteJobRequest("POST").toBuilder().addQuery("RegionId", "").build();

        HttpRequest signed = signer.sign(withEmpty, stsCredentials(), TIME_2024, NONCE);

        assertThat(signed.query()).extracting(NameValue::name).doesNotContain("RegionId");
        assertThat(signed.queryParameter("Signature")).isEqualTo("CbdwfEItE5oI2ohO9wCBIZoQFRU=");
        assertThat(AlibabaRpcSigner.stringToSign("POST", List.of(new NameValue("A", ""), new NameValue("B", "1"))))
                .isEqualTo("POST&%2F&B%3D1");
    }

    @Test
    void stringToSignIgnoresSignatureParameter() {
        List<NameValue> params = new ArrayList<>(deleteJobParams());
        params.add(new NameValue("Signature", "whatever"));

        assertThat(AlibabaRpcSigner.stringToSign("GET", params)).isEqualTo("GET" + DELETE_JOB_STS_TAIL);
    }

    @Test
    void resigningReplacesSignerOwnedParameters() {
        HttpRequest once = signer.sign(deleteJobRequest("POST"), stsCredentials(), TIME_2024, NONCE);

        HttpRequest twice = signer.sign(once, AlibabaCredentials.of("testid", "testsecret"),
                Instant.parse("2024-01-01T00:05:00Z"), "other-nonce");

        assertThat(twice.query()).extracting(NameValue::name).containsExactly("Action", "Format", "Version",
                "JobId", "AccessKeyId", "SignatureMethod", "SignatureVersion", "SignatureNonce", "Timestamp",
                "Signature");
        assertThat(twice.queryParameter("SignatureNonce")).isEqualTo("other-nonce");
        assertThat(twice.queryParameter("Timestamp")).isEqualTo("2024-01-01T00:05:00Z");
        assertThat(signer.sign(once, stsCredentials(), TIME_2024, NONCE).query()).isEqualTo(once.query());
    }

    @Test
    void signingIsPure() {
        HttpRequest request = deleteJobRequest("POST");
        List<NameValue> queryBefore = List.copyOf(request.query());
        List<NameValue> headersBefore = List.copyOf(request.headers());

        HttpRequest a = signer.sign(request, stsCredentials(), TIME_2024, NONCE);
        HttpRequest b = signer.sign(request, stsCredentials(), TIME_2024, NONCE);

        assertThat(a.query()).isEqualTo(b.query());
        assertThat(a.headers()).isEqualTo(b.headers());
        assertThat(a).isNotSameAs(request);
        assertThat(request.query()).isEqualTo(queryBefore);
        assertThat(request.headers()).isEqualTo(headersBefore);
    }

    @Test
    void freshNonceOrTimeGivesDifferentSignature() {
        HttpRequest request = deleteJobRequest("POST");
        String base = signer.sign(request, stsCredentials(), TIME_2024, NONCE).queryParameter("Signature");

        assertThat(signer.sign(request, stsCredentials(), TIME_2024, "another-nonce").queryParameter("Signature"))
                .isNotEqualTo(base);
        assertThat(signer.sign(request, stsCredentials(), TIME_2024.plusSeconds(1), NONCE)
                .queryParameter("Signature")).isNotEqualTo(base);
    }

    @Test
    void timestampIsUtcWithSecondPrecision() {
        HttpRequest signed = signer.sign(deleteJobRequest("POST"), stsCredentials(),
                Instant.parse("2024-03-05T07:08:09.987654321Z"), NONCE);

        assertThat(signed.queryParameter("Timestamp")).isEqualTo("2024-03-05T07:08:09Z");
    }

    @Test
    void rejectsBodyBecauseOnlyTheQueryIsSigned() {
        HttpRequest withBody = deleteJobRequest("POST").toBuilder()
                .body("JobId=x".getBytes(StandardCharsets.UTF_8)).build();

        assertThatThrownBy(() -> signer.sign(withBody, stsCredentials(), TIME_2024, NONCE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("body");
    }

    @Test
    void rejectsBlankNonce() {
        assertThatThrownBy(() -> signer.sign(deleteJobRequest("POST"), stsCredentials(), TIME_2024, " "))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("nonce");
    }

    @Test
    void selectedForRpcAlgorithm() {
        assertThat(Signers.alibaba(AlibabaSignatureAlgorithm.RPC_HMAC_SHA1)).isSameAs(signer);
    }
}
