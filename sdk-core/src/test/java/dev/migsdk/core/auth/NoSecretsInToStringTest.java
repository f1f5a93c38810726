package dev.migsdk.core.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** No provider or credentials object may print a secret. */
class NoSecretsInToStringTest {
    private static final String SECRET = "S3cretValue";
    private static final String TOKEN = "T0kenValue";
    /** Nothing listens here: resolving fails fast and never reaches a real metadata or IAM host. */
    private static final String CLOSED = "http://127.0.0.1:9";

    @TempDir
    Path home;

    @Test
    void credentialsHideSecrets() {
        Instant exp = Instant.parse("2030-01-01T00:00:00Z");
        List<Object> all = List.of(
                AlibabaCredentials.of("AKID", SECRET),
                AlibabaCredentials.of("AKID", SECRET, TOKEN, exp),
                HuaweiAkSkCredentials.builder().accessKey("AK").secretKey(SECRET).securityToken(TOKEN)
                        .projectId("p").domainId("d").expiration(exp).build(),
                HuaweiTokenCredentials.of(TOKEN, "p", "d", exp));
        for (Object o : all) {
            assertThat(o.toString()).doesNotContain(SECRET).doesNotContain(TOKEN);
        }
    }

    @Test
    void providersHideSecrets() {
        Fakes fakes = new Fakes(home)
                .env("ALIBABA_CLOUD_ACCESS_KEY_ID", "AKID").env("ALIBABA_CLOUD_ACCESS_KEY_SECRET", SECRET)
                .env("ALIBABA_CLOUD_SECURITY_TOKEN", TOKEN)
                .env("HUAWEICLOUD_SDK_AK", "AK").env("HUAWEICLOUD_SDK_SK", SECRET)
                .prop("alibabacloud.accessKeyId", "AKID").prop("alibabacloud.accessKeySecret", SECRET);
        var ctx = fakes.context();
        List<CredentialsProvider<?>> providers = List.of(
                StaticCredentialsProvider.create(AlibabaCredentials.of("AKID", SECRET, TOKEN)),
                StaticCredentialsProvider.create(HuaweiTokenCredentials.of(TOKEN)),
                AlibabaSystemPropertiesCredentialsProvider.create(ctx),
                AlibabaEnvironmentCredentialsProvider.create(ctx),
                AlibabaCliProfileCredentialsProvider.builder().systemContext(ctx).build(),
                AlibabaIniFileCredentialsProvider.builder().systemContext(ctx).build(),
                AlibabaEcsRamRoleCredentialsProvider.builder().systemContext(ctx).roleName("r")
                        .metadataEndpoint(CLOSED).build(),
                AlibabaDefaultCredentialsProvider.create(ctx, CLOSED),
                HuaweiEnvironmentCredentialsProvider.create(ctx),
                HuaweiProfileCredentialsProvider.builder().systemContext(ctx).build(),
                HuaweiMetadataCredentialsProvider.builder().systemContext(ctx).metadataEndpoint(CLOSED).build(),
                HuaweiDefaultCredentialsProvider.create(ctx, CLOSED),
                HuaweiIamTokenProvider.builder().systemContext(ctx).accountName("acct").userName("user")
                        .password(SECRET).projectScope("cn-north-4").iamEndpoint(CLOSED).allowPlainHttp(true).build());
        for (CredentialsProvider<?> p : providers) {
            String s = p.toString();
            assertThat(s).doesNotContain(SECRET).doesNotContain(TOKEN).doesNotContain("$$Lambda");
            // resolving does not change what is printed
            try {
                p.resolveCredentials();
            } catch (RuntimeException ignored) {
                // sources without credentials
            }
            assertThat(p.toString()).doesNotContain(SECRET).doesNotContain(TOKEN);
        }
    }
}
