package dev.migsdk.core.internal.client;

import dev.migsdk.core.auth.CredentialsProvider;
import dev.migsdk.core.auth.HuaweiCredentials;
import dev.migsdk.core.auth.HuaweiDefaultCredentialsProvider;
import dev.migsdk.core.auth.HuaweiSignatureAlgorithm;
import dev.migsdk.core.client.HuaweiClientBuilder;
import dev.migsdk.core.internal.pipeline.ServiceSpec;
import dev.migsdk.core.internal.protocol.HuaweiRestProtocol;
import dev.migsdk.core.internal.protocol.Protocol;
import java.util.Objects;

/**
 * {@link HuaweiClientBuilder}'s settings, the Huawei default chain and the REST protocol. Internal API.
 *
 * @param <B> the builder interface the concrete builder implements
 */
public abstract class HuaweiBaseClientBuilder<B extends HuaweiClientBuilder<B>>
        extends BaseClientBuilder<B, HuaweiCredentials> implements HuaweiClientBuilder<B> {
    private HuaweiSignatureAlgorithm signatureAlgorithm = HuaweiSignatureAlgorithm.SDK_HMAC_SHA256;

    protected HuaweiBaseClientBuilder() {
    }

    @Override
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
