package dev.migsdk.core.client;

import dev.migsdk.core.auth.AlibabaCredentials;
import dev.migsdk.core.auth.AlibabaSignatureAlgorithm;

/**
 * Settings of Alibaba Cloud clients: besides the common ones, the signature algorithm (ACS3-HMAC-SHA256
 * by default) and the response format (JSON by default). Without credentials the client uses
 * {@link dev.migsdk.core.auth.AlibabaDefaultCredentialsProvider}.
 *
 * @param <B> the concrete builder
 */
public interface AlibabaClientBuilder<B extends AlibabaClientBuilder<B>>
        extends SdkClientBuilder<B, AlibabaCredentials> {

    /** How requests are signed (default {@link AlibabaSignatureAlgorithm#ACS3_HMAC_SHA256}). */
    B signatureAlgorithm(AlibabaSignatureAlgorithm algorithm);

    /** The body format the service answers in (default {@link ResponseFormat#JSON}). */
    B responseFormat(ResponseFormat format);
}
