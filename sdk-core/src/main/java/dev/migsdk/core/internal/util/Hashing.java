package dev.migsdk.core.internal.util;

import java.lang.ref.WeakReference;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * SHA-256, HMAC-SHA256, HMAC-SHA1 and lower-case hex, for code that runs on every request.
 *
 * <p>JCA lookups ({@code MessageDigest.getInstance}, {@code Mac.getInstance}) walk the provider list on
 * each call, so each thread keeps one instance per algorithm; every method leaves it reset. Instances
 * are JDK classes only, so a cached one never pins an application class loader. Internal API.
 */
public final class Hashing {
    /** SHA-256 of the empty byte string, lower-case hex. */
    public static final String EMPTY_SHA256_HEX = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

    private static final byte[] HEX = "0123456789abcdef".getBytes(StandardCharsets.ISO_8859_1);

    private static final ThreadLocal<MessageDigest> SHA256 = ThreadLocal.withInitial(() -> digest("SHA-256"));
    private static final ThreadLocal<Mac> HMAC_SHA256 = ThreadLocal.withInitial(() -> mac("HmacSHA256"));
    private static final ThreadLocal<Mac> HMAC_SHA1 = ThreadLocal.withInitial(() -> mac("HmacSHA1"));
    private static final ThreadLocal<KeyedMac> KEYED_HMAC_SHA256 =
            ThreadLocal.withInitial(() -> new KeyedMac(mac("HmacSHA256")));

    private Hashing() {
    }

    /**
     * Lower-case hex of {@code bytes}. Written as Latin-1 bytes, which a {@code String} keeps as they are (a
     * {@code char[]} would be allocated at twice the size and then compressed).
     */
    public static String hex(byte[] bytes) {
        byte[] out = new byte[bytes.length * 2];
        for (int i = 0, j = 0; i < bytes.length; i++) {
            out[j++] = HEX[(bytes[i] >> 4) & 0xF];
            out[j++] = HEX[bytes[i] & 0xF];
        }
        return new String(out, StandardCharsets.ISO_8859_1);
    }

    public static byte[] sha256(byte[] data) {
        MessageDigest md = SHA256.get();
        md.reset();
        return md.digest(data);
    }

    /** Lower-case hex SHA-256; the empty input is answered from a constant. */
    public static String sha256Hex(byte[] data) {
        return data.length == 0 ? EMPTY_SHA256_HEX : hex(sha256(data));
    }

    public static byte[] hmacSha256(byte[] key, byte[] data) {
        return hmac(HMAC_SHA256.get(), "HmacSHA256", key, data);
    }

    /**
     * HMAC-SHA256 keyed with the UTF-8 bytes of {@code secret}. A thread that signs again with the same
     * secret (the same {@code String} instance, as a client's credentials are) reuses its keyed
     * {@link Mac}: {@code doFinal} leaves a Mac keyed, so the key setup (two hash blocks and the key's
     * copies) is paid once per thread and secret instead of once per request. The secret is held only
     * weakly, so rotated credentials are not kept alive.
     */
    public static byte[] hmacSha256(String secret, byte[] data) {
        KeyedMac keyed = KEYED_HMAC_SHA256.get();
        if (keyed.secret.get() != secret) {
            keyed.secret = KeyedMac.NONE;
            try {
                keyed.mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("HmacSHA256 rejected the signing key", e);
            }
            keyed.secret = new WeakReference<>(secret);
        }
        return keyed.mac.doFinal(data);
    }

    public static byte[] hmacSha1(byte[] key, byte[] data) {
        return hmac(HMAC_SHA1.get(), "HmacSHA1", key, data);
    }

    private static byte[] hmac(Mac mac, String algorithm, byte[] key, byte[] data) {
        try {
            mac.init(new SecretKeySpec(key, algorithm));
        } catch (GeneralSecurityException e) {
            // HMAC accepts any non-empty key; reaching here means a broken JCA installation. No key material in the message.
            throw new IllegalStateException(algorithm + " rejected the signing key", e);
        }
        return mac.doFinal(data);
    }

    /** A thread's keyed Mac and the secret it is keyed with. */
    private static final class KeyedMac {
        static final WeakReference<String> NONE = new WeakReference<>(null);
        final Mac mac;
        WeakReference<String> secret = NONE;

        KeyedMac(Mac mac) {
            this.mac = mac;
        }
    }

    private static MessageDigest digest(String algorithm) {
        try {
            return MessageDigest.getInstance(algorithm);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(algorithm + " is not available in this JVM", e);
        }
    }

    private static Mac mac(String algorithm) {
        try {
            return Mac.getInstance(algorithm);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(algorithm + " is not available in this JVM", e);
        }
    }
}
