package dev.migsdk.core.internal.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migsdk.core.RetryPolicy;
import dev.migsdk.core.auth.AlibabaCredentials;
import dev.migsdk.core.auth.AlibabaSignatureAlgorithm;
import dev.migsdk.core.auth.HuaweiAkSkCredentials;
import dev.migsdk.core.auth.HuaweiCredentials;
import dev.migsdk.core.auth.HuaweiTokenCredentials;
import dev.migsdk.core.internal.pipeline.TestClients.DeleteThing;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Runs whole failing calls with DEBUG logging and searches everything a user could see (log lines,
 * exception messages, suppressed exceptions, toString of config and credentials) for each secret,
 * including the signatures that went over the wire and echoes of them in error bodies.
 */
class SecretLeakTest {
    private static final String ALI_SECRET = "AliSecret-7f3a9c";
    private static final String STS_TOKEN = "STS.tok+en/with=chars*~ x9";
    private static final String HW_SK = "HwSecretKey-2b8d1e";
    private static final String HW_STS = "HwSecurityToken-55aa";
    private static final String IAM_TOKEN = "MIIiam-token-value-0123456789";

    private MockWebServer server;
    private PrintStream originalErr;
    private final ByteArrayOutputStream captured = new ByteArrayOutputStream();
    private final List<String> seen = new ArrayList<>();

    @BeforeEach
    void setUp() throws Exception {
        server = new MockWebServer();
        server.start();
        originalErr = System.err;
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void tearDown() {
        System.setErr(originalErr);
        server.close();
    }

    private void collect(Throwable t) {
        while (t != null) {
            seen.add(String.valueOf(t.getMessage()));
            seen.add(t.toString());
            for (Throwable s : t.getSuppressed()) {
                collect(s);
            }
            t = t.getCause();
        }
    }

    private List<String> wireSecrets() throws InterruptedException {
        List<String> out = new ArrayList<>();
        RecordedRequest r;
        while ((r = server.takeRequest(10, java.util.concurrent.TimeUnit.MILLISECONDS)) != null) {
            String auth = r.getHeaders().get("Authorization");
            if (auth != null) {
                out.add(auth);
                out.add(auth.substring(auth.indexOf("Signature=") + "Signature=".length()));
            }
            String sig = r.getUrl().queryParameter("Signature");
            if (sig != null) {
                out.add(sig);
            }
        }
        return out;
    }

    @Test
    void alibabaFailuresNeverShowSecretsTokensOrSignatures() throws Exception {
        for (AlibabaSignatureAlgorithm alg : new AlibabaSignatureAlgorithm[] {
                AlibabaSignatureAlgorithm.ACS3_HMAC_SHA256, AlibabaSignatureAlgorithm.RPC_HMAC_SHA1}) {
            AlibabaCredentials creds = AlibabaCredentials.of("AKID", ALI_SECRET, STS_TOKEN);
            seen.add(creds.toString());
            try (ClientRuntime<AlibabaCredentials> rt = TestClients.alibaba().credentials(creds)
                    .signatureAlgorithm(alg).endpointOverride(server.url("/").uri()).allowPlainHttp(true)
                    .retryPolicy(RetryPolicy.builder().baseDelay(Duration.ofMillis(1)).build()).build()) {
                seen.add(rt.settings().toString());
                // the server echoes its string-to-sign (which holds the encoded STS token) and the signature
                server.enqueue(new MockResponse.Builder().code(503).body("{\"Code\":\"ServiceUnavailable\"}").build());
                server.enqueue(new MockResponse.Builder().code(400).body("{\"Code\":\"SignatureDoesNotMatch\","
                        + "\"Message\":\"server string to sign is:POST&%2F&SecurityToken%3D"
                        + dev.migsdk.core.internal.util.PercentEncoding.encode(
                                dev.migsdk.core.internal.util.PercentEncoding.encode(STS_TOKEN))
                        + " token " + STS_TOKEN + "\",\"RequestId\":\"r\"}").build());
                try {
                    rt.execute(TestClients.RPC_DELETE, DeleteThing.of("t"));
                } catch (RuntimeException e) {
                    collect(e);
                }
            }
            List<String> secrets = new ArrayList<>(wireSecrets());
            secrets.add(ALI_SECRET);
            secrets.add(STS_TOKEN);
            secrets.add(dev.migsdk.core.internal.util.PercentEncoding.encode(STS_TOKEN));
            assertNoLeak(secrets);
        }
    }

    @Test
    void huaweiFailuresNeverShowSecretsTokensOrSignatures() throws Exception {
        HuaweiCredentials[] all = {
            HuaweiAkSkCredentials.builder().accessKey("HWAK").secretKey(HW_SK).securityToken(HW_STS)
                    .projectId("p").build(),
            HuaweiTokenCredentials.of(IAM_TOKEN, "p", null, null)};
        for (HuaweiCredentials creds : all) {
            seen.add(creds.toString());
            try (ClientRuntime<HuaweiCredentials> rt = TestClients.huawei().credentials(creds)
                    .endpointOverride(server.url("/").uri()).allowPlainHttp(true)
                    .retryPolicy(RetryPolicy.builder().baseDelay(Duration.ofMillis(1)).build()).build()) {
                server.enqueue(new MockResponse.Builder().code(500).body("{\"error_code\":\"X.500\"}").build());
                String echoed = creds instanceof HuaweiTokenCredentials ? IAM_TOKEN : HW_STS;
                server.enqueue(new MockResponse.Builder().code(401).body("{\"error_code\":\"APIGW.0301\","
                        + "\"error_msg\":\"bad token " + echoed + "\"}").build());
                try {
                    rt.execute(TestClients.REST_DELETE, DeleteThing.of("t"));
                } catch (RuntimeException e) {
                    collect(e);
                }
            }
        }
        List<String> secrets = new ArrayList<>(wireSecrets());
        secrets.add(HW_SK);
        secrets.add(HW_STS);
        secrets.add(IAM_TOKEN);
        assertNoLeak(secrets);
    }

    private void assertNoLeak(List<String> secrets) {
        String logs = captured.toString(StandardCharsets.UTF_8);
        assertThat(logs).as("DEBUG logging was on and captured").contains("attempt=");
        assertThat(secrets).isNotEmpty();
        String everything = logs + "\n" + String.join("\n", seen);
        for (String s : secrets) {
            assertThat(everything.contains(s)).as("leak of a secret of length " + s.length()).isFalse();
        }
    }
}
