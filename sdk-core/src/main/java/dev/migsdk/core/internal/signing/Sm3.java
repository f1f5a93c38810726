package dev.migsdk.core.internal.signing;

import org.bouncycastle.crypto.digests.SM3Digest;
import org.bouncycastle.crypto.macs.HMac;
import org.bouncycastle.crypto.params.KeyParameter;

/**
 * SM3 and HMAC-SM3 (GB/T 32905) through BouncyCastle's lightweight API. The only class that names a
 * BouncyCastle type, so {@code bcprov-jdk18on} stays optional: it is loaded only once an SM3 signer is
 * created ({@link HashAlgorithm#sm3}). No JCA provider is registered. Internal API.
 */
final class Sm3 {
    private Sm3() {
    }

    static byte[] hash(byte[] data) {
        SM3Digest digest = new SM3Digest();
        digest.update(data, 0, data.length);
        byte[] out = new byte[digest.getDigestSize()];
        digest.doFinal(out, 0);
        return out;
    }

    static byte[] hmac(byte[] key, byte[] data) {
        HMac mac = new HMac(new SM3Digest());
        mac.init(new KeyParameter(key));
        mac.update(data, 0, data.length);
        byte[] out = new byte[mac.getMacSize()];
        mac.doFinal(out, 0);
        return out;
    }
}
