package dev.migsdk.core.auth;

/**
 * The default Alibaba Cloud credentials chain, used when a client is built without a provider.
 * Currently: environment variables ({@link AlibabaEnvironmentCredentialsProvider}).
 */
public final class AlibabaDefaultCredentialsProvider {
    private AlibabaDefaultCredentialsProvider() {
    }

    /** A new default chain. */
    public static CredentialsProvider<AlibabaCredentials> create() {
        return CredentialsProviderChain.of(AlibabaEnvironmentCredentialsProvider.create());
    }
}
