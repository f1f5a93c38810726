package dev.migsdk.core.internal.client;

import dev.migsdk.core.auth.AlibabaCredentials;
import dev.migsdk.core.auth.AlibabaDefaultCredentialsProvider;
import dev.migsdk.core.auth.AlibabaSignatureAlgorithm;
import dev.migsdk.core.auth.CredentialsProvider;
import dev.migsdk.core.client.AlibabaClientBuilder;
import dev.migsdk.core.client.ResponseFormat;
import dev.migsdk.core.internal.pipeline.ServiceSpec;
import dev.migsdk.core.internal.protocol.AlibabaRpcProtocol;
import dev.migsdk.core.internal.protocol.Protocol;
import java.util.Objects;

/**
 * {@link AlibabaClientBuilder}'s settings, the Alibaba default chain and the RPC protocol. Internal API.
 *
 * @param <B> the builder interface the concrete builder implements
 */
public abstract class AlibabaBaseClientBuilder<B extends AlibabaClientBuilder<B>>
        extends BaseClientBuilder<B, AlibabaCredentials> implements AlibabaClientBuilder<B> {
    private AlibabaSignatureAlgorithm signatureAlgorithm = AlibabaSignatureAlgorithm.ACS3_HMAC_SHA256;
    private ResponseFormat responseFormat = ResponseFormat.JSON;

    protected AlibabaBaseClientBuilder() {
    }

    @Override
    public B signatureAlgorithm(AlibabaSignatureAlgorithm algorithm) {
        this.signatureAlgorithm = Objects.requireNonNull(algorithm, "signatureAlgorithm");
        return self();
    }

    @Override
    public B responseFormat(ResponseFormat format) {
        this.responseFormat = Objects.requireNonNull(format, "responseFormat");
        return self();
    }

    @Override
    protected CredentialsProvider<AlibabaCredentials> defaultCredentialsProvider() {
        return AlibabaDefaultCredentialsProvider.create();
    }

    @Override
    protected Protocol<AlibabaCredentials> protocol(ServiceSpec spec) {
        return new AlibabaRpcProtocol(spec.apiVersion(), signatureAlgorithm, responseFormat);
    }
}
