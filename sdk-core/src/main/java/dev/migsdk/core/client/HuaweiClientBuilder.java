package dev.migsdk.core.client;

import dev.migsdk.core.auth.HuaweiCredentials;
import dev.migsdk.core.auth.HuaweiSignatureAlgorithm;

/**
 * Settings of Huawei Cloud clients: besides the common ones, the AK/SK signature algorithm
 * (SDK-HMAC-SHA256 by default). With {@link dev.migsdk.core.auth.HuaweiTokenCredentials} requests carry
 * {@code X-Auth-Token} and are not signed. Without credentials the client uses
 * {@link dev.migsdk.core.auth.HuaweiDefaultCredentialsProvider}.
 *
 * @param <B> the concrete builder
 */
public interface HuaweiClientBuilder<B extends HuaweiClientBuilder<B>>
        extends SdkClientBuilder<B, HuaweiCredentials> {

    /** How AK/SK requests are signed (default {@link HuaweiSignatureAlgorithm#SDK_HMAC_SHA256}). */
    B signatureAlgorithm(HuaweiSignatureAlgorithm algorithm);
}
