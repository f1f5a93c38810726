package dev.migsdk.core.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.migsdk.core.exception.CredentialsException;
import dev.migsdk.core.exception.MalformedCredentialsException;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AlibabaFileProvidersTest {
    private static final String CLI_CONFIG = """
            {
              "current": "dev",
              "profiles": [
                {"name": "default", "mode": "AK", "access_key_id": "AK_DEFAULT", "access_key_secret": "SK_DEFAULT"},
                {"name": "dev", "mode": "AK", "access_key_id": "AK_DEV", "access_key_secret": "SK_DEV",
                 "region_id": "cn-hangzhou"},
                {"name": "sts", "mode": "StsToken", "access_key_id": "STS.AK", "access_key_secret": "SK_STS",
                 "sts_token": "TOKEN_STS"},
                {"name": "role", "mode": "RamRoleArn", "access_key_id": "AK", "access_key_secret": "SK",
                 "ram_role_arn": "acs:ram::1:role/x"}
              ]
            }
            """;

    @TempDir
    Path home;
    Fakes fakes;

    @BeforeEach
    void setUp() {
        fakes = new Fakes(home);
    }

    private AlibabaCliProfileCredentialsProvider cli() {
        return AlibabaCliProfileCredentialsProvider.builder().systemContext(fakes.context()).build();
    }

    private AlibabaIniFileCredentialsProvider ini() {
        return AlibabaIniFileCredentialsProvider.builder().systemContext(fakes.context()).build();
    }

    @Test
    void systemPropertiesIncludingLegacySecretName() {
        fakes.prop("alibabacloud.accessKeyId", "AKP").prop("alibabacloud.accessKeyIdSecret", "SKP")
                .prop("alibabacloud.sessionToken", "TKP");
        AlibabaCredentials c = AlibabaSystemPropertiesCredentialsProvider.create(fakes.context()).resolveCredentials();
        assertThat(c).isEqualTo(AlibabaCredentials.of("AKP", "SKP", "TKP"));
        assertThatThrownBy(() -> AlibabaSystemPropertiesCredentialsProvider.create(new Fakes(home).context())
                .resolveCredentials()).isInstanceOf(CredentialsException.class).hasMessageContaining("not both set");
    }

    @Test
    void cliUsesCurrentProfileByDefault() {
        fakes.write(".aliyun/config.json", CLI_CONFIG);
        assertThat(cli().resolveCredentials()).isEqualTo(AlibabaCredentials.of("AK_DEV", "SK_DEV"));
    }

    @Test
    void cliProfileFromEnvironmentOverridesCurrentAndBuilderOverridesBoth() {
        fakes.write(".aliyun/config.json", CLI_CONFIG);
        fakes.env("ALIBABA_CLOUD_PROFILE", "sts");
        assertThat(cli().resolveCredentials()).isEqualTo(AlibabaCredentials.of("STS.AK", "SK_STS", "TOKEN_STS"));
        AlibabaCliProfileCredentialsProvider explicit = AlibabaCliProfileCredentialsProvider.builder()
                .systemContext(fakes.context()).profileName("default").build();
        assertThat(explicit.resolveCredentials().accessKeyId()).isEqualTo("AK_DEFAULT");
    }

    @Test
    void cliFallsBackToDefaultProfileWithoutCurrent() {
        fakes.write(".aliyun/config.json", """
                {"profiles":[{"name":"default","mode":"AK","access_key_id":"A","access_key_secret":"S"}]}""");
        assertThat(cli().resolveCredentials().accessKeyId()).isEqualTo("A");
    }

    @Test
    void cliUnsupportedModeMissingProfileAndMissingFileAreNotFound() {
        assertThatThrownBy(() -> cli().resolveCredentials())
                .isExactlyInstanceOf(CredentialsException.class).hasMessageContaining("not found");
        fakes.write(".aliyun/config.json", CLI_CONFIG);
        fakes.env("ALIBABA_CLOUD_PROFILE", "role");
        assertThatThrownBy(() -> cli().resolveCredentials())
                .isExactlyInstanceOf(CredentialsException.class).hasMessageContaining("RamRoleArn");
        fakes.env("ALIBABA_CLOUD_PROFILE", "nope");
        assertThatThrownBy(() -> cli().resolveCredentials())
                .isExactlyInstanceOf(CredentialsException.class).hasMessageContaining("Profile 'nope' not found");
    }

    @Test
    void cliDisabledFlag() {
        fakes.write(".aliyun/config.json", CLI_CONFIG);
        fakes.env("ALIBABA_CLOUD_CLI_PROFILE_DISABLED", "true");
        assertThatThrownBy(() -> cli().resolveCredentials()).hasMessageContaining("disabled");
    }

    @Test
    void cliMalformedJsonNamesFileAndLineWithoutSecret() {
        Path file = fakes.write(".aliyun/config.json", """
                {
                  "current": "default",
                  "profiles": [
                    {"name": "default", "mode": "AK", "access_key_id": "AK1", "access_key_secret": Sup3rS3cret}
                  ]
                }
                """);
        assertThatThrownBy(() -> cli().resolveCredentials())
                .isInstanceOf(MalformedCredentialsException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining("line 4")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("Sup3rS3cret"));
    }

    @Test
    void cliProfileMissingSecretIsMalformed() {
        fakes.write(".aliyun/config.json", """
                {"current":"default","profiles":[{"name":"default","mode":"StsToken","access_key_id":"A",
                "access_key_secret":"S"}]}""");
        assertThatThrownBy(() -> cli().resolveCredentials())
                .isInstanceOf(MalformedCredentialsException.class).hasMessageContaining("no sts_token");
    }

    @Test
    void iniDefaultSectionAndProfileSelection() {
        fakes.write(".alibabacloud/credentials.ini", """
                [default]
                enable = true
                type = access_key
                access_key_id = AK_INI
                access_key_secret = SK_INI

                [project]
                enable = true
                type = access_key
                access_key_id = AK_PROJECT
                access_key_secret = SK_PROJECT
                """);
        assertThat(ini().resolveCredentials()).isEqualTo(AlibabaCredentials.of("AK_INI", "SK_INI"));
        fakes.env("ALIBABA_CLOUD_PROFILE", "project");
        assertThat(ini().resolveCredentials().accessKeyId()).isEqualTo("AK_PROJECT");
    }

    @Test
    void iniFileFromEnvironment() {
        Path custom = fakes.write("elsewhere/my.ini", """
                [default]
                enable = true
                type = access_key
                access_key_id = AK_CUSTOM
                access_key_secret = SK_CUSTOM
                """);
        fakes.env("ALIBABA_CLOUD_CREDENTIALS_FILE", custom.toString());
        assertThat(ini().resolveCredentials().accessKeyId()).isEqualTo("AK_CUSTOM");
    }

    @Test
    void iniSectionMustBeEnabled() {
        fakes.write(".alibabacloud/credentials.ini", """
                [default]
                enable = false
                type = access_key
                access_key_id = A
                access_key_secret = S
                """);
        assertThatThrownBy(() -> ini().resolveCredentials())
                .isExactlyInstanceOf(CredentialsException.class).hasMessageContaining("not enabled");
    }

    @Test
    void iniMissingFileOrSectionIsNotFound() {
        assertThatThrownBy(() -> ini().resolveCredentials())
                .isExactlyInstanceOf(CredentialsException.class).hasMessageContaining("not found");
        fakes.write(".alibabacloud/credentials.ini", "[other]\nenable = true\n");
        assertThatThrownBy(() -> ini().resolveCredentials())
                .isExactlyInstanceOf(CredentialsException.class).hasMessageContaining("[default] not found");
    }

    @Test
    void iniMalformedLineNamesFileAndLineWithoutSecret() {
        Path file = fakes.write(".alibabacloud/credentials.ini", """
                [default]
                enable = true
                access_key_secret: Sup3rS3cret
                """);
        assertThatThrownBy(() -> ini().resolveCredentials())
                .isInstanceOf(MalformedCredentialsException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining("line 3")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("Sup3rS3cret"));
    }

    @Test
    void iniMissingKeyNamesSectionLine() {
        fakes.write(".alibabacloud/credentials.ini", """
                # header

                [default]
                enable = true
                type = access_key
                access_key_id = A
                """);
        assertThatThrownBy(() -> ini().resolveCredentials())
                .isInstanceOf(MalformedCredentialsException.class)
                .hasMessageContaining("line 3").hasMessageContaining("access_key_secret");
    }

    @Test
    void iniUnsupportedTypeIsNotApplicable() {
        fakes.write(".alibabacloud/credentials.ini", """
                [default]
                enable = true
                type = rsa_key_pair
                """);
        assertThatThrownBy(() -> ini().resolveCredentials())
                .isExactlyInstanceOf(CredentialsException.class).hasMessageContaining("rsa_key_pair");
    }
}
