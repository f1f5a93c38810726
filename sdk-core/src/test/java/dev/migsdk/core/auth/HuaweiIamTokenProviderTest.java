package dev.migsdk.core.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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

class HuaweiIamTokenProviderTest {
    private static final String PASSWORD = "P@ssw0rd-Very-Secret";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path home;
    Fakes fakes;
    MockWebServer server;

    @BeforeEach
    void setUp() throws Exception {
        fakes = new Fakes(home);
        fakes.clock.set(Instant.parse("2020-01-03T09:05:22Z"));
        server = new MockWebServer();
        server.start();
    }

    @AfterEach
    void tearDown() {
        server.close();
    }

    private HuaweiIamTokenProvider.Builder builder() {
        return HuaweiIamTokenProvider.builder().systemContext(fakes.context())
                .iamEndpoint(server.url("/").toString()).allowPlainHttp(true)
                .accountName("my-account").userName("bot").password(PASSWORD);
    }

    private static MockResponse tokenResponse(String token, String expiresAt) {
        return new MockResponse.Builder().code(201).addHeader("X-Subject-Token", token)
                .addHeader("Content-Type", "application/json")
                .body("{\"token\":{\"expires_at\":\"" + expiresAt + "\",\"methods\":[\"password\"],"
                        + "\"project\":{\"id\":\"proj-from-iam\",\"name\":\"cn-north-4\"},"
                        + "\"user\":{\"name\":\"bot\",\"domain\":{\"id\":\"dom-from-iam\",\"name\":\"my-account\"}}}}")
                .build();
    }

    @Test
    void fetchesProjectScopedTokenWithDocumentedRequest() throws Exception {
        server.enqueue(tokenResponse("MIIToken-1", "2020-01-04T09:05:22.701000Z"));
        HuaweiTokenCredentials c = builder().projectScope("cn-north-4").build().resolveCredentials();

        assertThat(c.token()).isEqualTo("MIIToken-1");
        assertThat(c.expiration()).isEqualTo(Instant.parse("2020-01-04T09:05:22.701Z"));
        assertThat(c.projectId()).isEqualTo("proj-from-iam");
        assertThat(c.domainId()).isEqualTo("dom-from-iam");

        RecordedRequest r = server.takeRequest(5, TimeUnit.SECONDS);
        assertThat(r.getMethod()).isEqualTo("POST");
        assertThat(r.getUrl().encodedPath()).isEqualTo("/v3/auth/tokens");
        assertThat(r.getHeaders().get("Content-Type")).isEqualTo("application/json;charset=utf8");
        JsonNode expected = JSON.readTree("""
                {"auth":{"identity":{"methods":["password"],"password":{"user":{"domain":{"name":"my-account"},
                "name":"bot","password":"P@ssw0rd-Very-Secret"}}},"scope":{"project":{"name":"cn-north-4"}}}}""");
        assertThat(JSON.readTree(r.getBody().utf8())).isEqualTo(expected);
    }

    @Test
    void domainScopeAndConfiguredIdsWin() throws Exception {
        server.enqueue(tokenResponse("MIIToken-1", "2020-01-04T09:05:22.701000Z"));
        HuaweiTokenCredentials c = builder().projectScope("ignored").domainScope()
                .projectId("p-conf").domainId("d-conf").build().resolveCredentials();
        assertThat(c.projectId()).isEqualTo("p-conf");
        assertThat(c.domainId()).isEqualTo("d-conf");
        JsonNode body = JSON.readTree(server.takeRequest(5, TimeUnit.SECONDS).getBody().utf8());
        assertThat(body.path("auth").path("scope")).isEqualTo(JSON.readTree("{\"domain\":{\"name\":\"my-account\"}}"));
    }

    @Test
    void cachesAndRefreshesAnHourAheadOfExpiry() {
        server.enqueue(tokenResponse("MIIToken-1", "2020-01-04T09:05:22.701000Z"));
        var p = builder().projectScope("cn-north-4").build();
        assertThat(p.resolveCredentials().token()).isEqualTo("MIIToken-1");
        fakes.clock.advance(Duration.ofHours(22).plusMinutes(59));
        assertThat(p.resolveCredentials().token()).isEqualTo("MIIToken-1");
        assertThat(server.getRequestCount()).isEqualTo(1);

        fakes.clock.advance(Duration.ofMinutes(2)); // 58 minutes left: inside the 1 h prefetch window
        server.enqueue(tokenResponse("MIIToken-2", "2020-01-05T09:05:22.000000Z"));
        assertThat(p.resolveCredentials().token()).isEqualTo("MIIToken-2");
        assertThat(server.getRequestCount()).isEqualTo(2);
    }

    @Test
    void failedRefreshKeepsTheTokenUntilItExpires() {
        server.enqueue(tokenResponse("MIIToken-1", "2020-01-04T09:05:22.701000Z"));
        var p = builder().projectScope("cn-north-4").build();
        p.resolveCredentials();
        fakes.clock.advance(Duration.ofHours(23).plusMinutes(30));
        server.enqueue(new MockResponse.Builder().code(503).body("busy").build());
        assertThat(p.resolveCredentials().token()).isEqualTo("MIIToken-1");
        fakes.clock.advance(Duration.ofHours(1));
        server.enqueue(new MockResponse.Builder().code(503).body("busy").build());
        assertThatThrownBy(p::resolveCredentials).isInstanceOf(CredentialsException.class)
                .hasMessageContaining("IAM token for user 'bot' of account 'my-account'")
                .hasMessageContaining("HTTP 503");
    }

    @Test
    void invalidateFetchesANewToken() {
        server.enqueue(tokenResponse("MIIToken-1", "2020-01-04T09:05:22.701000Z"));
        server.enqueue(tokenResponse("MIIToken-2", "2020-01-04T09:05:22.701000Z"));
        var p = builder().projectScope("cn-north-4").build();
        p.resolveCredentials();
        p.invalidate();
        assertThat(p.resolveCredentials().token()).isEqualTo("MIIToken-2");
    }

    @Test
    void iamErrorBecomesCredentialsExceptionWithStatusAndMessageButNoPassword() {
        server.enqueue(new MockResponse.Builder().code(401).body(
                "{\"error\":{\"code\":401,\"message\":\"The username or password is wrong. (" + PASSWORD + ")\","
                        + "\"title\":\"Unauthorized\"}}").build());
        assertThatThrownBy(() -> builder().projectScope("cn-north-4").build().resolveCredentials())
                .isInstanceOf(CredentialsException.class)
                .hasMessageContaining("HTTP 401")
                .hasMessageContaining("The username or password is wrong.")
                .hasMessageContaining("Unauthorized")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain(PASSWORD));
    }

    @Test
    void missingSubjectTokenHeaderIsAnError() {
        server.enqueue(new MockResponse.Builder().code(201).body("{\"token\":{\"expires_at\":\"2020-01-04T09:05:22Z\"}}")
                .build());
        assertThatThrownBy(() -> builder().projectScope("cn-north-4").build().resolveCredentials())
                .hasMessageContaining("X-Subject-Token");
    }

    @Test
    void endpointFromEnvironmentAndHttpsRequiredByDefault() {
        fakes.env("HUAWEICLOUD_SDK_IAM_ENDPOINT", server.url("/").toString());
        assertThatThrownBy(() -> HuaweiIamTokenProvider.builder().systemContext(fakes.context())
                .accountName("a").userName("u").password("p").projectScope("r").build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("https");
        server.enqueue(tokenResponse("MIIToken-env", "2020-01-04T09:05:22.701000Z"));
        var p = HuaweiIamTokenProvider.builder().systemContext(fakes.context()).allowPlainHttp(true)
                .accountName("a").userName("u").password("p").projectScope("r").build();
        assertThat(p.resolveCredentials().token()).isEqualTo("MIIToken-env");
        assertThat(p.toString()).contains(server.url("/v3/auth/tokens").toString());
        var byDefault = HuaweiIamTokenProvider.builder().accountName("a").userName("u").password("p")
                .projectScope("r").systemContext(new Fakes(home).context()).build();
        assertThat(byDefault.toString()).contains("https://iam.myhuaweicloud.com/v3/auth/tokens");
    }

    @Test
    void builderRequiresScopeAndIdentity() {
        assertThatThrownBy(() -> builder().build()).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("scope");
        assertThatThrownBy(() -> builder().password((String) null).projectScope("r").build())
                .isInstanceOf(NullPointerException.class).hasMessageContaining("password");
        assertThatThrownBy(() -> builder().userName(null).projectScope("r").build())
                .isInstanceOf(NullPointerException.class).hasMessageContaining("userName");
    }

    @Test
    void passwordNeverInToString() {
        var b = builder().projectScope("cn-north-4");
        assertThat(b.toString()).doesNotContain(PASSWORD);
        assertThat(b.build().toString()).doesNotContain(PASSWORD).contains("bot").contains("cn-north-4");
    }
}
