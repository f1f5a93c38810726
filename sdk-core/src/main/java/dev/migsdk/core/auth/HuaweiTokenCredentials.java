package dev.migsdk.core.auth;

import dev.migsdk.core.internal.util.Validate;
import java.time.Instant;
import java.util.Objects;

/**
 * A Huawei Cloud IAM token, sent as {@code X-Auth-Token} (no signature). IAM tokens are 1 to 16,384
 * characters and valid for 24 hours. Immutable; {@link #toString()} never shows the token.
 */
public final class HuaweiTokenCredentials implements HuaweiCredentials {
    /** Longest token the services accept. */
    public static final int MAX_TOKEN_LENGTH = 16_384;

    private final String token;
    private final String projectId;
    private final String domainId;
    private final Instant expiration;

    private HuaweiTokenCredentials(String token, String projectId, String domainId, Instant expiration) {
        this.token = Validate.headerCredential(token, "token");
        Validate.maxLength(token, MAX_TOKEN_LENGTH, "token");
        this.projectId = projectId == null ? null : Validate.headerValue(projectId, "projectId");
        this.domainId = domainId == null ? null : Validate.headerValue(domainId, "domainId");
        this.expiration = expiration;
    }

    /** A token with no project or account id. */
    public static HuaweiTokenCredentials of(String token) {
        return new HuaweiTokenCredentials(token, null, null, null);
    }

    /** A token with the project id (OMS), account id (SMS) and expiry it was issued with; ids may be null. */
    public static HuaweiTokenCredentials of(String token, String projectId, String domainId, Instant expiration) {
        return new HuaweiTokenCredentials(token, projectId, domainId, expiration);
    }

    public String token() {
        return token;
    }

    @Override
    public String projectId() {
        return projectId;
    }

    @Override
    public String domainId() {
        return domainId;
    }

    @Override
    public Instant expiration() {
        return expiration;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof HuaweiTokenCredentials c && token.equals(c.token)
                && Objects.equals(projectId, c.projectId) && Objects.equals(domainId, c.domainId)
                && Objects.equals(expiration, c.expiration);
    }

    @Override
    public int hashCode() {
        return Objects.hash(token, projectId, domainId, expiration);
    }

    @Override
    public String toString() {
        return "HuaweiTokenCredentials[token=***"
                + (projectId == null ? "" : ", projectId=" + projectId)
                + (domainId == null ? "" : ", domainId=" + domainId)
                + (expiration == null ? "" : ", expiration=" + expiration) + "]";
    }
}
