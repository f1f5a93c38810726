package dev.migsdk.core.auth;

/**
 * The default Huawei Cloud credentials chain, used when a client is built without a provider.
 * Currently: environment variables ({@link HuaweiEnvironmentCredentialsProvider}).
 */
public final class HuaweiDefaultCredentialsProvider {
    private HuaweiDefaultCredentialsProvider() {
    }

    /** A new default chain. */
    public static CredentialsProvider<HuaweiCredentials> create() {
        return CredentialsProviderChain.of(HuaweiEnvironmentCredentialsProvider.create());
    }
}
