package dev.migsdk.core.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.migsdk.core.exception.CredentialsException;
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

class AlibabaEcsRamRoleCredentialsProviderTest {
    static final String CREDS_JSON = """
            {"AccessKeyId":"STS.ECS1","AccessKeySecret":"EcsSecret1","SecurityToken":"EcsToken1",
             "Expiration":"2024-05-01T06:00:00Z","LastUpdated":"2024-05-01T00:00:00Z","Code":"Success"}""";

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

    private AlibabaEcsRamRoleCredentialsProvider.Builder builder() {
        return AlibabaEcsRamRoleCredentialsProvider.builder().systemContext(fakes.context())
                .metadataEndpoint(server.url("/").toString());
    }

    static MockResponse ok(String body) {
        return new MockResponse.Builder().code(200).body(body).build();
    }

    static MockResponse status(int code) {
        return new MockResponse.Builder().code(code).body("").build();
    }

    private RecordedRequest take() throws InterruptedException {
        RecordedRequest r = server.takeRequest(5, TimeUnit.SECONDS);
        assertThat(r).isNotNull();
        return r;
    }

    @Test
    void imdsV2FetchesTokenThenListsRoleThenCredentialsWithTokenHeader() throws Exception {
        server.enqueue(ok("imds-session-token"));
        server.enqueue(ok("MyEcsRole\n"));
        server.enqueue(ok(CREDS_JSON));

        AlibabaCredentials c = builder().build().resolveCredentials();

        assertThat(c.accessKeyId()).isEqualTo("STS.ECS1");
        assertThat(c.accessKeySecret()).isEqualTo("EcsSecret1");
        assertThat(c.securityToken()).isEqualTo("EcsToken1");
        assertThat(c.expiration()).isEqualTo(Instant.parse("2024-05-01T06:00:00Z"));

        RecordedRequest put = take();
        assertThat(put.getMethod()).isEqualTo("PUT");
        assertThat(put.getUrl().encodedPath()).isEqualTo("/latest/api/token");
        assertThat(put.getHeaders().get("X-aliyun-ecs-metadata-token-ttl-seconds")).isEqualTo("21600");
        RecordedRequest list = take();
        assertThat(list.getMethod()).isEqualTo("GET");
        assertThat(list.getUrl().encodedPath()).isEqualTo("/latest/meta-data/ram/security-credentials/");
        assertThat(list.getHeaders().get("X-aliyun-ecs-metadata-token")).isEqualTo("imds-session-token");
        RecordedRequest get = take();
        assertThat(get.getUrl().encodedPath()).isEqualTo("/latest/meta-data/ram/security-credentials/MyEcsRole");
        assertThat(get.getHeaders().get("X-aliyun-ecs-metadata-token")).isEqualTo("imds-session-token");
    }

    @Test
    void roleFromEnvironmentSkipsListing() throws Exception {
        fakes.env("ALIBABA_CLOUD_ECS_METADATA", "EnvRole");
        server.enqueue(ok("tok"));
        server.enqueue(ok(CREDS_JSON));
        builder().build().resolveCredentials();
        take();
        assertThat(take().getUrl().encodedPath()).isEqualTo("/latest/meta-data/ram/security-credentials/EnvRole");
        assertThat(server.getRequestCount()).isEqualTo(2);
    }

    @Test
    void fallsBackToImdsV1WithoutTokenHeader() throws Exception {
        server.enqueue(status(403));
        server.enqueue(ok(CREDS_JSON));
        AlibabaCredentials c = builder().roleName("R").build().resolveCredentials();
        assertThat(c.accessKeyId()).isEqualTo("STS.ECS1");
        assertThat(take().getMethod()).isEqualTo("PUT");
        RecordedRequest get = take();
        assertThat(get.getUrl().encodedPath()).endsWith("/security-credentials/R");
        assertThat(get.getHeaders().get("X-aliyun-ecs-metadata-token")).isNull();
    }

    @Test
    void noV1FallbackWhenDisabledByEnvironmentOrBuilder() {
        fakes.env("ALIBABA_CLOUD_IMDSV1_DISABLED", "true");
        server.enqueue(status(403));
        assertThatThrownBy(() -> builder().roleName("R").build().resolveCredentials())
                .isInstanceOf(CredentialsException.class)
                .hasMessageContaining("IMDSv1 fallback is disabled");
        assertThat(server.getRequestCount()).isEqualTo(1);

        fakes.env.remove("ALIBABA_CLOUD_IMDSV1_DISABLED");
        server.enqueue(status(500));
        assertThatThrownBy(() -> builder().roleName("R").imdsV1Disabled(true).build().resolveCredentials())
                .hasMessageContaining("IMDSv1 fallback is disabled");
        assertThat(server.getRequestCount()).isEqualTo(2);
    }

    @Test
    void disabledByEnvironmentMakesNoRequest() {
        fakes.env("ALIBABA_CLOUD_ECS_METADATA_DISABLED", "true");
        assertThatThrownBy(() -> builder().build().resolveCredentials()).hasMessageContaining("disabled");
        assertThat(server.getRequestCount()).isZero();
    }

    @Test
    void noRoleAttached() {
        server.enqueue(ok("tok"));
        server.enqueue(status(404));
        assertThatThrownBy(() -> builder().build().resolveCredentials())
                .isInstanceOf(CredentialsException.class).hasMessageContaining("No RAM role");
    }

    @Test
    void cachesAndRefreshesFiveMinutesBeforeExpiry() {
        server.enqueue(ok("tok"));
        server.enqueue(ok(CREDS_JSON));
        var p = builder().roleName("R").build();
        p.resolveCredentials();
        fakes.clock.advance(Duration.ofHours(5).plusMinutes(50));
        assertThat(p.resolveCredentials().accessKeyId()).isEqualTo("STS.ECS1");
        assertThat(server.getRequestCount()).isEqualTo(2);

        fakes.clock.advance(Duration.ofMinutes(6)); // 4 minutes left
        server.enqueue(ok("tok2"));
        server.enqueue(ok(CREDS_JSON.replace("STS.ECS1", "STS.ECS2").replace("06:00:00Z", "12:00:00Z")));
        assertThat(p.resolveCredentials().accessKeyId()).isEqualTo("STS.ECS2");
        assertThat(server.getRequestCount()).isEqualTo(4);
    }

    @Test
    void failedRefreshKeepsCachedCredentialsUntilExpiry() {
        server.enqueue(ok("tok"));
        server.enqueue(ok(CREDS_JSON));
        var p = builder().roleName("R").build();
        AlibabaCredentials first = p.resolveCredentials();
        fakes.clock.advance(Duration.ofHours(5).plusMinutes(59)); // stale
        server.enqueue(ok("tok"));
        server.enqueue(status(500));
        assertThat(p.resolveCredentials()).isEqualTo(first);
        fakes.clock.advance(Duration.ofMinutes(2)); // expired
        server.enqueue(ok("tok"));
        server.enqueue(status(500));
        assertThatThrownBy(p::resolveCredentials)
                .isInstanceOf(CredentialsException.class)
                .hasMessageContaining("ECS RAM role credentials at")
                .hasMessageContaining("HTTP 500")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("EcsSecret1"));
    }

    @Test
    void invalidateRefetches() {
        server.enqueue(ok("tok"));
        server.enqueue(ok(CREDS_JSON));
        var p = builder().roleName("R").build();
        p.resolveCredentials();
        p.invalidate();
        server.enqueue(ok("tok"));
        server.enqueue(ok(CREDS_JSON.replace("STS.ECS1", "STS.ECS3")));
        assertThat(p.resolveCredentials().accessKeyId()).isEqualTo("STS.ECS3");
    }

    @Test
    void malformedResponseDoesNotEchoSecret() {
        server.enqueue(ok("tok"));
        server.enqueue(ok("{\"AccessKeyId\":\"A\",\"AccessKeySecret\": Sup3rS3cret}"));
        assertThatThrownBy(() -> builder().roleName("R").build().resolveCredentials())
                .isInstanceOf(CredentialsException.class)
                .hasMessageContaining("line 1")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("Sup3rS3cret"));
    }

    @Test
    void unreachableEndpointFailsQuicklyWithSourceNamed() {
        server.close();
        assertThatThrownBy(() -> builder().roleName("R").build().resolveCredentials())
                .isInstanceOf(CredentialsException.class)
                .hasMessageContaining("ECS RAM role credentials at");
    }
}
