package dev.migsdk.core.auth;

/** How Alibaba Cloud requests are signed. */
public enum AlibabaSignatureAlgorithm {
    /** V3 signature with HMAC-SHA256 in the {@code Authorization} header; the default, as in Alibaba's current SDK. */
    ACS3_HMAC_SHA256,
    /** V3 signature with the national-standard SM3 hash; needs BouncyCastle ({@code bcprov-jdk18on}). */
    ACS3_HMAC_SM3,
    /** The older RPC signature: HMAC-SHA1 over the sorted query, sent as the {@code Signature} parameter. */
    RPC_HMAC_SHA1
}
