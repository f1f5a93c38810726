package dev.migsdk.core.auth;

/**
 * Huawei Cloud credentials: either an AK/SK pair ({@link HuaweiAkSkCredentials}, requests are signed)
 * or an IAM token ({@link HuaweiTokenCredentials}, sent as {@code X-Auth-Token}).
 */
public sealed interface HuaweiCredentials extends Credentials
        permits HuaweiAkSkCredentials, HuaweiTokenCredentials {

    /** Project id (regional services such as OMS), or {@code null}. */
    String projectId();

    /** Account (domain) id (global services such as SMS), or {@code null}. */
    String domainId();
}
