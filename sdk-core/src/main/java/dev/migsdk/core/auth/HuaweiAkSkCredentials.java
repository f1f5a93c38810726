package dev.migsdk.core.auth;

import dev.migsdk.core.internal.util.Validate;
import java.time.Instant;
import java.util.Objects;

/**
 * A Huawei Cloud AK/SK pair, optionally temporary (with a security token), plus the project and
 * account ids the services need. Immutable; {@link #toString()} shows the AK and ids only.
 */
public final class HuaweiAkSkCredentials implements HuaweiCredentials {
    private final String accessKey;
    private final String secretKey;
    private final String securityToken;
    private final String projectId;
    private final String domainId;
    private final Instant expiration;

    private HuaweiAkSkCredentials(Builder b) {
        this.accessKey = Validate.headerCredential(b.accessKey, "accessKey");
        this.secretKey = Validate.credential(b.secretKey, "secretKey");
        this.securityToken = b.securityToken == null ? null : Validate.headerCredential(b.securityToken, "securityToken");
        this.projectId = b.projectId == null ? null : Validate.headerValue(b.projectId, "projectId");
        this.domainId = b.domainId == null ? null : Validate.headerValue(b.domainId, "domainId");
        this.expiration = b.expiration;
    }

    /** Long-term AK/SK with no project or account id. */
    public static HuaweiAkSkCredentials of(String accessKey, String secretKey) {
        return builder().accessKey(accessKey).secretKey(secretKey).build();
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        return new Builder().accessKey(accessKey).secretKey(secretKey).securityToken(securityToken)
                .projectId(projectId).domainId(domainId).expiration(expiration);
    }

    public String accessKey() {
        return accessKey;
    }

    public String secretKey() {
        return secretKey;
    }

    /** Security token of temporary AK/SK, or {@code null}. */
    public String securityToken() {
        return securityToken;
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
        return o instanceof HuaweiAkSkCredentials c
                && accessKey.equals(c.accessKey) && secretKey.equals(c.secretKey)
                && Objects.equals(securityToken, c.securityToken) && Objects.equals(projectId, c.projectId)
                && Objects.equals(domainId, c.domainId) && Objects.equals(expiration, c.expiration);
    }

    @Override
    public int hashCode() {
        return Objects.hash(accessKey, secretKey, securityToken, projectId, domainId, expiration);
    }

    @Override
    public String toString() {
        return "HuaweiAkSkCredentials[accessKey=" + accessKey + ", secretKey=***"
                + (securityToken == null ? "" : ", securityToken=***")
                + (projectId == null ? "" : ", projectId=" + projectId)
                + (domainId == null ? "" : ", domainId=" + domainId)
                + (expiration == null ? "" : ", expiration=" + expiration) + "]";
    }

    /** Builder for {@link HuaweiAkSkCredentials}. */
    public static final class Builder {
        private String accessKey;
        private String secretKey;
        private String securityToken;
        private String projectId;
        private String domainId;
        private Instant expiration;

        private Builder() {
        }

        public Builder accessKey(String accessKey) {
            this.accessKey = accessKey;
            return this;
        }

        public Builder secretKey(String secretKey) {
            this.secretKey = secretKey;
            return this;
        }

        public Builder securityToken(String securityToken) {
            this.securityToken = securityToken;
            return this;
        }

        public Builder projectId(String projectId) {
            this.projectId = projectId;
            return this;
        }

        public Builder domainId(String domainId) {
            this.domainId = domainId;
            return this;
        }

        public Builder expiration(Instant expiration) {
            this.expiration = expiration;
            return this;
        }

        public HuaweiAkSkCredentials build() {
            return new HuaweiAkSkCredentials(this);
        }
    }
}
