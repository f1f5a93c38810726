package dev.migsdk.core.auth;

/** How Huawei Cloud requests are signed when AK/SK credentials are used. */
public enum HuaweiSignatureAlgorithm {
    /** {@code SDK-HMAC-SHA256}, the default. */
    SDK_HMAC_SHA256,
    /** {@code SDK-HMAC-SM3}, the national-standard variant; needs BouncyCastle ({@code bcprov-jdk18on}). */
    SDK_HMAC_SM3
}
