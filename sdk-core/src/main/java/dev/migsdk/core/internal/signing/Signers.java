package dev.migsdk.core.internal.signing;

import dev.migsdk.core.auth.AlibabaCredentials;
import dev.migsdk.core.auth.AlibabaSignatureAlgorithm;
import dev.migsdk.core.auth.HuaweiAkSkCredentials;
import dev.migsdk.core.auth.HuaweiSignatureAlgorithm;
import dev.migsdk.core.auth.HuaweiTokenCredentials;
import java.util.Objects;

/** Picks the signer for a configured algorithm. Internal API. */
public final class Signers {
    private Signers() {
    }

    /** The Alibaba signer for {@code algorithm}; SM3 throws {@link IllegalStateException} without BouncyCastle. */
    public static RequestSigner<AlibabaCredentials> alibaba(AlibabaSignatureAlgorithm algorithm) {
        Objects.requireNonNull(algorithm, "algorithm");
        return switch (algorithm) {
            case ACS3_HMAC_SHA256 -> AlibabaAcs3Signer.hmacSha256();
            case ACS3_HMAC_SM3 -> AlibabaAcs3Signer.hmacSm3();
            case RPC_HMAC_SHA1 -> AlibabaRpcSigner.create();
        };
    }

    public static RequestSigner<HuaweiAkSkCredentials> huaweiAkSk(HuaweiSignatureAlgorithm algorithm) {
        return HuaweiAkSkSigner.of(algorithm);
    }

    public static RequestSigner<HuaweiTokenCredentials> huaweiToken() {
        return HuaweiTokenSigner.create();
    }
}
