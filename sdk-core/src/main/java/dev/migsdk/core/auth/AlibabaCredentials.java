package dev.migsdk.core.auth;

import dev.migsdk.core.internal.util.Validate;
import java.time.Instant;
import java.util.Objects;

/**
 * An Alibaba Cloud AccessKey pair, optionally with an STS security token (temporary credentials).
 * Immutable; {@link #toString()} shows the AccessKey id only.
 */
public final class AlibabaCredentials implements Credentials {
    private final String accessKeyId;
    private final String accessKeySecret;
    private final String securityToken;
    private final Instant expiration;

    private AlibabaCredentials(String accessKeyId, String accessKeySecret, String securityToken, Instant expiration) {
        this.accessKeyId = Validate.headerCredential(accessKeyId, "accessKeyId");
        this.accessKeySecret = Validate.credential(accessKeySecret, "accessKeySecret");
        this.securityToken = securityToken == null ? null : Validate.headerCredential(securityToken, "securityToken");
        this.expiration = expiration;
    }

    /** Long-term AccessKey credentials. */
    public static AlibabaCredentials of(String accessKeyId, String accessKeySecret) {
        return new AlibabaCredentials(accessKeyId, accessKeySecret, null, null);
    }

    /** STS (temporary) credentials; {@code securityToken} may be {@code null} for long-term keys. */
    public static AlibabaCredentials of(String accessKeyId, String accessKeySecret, String securityToken) {
        return new AlibabaCredentials(accessKeyId, accessKeySecret, securityToken, null);
    }

    /** STS credentials that expire at {@code expiration}. */
    public static AlibabaCredentials of(String accessKeyId, String accessKeySecret, String securityToken,
                                        Instant expiration) {
        return new AlibabaCredentials(accessKeyId, accessKeySecret, securityToken, expiration);
    }

    public String accessKeyId() {
        return accessKeyId;
    }

    public String accessKeySecret() {
        return accessKeySecret;
    }

    /** The STS security token, or {@code null} for long-term keys. */
    public String securityToken() {
        return securityToken;
    }

    @Override
    public Instant expiration() {
        return expiration;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AlibabaCredentials c
                && accessKeyId.equals(c.accessKeyId)
                && accessKeySecret.equals(c.accessKeySecret)
                && Objects.equals(securityToken, c.securityToken)
                && Objects.equals(expiration, c.expiration);
    }

    @Override
    public int hashCode() {
        return Objects.hash(accessKeyId, accessKeySecret, securityToken, expiration);
    }

    @Override
    public String toString() {
        return "AlibabaCredentials[accessKeyId=" + accessKeyId + ", accessKeySecret=***"
                + (securityToken == null ? "" : ", securityToken=***")
                + (expiration == null ? "" : ", expiration=" + expiration) + "]";
    }
}
