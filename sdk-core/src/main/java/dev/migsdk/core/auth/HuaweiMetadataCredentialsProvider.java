package dev.migsdk.core.auth;

import java.util.concurrent.CompletableFuture;
import com.fasterxml.jackson.databind.JsonNode;
import dev.migsdk.core.exception.CredentialsException;
import dev.migsdk.core.internal.auth.AuthHttp;
import dev.migsdk.core.internal.auth.Instants;
import dev.migsdk.core.internal.auth.JsonFiles;
import dev.migsdk.core.internal.auth.RefreshPolicy;
import dev.migsdk.core.internal.auth.RefreshingCredentialsCache;
import dev.migsdk.core.internal.auth.SystemContext;
import dev.migsdk.core.internal.util.Validate;
import java.time.Duration;
import java.util.Objects;

/**
 * Temporary AK/SK (with security token) of the agency bound to the Huawei Cloud ECS instance, from
 * {@code GET http://169.254.169.254/openstack/latest/securitykey}. The metadata service does not give
 * a project or account id; they come from the builder, else {@code HUAWEICLOUD_SDK_PROJECT_ID} and
 * {@code HUAWEICLOUD_SDK_DOMAIN_ID}. Credentials are cached and refreshed 5 minutes before they expire
 * (see {@code docs/CREDENTIALS.md}).
 */
public final class HuaweiMetadataCredentialsProvider implements CredentialsProvider<HuaweiCredentials> {
    /** Default metadata endpoint. */
    public static final String DEFAULT_METADATA_ENDPOINT = "http://169.254.169.254";

    private final SystemContext context;
    private final AuthHttp.Url url;
    private final String projectId;
    private final String domainId;
    private final AuthHttp.Client http;
    private final RefreshingCredentialsCache<HuaweiAkSkCredentials> cache;

    private HuaweiMetadataCredentialsProvider(Builder b) {
        this.context = b.context;
        this.url = AuthHttp.endpoint(b.metadataEndpoint, "metadataEndpoint", true)
                .plus("openstack/latest/securitykey");
        this.projectId = b.projectId;
        this.domainId = b.domainId;
        this.http = AuthHttp.client(b.connectTimeout, b.readTimeout);
        this.cache = new RefreshingCredentialsCache<>("ECS metadata security key at " + AuthHttp.redact(url),
                this::fetch, RefreshPolicy.TEMPORARY_CREDENTIALS, context.clock());
    }

    /** A provider with the default endpoint. */
    public static HuaweiMetadataCredentialsProvider create() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    @Override
    public HuaweiAkSkCredentials resolveCredentials() {
        return cache.get();
    }

    /** Like {@link #resolveCredentials()}, with any fetch from the metadata service on a background thread. */
    @Override
    public CompletableFuture<HuaweiCredentials> resolveCredentialsAsync() {
        return cache.getAsync().thenApply(c -> c);
    }

    @Override
    public void invalidate() {
        cache.invalidate();
    }

    private HuaweiAkSkCredentials fetch() {
        AuthHttp.Result r = AuthHttp.execute(http, url.request("GET").build(),
                "ECS metadata security key request");
        if (!r.successful()) {
            throw new CredentialsException("ECS metadata returned HTTP " + r.code() + " for "
                    + AuthHttp.redact(url) + (r.code() == 404 ? " (is an agency bound to this instance?)" : ""));
        }
        JsonNode credential = JsonFiles.parse(r.body(), "the ECS metadata response").get("credential");
        String access = JsonFiles.text(credential, "access");
        String secret = JsonFiles.text(credential, "secret");
        String token = JsonFiles.text(credential, "securitytoken");
        String expiresAt = JsonFiles.text(credential, "expires_at");
        if (access == null || secret == null || token == null || expiresAt == null) {
            throw new CredentialsException("ECS metadata response lacks one of credential.access, .secret,"
                    + " .securitytoken, .expires_at");
        }
        try {
            return HuaweiAkSkCredentials.builder()
                    .accessKey(access).secretKey(secret).securityToken(token)
                    .expiration(Instants.parse(expiresAt))
                    .projectId(projectId != null ? projectId : context.env(HuaweiEnvironmentCredentialsProvider.PROJECT_ID))
                    .domainId(domainId != null ? domainId : context.env(HuaweiEnvironmentCredentialsProvider.DOMAIN_ID))
                    .build();
        } catch (IllegalArgumentException e) {
            throw new CredentialsException("ECS metadata response is malformed: " + e.getMessage(), e);
        }
    }

    @Override
    public String toString() {
        return "HuaweiMetadataCredentialsProvider[" + AuthHttp.redact(url) + "]";
    }

    /** Builder for {@link HuaweiMetadataCredentialsProvider}. */
    public static final class Builder {
        private SystemContext context = SystemContext.system();
        private String metadataEndpoint = DEFAULT_METADATA_ENDPOINT;
        private String projectId;
        private String domainId;
        private Duration connectTimeout = Duration.ofSeconds(1);
        private Duration readTimeout = Duration.ofSeconds(1);

        private Builder() {
        }

        /** Metadata service base URL; default {@value HuaweiMetadataCredentialsProvider#DEFAULT_METADATA_ENDPOINT}. */
        public Builder metadataEndpoint(String metadataEndpoint) {
            this.metadataEndpoint = Objects.requireNonNull(metadataEndpoint, "metadataEndpoint");
            return this;
        }

        /** Project id to attach (regional services); default {@code HUAWEICLOUD_SDK_PROJECT_ID}. */
        public Builder projectId(String projectId) {
            this.projectId = projectId == null ? null : Validate.token(projectId, "projectId");
            return this;
        }

        /** Account id to attach (global services); default {@code HUAWEICLOUD_SDK_DOMAIN_ID}. */
        public Builder domainId(String domainId) {
            this.domainId = domainId == null ? null : Validate.token(domainId, "domainId");
            return this;
        }

        /** Connect timeout; default 1 s. */
        public Builder connectTimeout(Duration connectTimeout) {
            this.connectTimeout = Validate.positive(connectTimeout, "connectTimeout");
            return this;
        }

        /** Read timeout; default 1 s. */
        public Builder readTimeout(Duration readTimeout) {
            this.readTimeout = Validate.positive(readTimeout, "readTimeout");
            return this;
        }

        Builder systemContext(SystemContext context) {
            this.context = Objects.requireNonNull(context, "context");
            return this;
        }

        public HuaweiMetadataCredentialsProvider build() {
            return new HuaweiMetadataCredentialsProvider(this);
        }
    }
}
