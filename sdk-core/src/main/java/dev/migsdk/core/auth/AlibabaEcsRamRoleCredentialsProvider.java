package dev.migsdk.core.auth;

import java.util.concurrent.CompletableFuture;
import com.fasterxml.jackson.databind.JsonNode;
import dev.migsdk.core.exception.CredentialsException;
import dev.migsdk.core.internal.auth.AuthHttp;
import dev.migsdk.core.internal.http.HttpRequest;
import dev.migsdk.core.internal.auth.Instants;
import dev.migsdk.core.internal.auth.JsonFiles;
import dev.migsdk.core.internal.auth.RefreshPolicy;
import dev.migsdk.core.internal.auth.RefreshingCredentialsCache;
import dev.migsdk.core.internal.auth.SystemContext;
import dev.migsdk.core.internal.util.Validate;
import java.time.Duration;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Temporary credentials of the RAM role attached to the ECS instance, from the instance metadata service
 * ({@code http://100.100.100.200} by default).
 *
 * <p>Each refresh first asks for an IMDSv2 session token ({@code PUT /latest/api/token}) and sends it as
 * {@code X-aliyun-ecs-metadata-token}; if that fails it falls back to IMDSv1 (no token) unless
 * {@code ALIBABA_CLOUD_IMDSV1_DISABLED=true} or {@link Builder#imdsV1Disabled(boolean)}. The role is the
 * configured one, else {@code ALIBABA_CLOUD_ECS_METADATA}, else the one the instance lists. The
 * provider is disabled by {@code ALIBABA_CLOUD_ECS_METADATA_DISABLED=true}. Credentials are cached and
 * refreshed 5 minutes before they expire (see {@code docs/CREDENTIALS.md}).
 */
public final class AlibabaEcsRamRoleCredentialsProvider implements CredentialsProvider<AlibabaCredentials> {
    /** Default metadata endpoint. */
    public static final String DEFAULT_METADATA_ENDPOINT = "http://100.100.100.200";
    static final String ENV_ROLE = "ALIBABA_CLOUD_ECS_METADATA";
    static final String ENV_DISABLED = "ALIBABA_CLOUD_ECS_METADATA_DISABLED";
    static final String ENV_IMDSV1_DISABLED = "ALIBABA_CLOUD_IMDSV1_DISABLED";
    static final String TOKEN_TTL_HEADER = "X-aliyun-ecs-metadata-token-ttl-seconds";
    static final String TOKEN_HEADER = "X-aliyun-ecs-metadata-token";
    static final String TOKEN_TTL_SECONDS = "21600";
    private static final String CREDENTIALS_PATH = "latest/meta-data/ram/security-credentials/";
    private static final Logger LOG = LoggerFactory.getLogger(AlibabaEcsRamRoleCredentialsProvider.class);

    private final SystemContext context;
    private final AuthHttp.Url endpoint;
    private final String roleName;
    private final boolean imdsV1Disabled;
    private final AuthHttp.Client http;
    private final RefreshingCredentialsCache<AlibabaCredentials> cache;

    private AlibabaEcsRamRoleCredentialsProvider(Builder b) {
        this.context = b.context;
        this.endpoint = AuthHttp.endpoint(b.metadataEndpoint, "metadataEndpoint", true);
        this.roleName = b.roleName;
        this.imdsV1Disabled = b.imdsV1Disabled;
        this.http = AuthHttp.client(b.connectTimeout, b.readTimeout);
        this.cache = new RefreshingCredentialsCache<>("ECS RAM role credentials at " + AuthHttp.redact(endpoint),
                this::fetch, RefreshPolicy.TEMPORARY_CREDENTIALS, context.clock());
    }

    /** A provider with the default endpoint that finds the role from the environment or the instance. */
    public static AlibabaEcsRamRoleCredentialsProvider create() {
        return builder().build();
    }

    /** A provider for the named RAM role. */
    public static AlibabaEcsRamRoleCredentialsProvider create(String roleName) {
        return builder().roleName(roleName).build();
    }

    public static Builder builder() {
        return new Builder();
    }

    @Override
    public AlibabaCredentials resolveCredentials() {
        if (context.envTrue(ENV_DISABLED)) {
            throw new CredentialsException("ECS metadata credentials are disabled by " + ENV_DISABLED + "=true");
        }
        return cache.get();
    }

    /** Like {@link #resolveCredentials()}, with any fetch from the metadata service on a background thread. */
    @Override
    public CompletableFuture<AlibabaCredentials> resolveCredentialsAsync() {
        if (context.envTrue(ENV_DISABLED)) {
            return CompletableFuture.failedFuture(new CredentialsException("ECS metadata credentials are disabled by "
                    + ENV_DISABLED + "=true"));
        }
        return cache.getAsync();
    }

    @Override
    public void invalidate() {
        cache.invalidate();
    }

    private AlibabaCredentials fetch() {
        String token = fetchSessionToken();
        String role = roleName != null ? roleName : context.env(ENV_ROLE);
        if (role == null) {
            role = discoverRole(token);
        }
        AuthHttp.Url url = endpoint.plus(CREDENTIALS_PATH).plusSegment(role);
        AuthHttp.Result r = AuthHttp.execute(http, get(url, token), "ECS metadata request for RAM role '" + role + "'");
        if (r.code() == 404) {
            throw new CredentialsException("RAM role '" + role + "' is not attached to this ECS instance (HTTP 404"
                    + " from " + AuthHttp.redact(url) + ")");
        }
        if (!r.successful()) {
            throw new CredentialsException("ECS metadata returned HTTP " + r.code() + " for RAM role '" + role + "'");
        }
        JsonNode json = JsonFiles.parse(r.body(), "the ECS metadata response for RAM role '" + role + "'");
        String code = JsonFiles.text(json, "Code");
        if (code != null && !"Success".equals(code)) {
            throw new CredentialsException("ECS metadata returned Code '" + code + "' for RAM role '" + role + "'");
        }
        String id = JsonFiles.text(json, "AccessKeyId");
        String secret = JsonFiles.text(json, "AccessKeySecret");
        String securityToken = JsonFiles.text(json, "SecurityToken");
        String expiration = JsonFiles.text(json, "Expiration");
        if (id == null || secret == null || securityToken == null || expiration == null) {
            throw new CredentialsException("ECS metadata response for RAM role '" + role + "' lacks one of"
                    + " AccessKeyId, AccessKeySecret, SecurityToken, Expiration");
        }
        try {
            return AlibabaCredentials.of(id, secret, securityToken, Instants.parse(expiration));
        } catch (IllegalArgumentException e) {
            throw new CredentialsException("ECS metadata response for RAM role '" + role + "' is malformed: "
                    + e.getMessage(), e);
        }
    }

    /** IMDSv2 session token, or {@code null} to go on with IMDSv1. */
    private String fetchSessionToken() {
        boolean v1Disabled = imdsV1Disabled || context.envTrue(ENV_IMDSV1_DISABLED);
        AuthHttp.Url url = endpoint.plus("latest/api/token");
        HttpRequest put = url.request("PUT").addHeader(TOKEN_TTL_HEADER, TOKEN_TTL_SECONDS).build();
        String failure;
        try {
            AuthHttp.Result r = AuthHttp.execute(http, put, "ECS metadata token request");
            String token = SystemContext.trimToNull(r.body());
            if (r.successful() && token != null) {
                return token;
            }
            failure = "HTTP " + r.code();
        } catch (CredentialsException e) {
            if (Thread.currentThread().isInterrupted()) {
                throw e;
            }
            failure = e.getMessage();
        }
        if (v1Disabled) {
            throw new CredentialsException("ECS metadata (IMDSv2) token request failed (" + failure
                    + ") and IMDSv1 fallback is disabled");
        }
        LOG.debug("ECS metadata token request failed ({}); falling back to IMDSv1", failure);
        return null;
    }

    private String discoverRole(String token) {
        AuthHttp.Url url = endpoint.plus(CREDENTIALS_PATH);
        AuthHttp.Result r = AuthHttp.execute(http, get(url, token), "ECS metadata RAM role lookup");
        if (r.code() == 404) {
            throw new CredentialsException("No RAM role is attached to this ECS instance (HTTP 404 from "
                    + AuthHttp.redact(url) + ")");
        }
        if (!r.successful()) {
            throw new CredentialsException("ECS metadata RAM role lookup returned HTTP " + r.code());
        }
        String role = r.body().lines().map(String::trim).filter(s -> !s.isEmpty()).findFirst().orElse(null);
        if (role == null) {
            throw new CredentialsException("No RAM role is attached to this ECS instance (empty list from "
                    + AuthHttp.redact(url) + ")");
        }
        return role;
    }

    private static HttpRequest get(AuthHttp.Url url, String token) {
        HttpRequest.Builder b = url.request("GET");
        if (token != null) {
            b.addHeader(TOKEN_HEADER, token);
        }
        return b.build();
    }

    @Override
    public String toString() {
        return "AlibabaEcsRamRoleCredentialsProvider[endpoint=" + AuthHttp.redact(endpoint)
                + (roleName == null ? "" : ", roleName=" + roleName) + "]";
    }

    /** Builder for {@link AlibabaEcsRamRoleCredentialsProvider}. */
    public static final class Builder {
        private SystemContext context = SystemContext.system();
        private String metadataEndpoint = DEFAULT_METADATA_ENDPOINT;
        private String roleName;
        private boolean imdsV1Disabled;
        private Duration connectTimeout = Duration.ofSeconds(1);
        private Duration readTimeout = Duration.ofSeconds(1);

        private Builder() {
        }

        /** The RAM role; by default {@code ALIBABA_CLOUD_ECS_METADATA}, else the role the instance lists. */
        public Builder roleName(String roleName) {
            this.roleName = roleName == null ? null : Validate.token(roleName, "roleName").trim();
            return this;
        }

        /** Metadata service base URL; default {@value AlibabaEcsRamRoleCredentialsProvider#DEFAULT_METADATA_ENDPOINT}. */
        public Builder metadataEndpoint(String metadataEndpoint) {
            this.metadataEndpoint = Objects.requireNonNull(metadataEndpoint, "metadataEndpoint");
            return this;
        }

        /** Never fall back to IMDSv1 (also set by {@code ALIBABA_CLOUD_IMDSV1_DISABLED=true}). */
        public Builder imdsV1Disabled(boolean imdsV1Disabled) {
            this.imdsV1Disabled = imdsV1Disabled;
            return this;
        }

        /** Connect timeout per metadata request; default 1 s. */
        public Builder connectTimeout(Duration connectTimeout) {
            this.connectTimeout = Validate.positive(connectTimeout, "connectTimeout");
            return this;
        }

        /** Read timeout per metadata request; default 1 s. */
        public Builder readTimeout(Duration readTimeout) {
            this.readTimeout = Validate.positive(readTimeout, "readTimeout");
            return this;
        }

        Builder systemContext(SystemContext context) {
            this.context = Objects.requireNonNull(context, "context");
            return this;
        }

        public AlibabaEcsRamRoleCredentialsProvider build() {
            return new AlibabaEcsRamRoleCredentialsProvider(this);
        }
    }
}
