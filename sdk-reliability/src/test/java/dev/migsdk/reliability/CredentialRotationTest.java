package dev.migsdk.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migsdk.core.SdkResponse;
import dev.migsdk.core.auth.AlibabaCredentials;
import dev.migsdk.core.auth.AlibabaSignatureAlgorithm;
import dev.migsdk.core.auth.Credentials;
import dev.migsdk.core.auth.CredentialsProvider;
import dev.migsdk.core.auth.HuaweiAkSkCredentials;
import dev.migsdk.core.auth.StaticCredentialsProvider;
import dev.migsdk.core.client.AlibabaClientBuilder;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Credentials that change between attempts (a provider that refreshes): the service answers 503, the retry
 * resolves credentials again, and each request names the credentials it was signed with in every place the
 * credentials reach — OMS's path project segment and {@code X-Project-Id}, SMS's {@code X-Domain-Id}, the
 * access key in {@code Authorization} ({@code Access=} for Huawei, {@code Credential=} for Alibaba ACS3, the
 * {@code AccessKeyId} query parameter for Alibaba V1) and the STS / temporary security token.
 */
@ExtendWith(Secrets.class)
class CredentialRotationTest {
    static final HuaweiAkSkCredentials HUAWEI_A = HuaweiAkSkCredentials.builder().accessKey("HWAKAAAAAAAAAAAA")
            .secretKey("rotationSecretA-0001").securityToken("rotationHuaweiTokenA-0001")
            .projectId("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa1")
            .domainId("daaaaaaaaaaaaaaaaaaaaaaaaaaaaaa1").build();
    static final HuaweiAkSkCredentials HUAWEI_B = HuaweiAkSkCredentials.builder().accessKey("HWAKBBBBBBBBBBBB")
            .secretKey("rotationSecretB-0002").securityToken("rotationHuaweiTokenB-0002")
            .projectId("bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb2")
            .domainId("dbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb2").build();
    static final AlibabaCredentials ALIBABA_A = AlibabaCredentials.of("STS.rotationAAAA", "rotationAliSecretA-01",
            "rotationAliTokenA-0001");
    static final AlibabaCredentials ALIBABA_B = AlibabaCredentials.of("STS.rotationBBBB", "rotationAliSecretB-02",
            "rotationAliTokenB-0002");

    @RegisterExtension
    static final ScriptedServer server = new ScriptedServer();

    @BeforeAll
    static void secrets() {
        Stream.of(HUAWEI_A, HUAWEI_B).flatMap(c -> Stream.of(c.secretKey(), c.securityToken())).forEach(Secrets::secret);
        Stream.of(ALIBABA_A, ALIBABA_B).flatMap(c -> Stream.of(c.accessKeySecret(), c.securityToken()))
                .forEach(Secrets::secret);
    }

    /** {@code first} on the first resolve, {@code then} on every later one. */
    static final class Rotating<C extends Credentials> implements CredentialsProvider<C> {
        private final AtomicInteger resolves = new AtomicInteger();
        private final C first;
        private final C then;

        Rotating(C first, C then) {
            this.first = first;
            this.then = then;
        }

        @Override
        public C resolveCredentials() {
            return resolves.getAndIncrement() == 0 ? first : then;
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("dev.migsdk.reliability.HonestSuccessTest#opsAndModes")
    void eachAttemptNamesTheCredentialsItWasSignedWith(Op op, Mode mode) {
        rotate(op, mode, false);
    }

    /** Alibaba's V1 signature puts the access key and token in the query instead. */
    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("dev.migsdk.reliability.HonestSuccessTest#alibabaOpsAndModes")
    void withTheV1SignatureTooEachAttemptNamesItsCredentials(Op op, Mode mode) {
        rotate(op, mode, true);
    }

    static void rotate(Op op, Mode mode, boolean v1) {
        server.inTurn(new MockResponse.Builder().code(503).build(), success(op));
        String id = op.svc().newId();

        SdkResponse response;
        try (Client client = op.client(server.endpoint(), new Rotating<>(ALIBABA_A, ALIBABA_B),
                new Rotating<>(HUAWEI_A, HUAWEI_B), mode, b -> {
                    HonestSuccessTest.config(b);
                    if (v1) {
                        ((AlibabaClientBuilder<?>) b).signatureAlgorithm(AlibabaSignatureAlgorithm.RPC_HMAC_SHA1);
                    }
                })) {
            response = client.delete(id);
        }

        assertThat(response.metadata().attempts()).isEqualTo(2);
        List<RecordedRequest> sent = server.requests();
        assertThat(sent).hasSize(2);
        assertSignedWith(op, id, sent.get(0), HUAWEI_A, ALIBABA_A);
        assertSignedWith(op, id, sent.get(1), HUAWEI_B, ALIBABA_B);
    }

    /** A control: static credentials are the same on both attempts (the server is not what differs). */
    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("dev.migsdk.reliability.HonestSuccessTest#opsAndModes")
    void staticCredentialsAreTheSameOnEveryAttempt(Op op, Mode mode) {
        server.inTurn(new MockResponse.Builder().code(503).build(), success(op));
        String id = op.svc().newId();

        try (Client client = op.client(server.endpoint(), StaticCredentialsProvider.create(ALIBABA_B),
                StaticCredentialsProvider.create(HUAWEI_B), mode, HonestSuccessTest::config)) {
            client.delete(id);
        }

        for (RecordedRequest r : server.requests()) {
            assertSignedWith(op, id, r, HUAWEI_B, ALIBABA_B);
        }
    }

    static MockResponse success(Op op) {
        return new MockResponse.Builder().code(200).setHeader("Content-Type", "application/json")
                .body(op.alibaba() ? "{\"RequestId\":\"rotated\",\"Success\":true}" : "{}").build();
    }

    static void assertSignedWith(Op op, String id, RecordedRequest r, HuaweiAkSkCredentials huawei,
                                 AlibabaCredentials alibaba) {
        String auth = r.getHeaders().get("Authorization");
        String path = r.getUrl().encodedPath();
        switch (op.svc()) {
            case SMC, DTS -> {
                assertThat(path).isEqualTo("/");
                if (auth == null) { // V1: in the query
                    assertThat(r.getUrl().queryParameter("AccessKeyId")).isEqualTo(alibaba.accessKeyId());
                    assertThat(r.getUrl().queryParameter("SecurityToken")).isEqualTo(alibaba.securityToken());
                } else {
                    assertThat(auth).as("Authorization").contains("Credential=" + alibaba.accessKeyId() + ",");
                    assertThat(r.getHeaders().get("x-acs-security-token")).isEqualTo(alibaba.securityToken());
                }
            }
            case OMS -> {
                assertThat(auth).as("Authorization").contains("Access=" + huawei.accessKey() + ",");
                assertThat(path).as("path").isEqualTo("/v2/" + huawei.projectId() + "/tasks/" + id);
                assertThat(r.getHeaders().get("X-Project-Id")).as("X-Project-Id").isEqualTo(huawei.projectId());
                assertThat(r.getHeaders().get("X-Security-Token")).isEqualTo(huawei.securityToken());
            }
            case SMS -> {
                assertThat(auth).as("Authorization").contains("Access=" + huawei.accessKey() + ",");
                assertThat(path).as("path").isEqualTo("/v3/tasks/" + id);
                assertThat(r.getHeaders().get("X-Domain-Id")).as("X-Domain-Id").isEqualTo(huawei.domainId());
                assertThat(r.getHeaders().get("X-Security-Token")).isEqualTo(huawei.securityToken());
            }
        }
    }
}
