package dev.migsdk.testkit.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;

/** The hash and HMAC primitives the providers' signatures are built from. Internal API. */
public enum Digests {
    /** SHA-1 (only as HMAC-SHA1 for the Alibaba RPC V1 signature). */
    SHA1("SHA-1"),
    /** SHA-256. */
    SHA256("SHA-256"),
    /** SM3, own implementation ({@link Sm3}). */
    SM3(null);

    private static final int BLOCK_SIZE = 64; // SHA-1, SHA-256 and SM3 all use 512-bit blocks
    private final String jcaName;

    Digests(String jcaName) {
        this.jcaName = jcaName;
    }

    /** Digest of {@code data}. */
    public byte[] hash(byte[] data) {
        if (jcaName == null) {
            return Sm3.digest(data);
        }
        try {
            return MessageDigest.getInstance(jcaName).digest(data);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(jcaName + " is not available", e);
        }
    }

    /** Lower-case hex digest of the UTF-8 bytes of {@code text}. */
    public String hexHash(String text) {
        return hex(hash(text.getBytes(StandardCharsets.UTF_8)));
    }

    /** Lower-case hex digest of {@code data}. */
    public String hexHash(byte[] data) {
        return hex(hash(data));
    }

    /** HMAC (RFC 2104) of {@code data} under {@code key}. */
    public byte[] hmac(byte[] key, byte[] data) {
        byte[] k = key.length > BLOCK_SIZE ? hash(key) : key;
        k = Arrays.copyOf(k, BLOCK_SIZE);
        byte[] inner = new byte[BLOCK_SIZE + data.length];
        byte[] outerKey = new byte[BLOCK_SIZE];
        for (int i = 0; i < BLOCK_SIZE; i++) {
            inner[i] = (byte) (k[i] ^ 0x36);
            outerKey[i] = (byte) (k[i] ^ 0x5c);
        }
        System.arraycopy(data, 0, inner, BLOCK_SIZE, data.length);
        byte[] innerHash = hash(inner);
        byte[] outer = Arrays.copyOf(outerKey, BLOCK_SIZE + innerHash.length);
        System.arraycopy(innerHash, 0, outer, BLOCK_SIZE, innerHash.length);
        return hash(outer);
    }

    /** HMAC of the UTF-8 bytes of {@code data} under the UTF-8 bytes of {@code key}. */
    public byte[] hmac(String key, String data) {
        return hmac(key.getBytes(StandardCharsets.UTF_8), data.getBytes(StandardCharsets.UTF_8));
    }

    /** Lower-case hex. */
    public static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(bytes);
    }

    /** Compares two strings in time independent of where they differ. */
    public static boolean constantTimeEquals(String a, String b) {
        return a != null && b != null
                && MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
    }
}
