package dev.migsdk.core.internal.signing;

import dev.migsdk.core.auth.AlibabaCredentials;
import dev.migsdk.core.auth.AlibabaSignatureAlgorithm;
import java.util.Objects;

/** Picks the Alibaba Cloud signer for a configured {@link AlibabaSignatureAlgorithm}. Internal API. */
public final class AlibabaSigners {
    private AlibabaSigners() {
    }

    /** The signer for {@code algorithm}; SM3 throws {@link IllegalStateException} without BouncyCastle. */
    public static RequestSigner<AlibabaCredentials> of(AlibabaSignatureAlgorithm algorithm) {
        Objects.requireNonNull(algorithm, "algorithm");
        return switch (algorithm) {
            case ACS3_HMAC_SHA256 -> AlibabaAcs3Signer.hmacSha256();
            case ACS3_HMAC_SM3 -> AlibabaAcs3Signer.hmacSm3();
            case RPC_HMAC_SHA1 -> AlibabaRpcSigner.create();
        };
    }
}
