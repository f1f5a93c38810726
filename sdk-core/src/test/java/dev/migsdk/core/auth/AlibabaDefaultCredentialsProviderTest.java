package dev.migsdk.core.auth;

import static dev.migsdk.core.auth.AlibabaEcsRamRoleCredentialsProviderTest.CREDS_JSON;
import static dev.migsdk.core.auth.AlibabaEcsRamRoleCredentialsProviderTest.ok;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.migsdk.core.exception.CredentialsException;
import dev.migsdk.core.exception.MalformedCredentialsException;
import java.nio.file.Path;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AlibabaDefaultCredentialsProviderTest {
    @TempDir
    Path home;
    Fakes fakes;
    MockWebServer server;

    @BeforeEach
    void setUp() throws Exception {
        fakes = new Fakes(home);
        server = new MockWebServer();
        server.start();
        fakes.prop("alibabacloud.accessKeyId", "AK_PROP").prop("alibabacloud.accessKeySecret", "SK_PROP");
        fakes.env("ALIBABA_CLOUD_ACCESS_KEY_ID", "AK_ENV").env("ALIBABA_CLOUD_ACCESS_KEY_SECRET", "SK_ENV");
        fakes.write(".aliyun/config.json", """
                {"current":"default","profiles":[
                 {"name":"default","mode":"AK","access_key_id":"AK_CLI","access_key_secret":"SK_CLI"}]}""");
        fakes.write(".alibabacloud/credentials.ini", """
                [default]
                enable = true
                type = access_key
                access_key_id = AK_INI
                access_key_secret = SK_INI
                """);
    }

    @AfterEach
    void tearDown() {
        server.close();
    }

    private String resolveId() {
        return AlibabaDefaultCredentialsProvider.create(fakes.context(), server.url("/").toString())
                .resolveCredentials().accessKeyId();
    }

    @Test
    void precedenceFollowsProtocolsOrder() {
        assertThat(resolveId()).isEqualTo("AK_PROP");
        fakes.props.clear();
        assertThat(resolveId()).isEqualTo("AK_ENV");
        fakes.env.clear();
        assertThat(resolveId()).isEqualTo("AK_CLI"); // CLI profile (4) before the INI file (5)
        fakes.env("ALIBABA_CLOUD_CLI_PROFILE_DISABLED", "true");
        assertThat(resolveId()).isEqualTo("AK_INI");
        fakes.env("ALIBABA_CLOUD_PROFILE", "absent");
        server.enqueue(ok("tok"));
        server.enqueue(ok("Role"));
        server.enqueue(ok(CREDS_JSON));
        assertThat(resolveId()).isEqualTo("STS.ECS1");
        assertThat(server.getRequestCount()).isEqualTo(3);
    }

    @Test
    void environmentSecurityTokenIsCarried() {
        fakes.props.clear();
        fakes.env("ALIBABA_CLOUD_SECURITY_TOKEN", "TK_ENV");
        AlibabaCredentials c = AlibabaDefaultCredentialsProvider.create(fakes.context(), server.url("/").toString())
                .resolveCredentials();
        assertThat(c.securityToken()).isEqualTo("TK_ENV");
    }

    @Test
    void nothingFoundListsEverySourceAndSkipsDisabledMetadata() {
        fakes.props.clear();
        fakes.env.clear();
        fakes.env("ALIBABA_CLOUD_CLI_PROFILE_DISABLED", "true");
        fakes.env("ALIBABA_CLOUD_CREDENTIALS_FILE", home.resolve("none.ini").toString());
        fakes.env("ALIBABA_CLOUD_ECS_METADATA_DISABLED", "true");
        assertThatThrownBy(this::resolveId)
                .isExactlyInstanceOf(CredentialsException.class)
                .hasMessageContaining("AlibabaSystemPropertiesCredentialsProvider")
                .hasMessageContaining("AlibabaEnvironmentCredentialsProvider")
                .hasMessageContaining("AlibabaCliProfileCredentialsProvider")
                .hasMessageContaining("AlibabaIniFileCredentialsProvider")
                .hasMessageContaining("AlibabaEcsRamRoleCredentialsProvider");
        assertThat(server.getRequestCount()).isZero();
    }

    @Test
    void malformedCliConfigStopsTheChain() {
        fakes.props.clear();
        fakes.env.clear();
        fakes.write(".aliyun/config.json", "{ \"current\": \"default\",\n  \"profiles\": [ oops ] }");
        assertThatThrownBy(this::resolveId)
                .isInstanceOf(MalformedCredentialsException.class)
                .hasMessageContaining("config.json")
                .hasMessageContaining("line 2");
        assertThat(server.getRequestCount()).isZero();
    }

    @Test
    void iniEcsRamRoleTypeDelegatesToMetadataWithRoleName() throws Exception {
        fakes.props.clear();
        fakes.env.clear();
        fakes.env("ALIBABA_CLOUD_CLI_PROFILE_DISABLED", "true");
        fakes.write(".alibabacloud/credentials.ini", """
                [default]
                enable = true
                type = ecs_ram_role
                role_name = IniRole
                """);
        server.enqueue(ok("tok"));
        server.enqueue(ok(CREDS_JSON));
        var chain = AlibabaDefaultCredentialsProvider.create(fakes.context(), server.url("/").toString());
        assertThat(chain.resolveCredentials().accessKeyId()).isEqualTo("STS.ECS1");
        assertThat(chain.resolveCredentials().accessKeyId()).isEqualTo("STS.ECS1"); // cached by the delegate
        server.takeRequest();
        assertThat(server.takeRequest().getUrl().encodedPath()).endsWith("/security-credentials/IniRole");
        assertThat(server.getRequestCount()).isEqualTo(2);
    }
}
