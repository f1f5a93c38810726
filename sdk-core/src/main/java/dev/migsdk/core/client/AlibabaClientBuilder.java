package dev.migsdk.core.client;

import dev.migsdk.core.auth.AlibabaCredentials;
import dev.migsdk.core.auth.AlibabaDefaultCredentialsProvider;
import dev.migsdk.core.auth.AlibabaSignatureAlgorithm;
import dev.migsdk.core.auth.CredentialsProvider;
import dev.migsdk.core.internal.pipeline.ServiceSpec;
import dev.migsdk.core.internal.protocol.AlibabaRpcProtocol;
import dev.migsdk.core.internal.protocol.Protocol;
import java.util.Objects;

/**
 * Settings of Alibaba Cloud clients: besides the common ones, the signature algorithm (ACS3-HMAC-SHA256
 * by default) and the response format (JSON by default).
 *
 * @param <B> the concrete builder
 */
public abstract class AlibabaClientBuilder<B extends AlibabaClientBuilder<B>>
        extends SdkClientBuilder<B, AlibabaCredentials> {
    private AlibabaSignatureAlgorithm signatureAlgorithm = AlibabaSignatureAlgorithm.ACS3_HMAC_SHA256;
    private ResponseFormat responseFormat = ResponseFormat.JSON;

    protected AlibabaClientBuilder() {
    }

    /** How requests are signed (default {@link AlibabaSignatureAlgorithm#ACS3_HMAC_SHA256}). */
    public B signatureAlgorithm(AlibabaSignatureAlgorithm algorithm) {
        this.signatureAlgorithm = Objects.requireNonNull(algorithm, "signatureAlgorithm");
        return self();
    }

    /** The body format the service answers in (default {@link ResponseFormat#JSON}). */
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
