package dev.migsdk.core.client;

import dev.migsdk.core.auth.CredentialsProvider;
import dev.migsdk.core.auth.HuaweiCredentials;
import dev.migsdk.core.auth.HuaweiDefaultCredentialsProvider;
import dev.migsdk.core.auth.HuaweiSignatureAlgorithm;
import dev.migsdk.core.internal.pipeline.ServiceSpec;
import dev.migsdk.core.internal.protocol.HuaweiRestProtocol;
import dev.migsdk.core.internal.protocol.Protocol;
import java.util.Objects;

/**
 * Settings of Huawei Cloud clients: besides the common ones, the AK/SK signature algorithm
 * (SDK-HMAC-SHA256 by default). With {@link dev.migsdk.core.auth.HuaweiTokenCredentials} requests carry
 * {@code X-Auth-Token} and are not signed.
 *
 * @param <B> the concrete builder
 */
public abstract class HuaweiClientBuilder<B extends HuaweiClientBuilder<B>>
        extends SdkClientBuilder<B, HuaweiCredentials> {
    private HuaweiSignatureAlgorithm signatureAlgorithm = HuaweiSignatureAlgorithm.SDK_HMAC_SHA256;

    protected HuaweiClientBuilder() {
    }

    /** How AK/SK requests are signed (default {@link HuaweiSignatureAlgorithm#SDK_HMAC_SHA256}). */
    public B signatureAlgorithm(HuaweiSignatureAlgorithm algorithm) {
        this.signatureAlgorithm = Objects.requireNonNull(algorithm, "signatureAlgorithm");
        return self();
    }

    @Override
    protected CredentialsProvider<HuaweiCredentials> defaultCredentialsProvider() {
        return HuaweiDefaultCredentialsProvider.create();
    }

    @Override
    protected Protocol<HuaweiCredentials> protocol(ServiceSpec spec) {
        return new HuaweiRestProtocol(spec.huaweiScope(), signatureAlgorithm);
    }
}
