package dev.migsdk.core.auth;

import dev.migsdk.core.internal.auth.SystemContext;

/**
 * The default Huawei Cloud credentials chain, used when a client is built without a provider. In order:
 * <ol>
 *   <li>environment variables ({@link HuaweiEnvironmentCredentialsProvider});</li>
 *   <li>{@code ~/.huaweicloud/credentials} ({@link HuaweiProfileCredentialsProvider});</li>
 *   <li>the ECS instance's agency via metadata ({@link HuaweiMetadataCredentialsProvider}).</li>
 * </ol>
 * The first source that has credentials wins and is asked first afterwards. A source that exists but
 * is malformed stops the chain with an error naming the file and line. IAM tokens are never chosen
 * implicitly; use {@link HuaweiIamTokenProvider}.
 */
public final class HuaweiDefaultCredentialsProvider {
    private HuaweiDefaultCredentialsProvider() {
    }

    /** A new default chain over the real environment. */
    public static CredentialsProvider<HuaweiCredentials> create() {
        return create(SystemContext.system(), HuaweiMetadataCredentialsProvider.DEFAULT_METADATA_ENDPOINT);
    }

    static CredentialsProviderChain<HuaweiCredentials> create(SystemContext context, String metadataEndpoint) {
        return CredentialsProviderChain.of(
                HuaweiEnvironmentCredentialsProvider.create(context),
                HuaweiProfileCredentialsProvider.builder().systemContext(context).build(),
                HuaweiMetadataCredentialsProvider.builder().systemContext(context)
                        .metadataEndpoint(metadataEndpoint).build());
    }
}
