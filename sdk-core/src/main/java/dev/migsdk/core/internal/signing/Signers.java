package dev.migsdk.core.internal.signing;

import dev.migsdk.core.auth.AlibabaCredentials;
import dev.migsdk.core.auth.AlibabaSignatureAlgorithm;
import dev.migsdk.core.auth.HuaweiAkSkCredentials;
import dev.migsdk.core.auth.HuaweiSignatureAlgorithm;
import dev.migsdk.core.auth.HuaweiTokenCredentials;

/** Picks the signer for a configured algorithm. Internal API. */
public final class Signers {
    private Signers() {
    }

    public static RequestSigner<AlibabaCredentials> alibaba(AlibabaSignatureAlgorithm algorithm) {
        throw new UnsupportedOperationException("pending signer merge: " + algorithm);
    }

    public static RequestSigner<HuaweiAkSkCredentials> huaweiAkSk(HuaweiSignatureAlgorithm algorithm) {
        throw new UnsupportedOperationException("pending signer merge: " + algorithm);
    }

    public static RequestSigner<HuaweiTokenCredentials> huaweiToken() {
        return (request, credentials, time, nonce) ->
                request.toBuilder().setHeader("X-Auth-Token", credentials.token()).build();
    }
}
