package dev.migsdk.core.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.migsdk.core.exception.CredentialsException;
import dev.migsdk.core.exception.MalformedCredentialsException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HuaweiProvidersTest {
    static final String SECURITY_KEY = """
            {"credential":{"access":"TMPAK1","secret":"TmpSecret1","securitytoken":"TmpToken1",
             "expires_at":"2024-05-01T01:00:00.000000Z"}}""";

    @TempDir
    Path home;
    Fakes fakes;
    MockWebServer server;

    @BeforeEach
    void setUp() throws Exception {
        fakes = new Fakes(home);
        server = new MockWebServer();
        server.start();
    }

    @AfterEach
    void tearDown() {
        server.close();
    }

    private HuaweiAkSkCredentials profile() {
        return (HuaweiAkSkCredentials) HuaweiProfileCredentialsProvider.builder().systemContext(fakes.context())
                .build().resolveCredentials();
    }

    private HuaweiMetadataCredentialsProvider metadata() {
        return HuaweiMetadataCredentialsProvider.builder().systemContext(fakes.context())
                .metadataEndpoint(server.url("/").toString()).build();
    }

    private static MockResponse ok(String body) {
        return new MockResponse.Builder().code(200).body(body).build();
    }

    @Test
    void environmentProvider() {
        fakes.env("HUAWEICLOUD_SDK_AK", "AK_ENV").env("HUAWEICLOUD_SDK_SK", "SK_ENV")
                .env("HUAWEICLOUD_SDK_SECURITY_TOKEN", "TK").env("HUAWEICLOUD_SDK_PROJECT_ID", "p1")
                .env("HUAWEICLOUD_SDK_DOMAIN_ID", "d1");
        HuaweiCredentials c = HuaweiEnvironmentCredentialsProvider.create(fakes.context()).resolveCredentials();
        assertThat(c).isEqualTo(HuaweiAkSkCredentials.builder().accessKey("AK_ENV").secretKey("SK_ENV")
                .securityToken("TK").projectId("p1").domainId("d1").build());
    }

    @Test
    void profileMergesBasicAndGlobalWhenTheyShareTheAk() {
        fakes.write(".huaweicloud/credentials", """
                [basic]
                ak = AK1
                sk = SK1
                project_id = proj1
                [global]
                ak = AK1
                sk = SK1
                domain_id = dom1
                """);
        HuaweiAkSkCredentials c = profile();
        assertThat(c.accessKey()).isEqualTo("AK1");
        assertThat(c.projectId()).isEqualTo("proj1");
        assertThat(c.domainId()).isEqualTo("dom1");
    }

    @Test
    void profilePrefersBasicAndIgnoresGlobalWithAnotherAk() {
        fakes.write(".huaweicloud/credentials", """
                [basic]
                ak = AK1
                sk = SK1
                security_token = TK1
                project_id = proj1
                [global]
                ak = AK2
                sk = SK2
                domain_id = dom2
                """);
        HuaweiAkSkCredentials c = profile();
        assertThat(c.accessKey()).isEqualTo("AK1");
        assertThat(c.securityToken()).isEqualTo("TK1");
        assertThat(c.domainId()).isNull();
    }

    @Test
    void profileGlobalOnlyAndFileFromEnvironment() {
        Path f = fakes.write("x/creds.ini", """
                [global]
                ak = AKG
                sk = SKG
                domain_id = domG
                """);
        fakes.env("HUAWEICLOUD_SDK_CREDENTIALS_FILE", f.toString());
        HuaweiAkSkCredentials c = profile();
        assertThat(c.accessKey()).isEqualTo("AKG");
        assertThat(c.domainId()).isEqualTo("domG");
        assertThat(c.projectId()).isNull();
    }

    @Test
    void profileMissingFileAndEmptySectionsAreNotFound() {
        assertThatThrownBy(this::profile).isExactlyInstanceOf(CredentialsException.class)
                .hasMessageContaining("not found");
        fakes.write(".huaweicloud/credentials", "[basic]\nproject_id = p\n");
        assertThatThrownBy(this::profile).isExactlyInstanceOf(CredentialsException.class)
                .hasMessageContaining("no [basic] or [global]");
    }

    @Test
    void profileMalformedNamesFileAndLineWithoutSecret() {
        Path f = fakes.write(".huaweicloud/credentials", "[basic]\nak = AK1\nsk Sup3rS3cret\n");
        assertThatThrownBy(this::profile).isInstanceOf(MalformedCredentialsException.class)
                .hasMessageContaining(f.toString()).hasMessageContaining("line 3")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("Sup3rS3cret"));
        fakes.write(".huaweicloud/credentials", "\n[global]\nak = AK1\n");
        assertThatThrownBy(this::profile).isInstanceOf(MalformedCredentialsException.class)
                .hasMessageContaining("line 2").hasMessageContaining("no 'sk'");
    }

    @Test
    void metadataFlowCachesAndRefreshes() throws Exception {
        fakes.env("HUAWEICLOUD_SDK_PROJECT_ID", "projEnv");
        server.enqueue(ok(SECURITY_KEY));
        var p = metadata();
        HuaweiAkSkCredentials c = p.resolveCredentials();
        assertThat(c.accessKey()).isEqualTo("TMPAK1");
        assertThat(c.secretKey()).isEqualTo("TmpSecret1");
        assertThat(c.securityToken()).isEqualTo("TmpToken1");
        assertThat(c.expiration()).isEqualTo(Instant.parse("2024-05-01T01:00:00Z"));
        assertThat(c.projectId()).isEqualTo("projEnv");
        RecordedRequest r = server.takeRequest(5, TimeUnit.SECONDS);
        assertThat(r.getMethod()).isEqualTo("GET");
        assertThat(r.getUrl().encodedPath()).isEqualTo("/openstack/latest/securitykey");

        assertThat(p.resolveCredentials()).isSameAs(c);
        assertThat(server.getRequestCount()).isEqualTo(1);

        fakes.clock.advance(Duration.ofMinutes(56));
        server.enqueue(ok(SECURITY_KEY.replace("TMPAK1", "TMPAK2").replace("01:00:00", "02:00:00")));
        assertThat(p.resolveCredentials().accessKey()).isEqualTo("TMPAK2");
    }

    @Test
    void metadataFailureKeepsLastGoodThenNamesSource() {
        server.enqueue(ok(SECURITY_KEY));
        var p = metadata();
        HuaweiAkSkCredentials c = p.resolveCredentials();
        fakes.clock.advance(Duration.ofMinutes(59).plusSeconds(30));
        server.enqueue(new MockResponse.Builder().code(404).build());
        assertThat(p.resolveCredentials()).isSameAs(c);
        fakes.clock.advance(Duration.ofMinutes(1));
        server.enqueue(new MockResponse.Builder().code(404).build());
        assertThatThrownBy(p::resolveCredentials).isInstanceOf(CredentialsException.class)
                .hasMessageContaining("ECS metadata security key at").hasMessageContaining("HTTP 404");
    }

    @Test
    void defaultChainPrecedence() {
        fakes.env("HUAWEICLOUD_SDK_AK", "AK_ENV").env("HUAWEICLOUD_SDK_SK", "SK_ENV");
        fakes.write(".huaweicloud/credentials", "[basic]\nak = AK_FILE\nsk = SK_FILE\n");
        server.enqueue(ok(SECURITY_KEY));
        String endpoint = server.url("/").toString();
        assertThat(((HuaweiAkSkCredentials) HuaweiDefaultCredentialsProvider.create(fakes.context(), endpoint)
                .resolveCredentials()).accessKey()).isEqualTo("AK_ENV");
        fakes.env.clear();
        assertThat(((HuaweiAkSkCredentials) HuaweiDefaultCredentialsProvider.create(fakes.context(), endpoint)
                .resolveCredentials()).accessKey()).isEqualTo("AK_FILE");
        fakes.env("HUAWEICLOUD_SDK_CREDENTIALS_FILE", home.resolve("absent").toString());
        assertThat(((HuaweiAkSkCredentials) HuaweiDefaultCredentialsProvider.create(fakes.context(), endpoint)
                .resolveCredentials()).accessKey()).isEqualTo("TMPAK1");
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void defaultChainStopsAtMalformedProfile() {
        fakes.write(".huaweicloud/credentials", "ak = AK1\n");
        assertThatThrownBy(() -> HuaweiDefaultCredentialsProvider.create(fakes.context(), server.url("/").toString())
                .resolveCredentials()).isInstanceOf(MalformedCredentialsException.class).hasMessageContaining("line 1");
        assertThat(server.getRequestCount()).isZero();
    }
}
