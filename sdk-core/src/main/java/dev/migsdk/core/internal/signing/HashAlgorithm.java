package dev.migsdk.core.internal.signing;

import dev.migsdk.core.internal.util.Hashing;
import java.nio.charset.StandardCharsets;
import java.util.function.BooleanSupplier;

/**
 * The hash and HMAC a signer is built on: SHA-256 (JDK) or SM3 (BouncyCastle, optional). Internal API.
 */
enum HashAlgorithm {
    SHA256 {
        @Override
        byte[] hash(byte[] data) {
            return Hashing.sha256(data);
        }

        @Override
        String hashHex(byte[] data) {
            return Hashing.sha256Hex(data);
        }

        @Override
        byte[] hmac(byte[] key, byte[] data) {
            return Hashing.hmacSha256(key, data);
        }

        @Override
        String hmacHex(String secret, String data) {
            return Hashing.hex(Hashing.hmacSha256(secret, data.getBytes(StandardCharsets.UTF_8)));
        }
    },
    SM3 {
        @Override
        byte[] hash(byte[] data) {
            return Sm3.hash(data);
        }

        @Override
        byte[] hmac(byte[] key, byte[] data) {
            return Sm3.hmac(key, data);
        }
    };

    static final String MISSING_BOUNCY_CASTLE = "SM3 signing needs BouncyCastle: add org.bouncycastle:bcprov-jdk18on"
            + " to the classpath (it is an optional dependency of dev.migsdk:sdk-core)";

    abstract byte[] hash(byte[] data);

    abstract byte[] hmac(byte[] key, byte[] data);

    /** Lower-case hex hash. */
    String hashHex(byte[] data) {
        return Hashing.hex(hash(data));
    }

    /** Lower-case hex HMAC. */
    String hmacHex(byte[] key, byte[] data) {
        return Hashing.hex(hmac(key, data));
    }

    /** Lower-case hex HMAC keyed with the UTF-8 bytes of {@code secret}, over the UTF-8 bytes of {@code data}. */
    String hmacHex(String secret, String data) {
        return hmacHex(secret.getBytes(StandardCharsets.UTF_8), data.getBytes(StandardCharsets.UTF_8));
    }

    /** {@link #SM3} if {@code bouncyCastleAvailable} says so, else an {@link IllegalStateException} saying what to add. */
    static HashAlgorithm sm3(BooleanSupplier bouncyCastleAvailable) {
        if (!bouncyCastleAvailable.getAsBoolean()) {
            throw new IllegalStateException(MISSING_BOUNCY_CASTLE);
        }
        return SM3;
    }

    /** {@link #sm3(BooleanSupplier)} with the real check. */
    static HashAlgorithm sm3() {
        return sm3(HashAlgorithm::bouncyCastleAvailable);
    }

    /** Runs SM3 once; false when BouncyCastle is not on the classpath. */
    static boolean bouncyCastleAvailable() {
        try {
            Sm3.hash(new byte[0]);
            return true;
        } catch (NoClassDefFoundError e) {
            return false;
        }
    }
}
