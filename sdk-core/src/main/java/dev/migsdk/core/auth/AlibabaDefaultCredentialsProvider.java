package dev.migsdk.core.auth;

import dev.migsdk.core.internal.auth.SystemContext;

/**
 * The default Alibaba Cloud credentials chain, used when a client is built without a provider. In order:
 * <ol>
 *   <li>system properties ({@link AlibabaSystemPropertiesCredentialsProvider});</li>
 *   <li>environment variables ({@link AlibabaEnvironmentCredentialsProvider});</li>
 *   <li>the CLI's {@code ~/.aliyun/config.json} ({@link AlibabaCliProfileCredentialsProvider});</li>
 *   <li>{@code ~/.alibabacloud/credentials.ini} ({@link AlibabaIniFileCredentialsProvider});</li>
 *   <li>the ECS instance's RAM role ({@link AlibabaEcsRamRoleCredentialsProvider}).</li>
 * </ol>
 * The first source that has credentials wins and is asked first afterwards. A source that exists but
 * is malformed stops the chain with an error naming the file and line.
 */
public final class AlibabaDefaultCredentialsProvider {
    private AlibabaDefaultCredentialsProvider() {
    }

    /** A new default chain over the real environment. */
    public static CredentialsProvider<AlibabaCredentials> create() {
        return create(SystemContext.system(), AlibabaEcsRamRoleCredentialsProvider.DEFAULT_METADATA_ENDPOINT);
    }

    static CredentialsProviderChain<AlibabaCredentials> create(SystemContext context, String metadataEndpoint) {
        return CredentialsProviderChain.of(
                AlibabaSystemPropertiesCredentialsProvider.create(context),
                AlibabaEnvironmentCredentialsProvider.create(context),
                AlibabaCliProfileCredentialsProvider.builder().systemContext(context).build(),
                AlibabaIniFileCredentialsProvider.builder().systemContext(context)
                        .metadataEndpoint(metadataEndpoint).build(),
                AlibabaEcsRamRoleCredentialsProvider.builder().systemContext(context)
                        .metadataEndpoint(metadataEndpoint).build());
    }
}
