package dev.migsdk.core.auth;

import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.migsdk.core.exception.CredentialsException;
import dev.migsdk.core.internal.auth.AuthHttp;
import dev.migsdk.core.internal.auth.Instants;
import dev.migsdk.core.internal.auth.JsonFiles;
import dev.migsdk.core.internal.auth.RefreshPolicy;
import dev.migsdk.core.internal.auth.RefreshingCredentialsCache;
import dev.migsdk.core.internal.auth.SystemContext;
import dev.migsdk.core.internal.util.Validate;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * Huawei Cloud IAM user tokens obtained with a password ({@code POST /v3/auth/tokens}), for services
 * called with {@code X-Auth-Token}. Tokens are valid for 24 hours; this provider caches one and fetches
 * a new one an hour before it expires (see {@code docs/CREDENTIALS.md}).
 *
 * <pre>{@code
 * HuaweiIamTokenProvider tokens = HuaweiIamTokenProvider.builder()
 *         .accountName("my-account").userName("migration-bot").password(password)
 *         .projectScope("cn-north-4")
 *         .build();
 * }</pre>
 *
 * The returned {@link HuaweiTokenCredentials} carry the configured project/account ids, else the ones
 * IAM reports in the token ({@code token.project.id}, {@code token.user.domain.id}). The password never
 * appears in {@link #toString()}, logs or exception messages.
 */
public final class HuaweiIamTokenProvider implements CredentialsProvider<HuaweiCredentials> {
    /** Default (global) IAM endpoint. */
    public static final String DEFAULT_IAM_ENDPOINT = "https://iam.myhuaweicloud.com";
    static final String ENV_IAM_ENDPOINT = "HUAWEICLOUD_SDK_IAM_ENDPOINT";
    static final String SUBJECT_TOKEN_HEADER = "X-Subject-Token";
    private static final Logger LOG = LoggerFactory.getLogger(HuaweiIamTokenProvider.class);

    private final AuthHttp.Url tokensUrl;
    private final String accountName;
    private final String userName;
    private final char[] password;
    private final String projectName;
    private final String projectId;
    private final String domainId;
    private final AuthHttp.Client http;
    private final RefreshingCredentialsCache<HuaweiTokenCredentials> cache;

    private HuaweiIamTokenProvider(Builder b) {
        this.accountName = Validate.token(b.accountName, "accountName");
        this.userName = Validate.token(b.userName, "userName");
        Objects.requireNonNull(b.password, "password must not be null");
        if (b.password.length == 0) {
            throw new IllegalArgumentException("password must not be empty");
        }
        this.password = b.password.clone();
        if (!b.domainScope && b.projectName == null) {
            throw new IllegalArgumentException("a scope is required: projectScope(region) or domainScope()");
        }
        this.projectName = b.domainScope ? null : b.projectName;
        this.projectId = b.projectId;
        this.domainId = b.domainId;
        String endpoint = b.iamEndpoint != null ? b.iamEndpoint : b.context.env(ENV_IAM_ENDPOINT);
        AuthHttp.Url base = AuthHttp.endpoint(endpoint != null ? endpoint : DEFAULT_IAM_ENDPOINT, "iamEndpoint",
                b.allowPlainHttp);
        this.tokensUrl = base.plus("v3/auth/tokens");
        this.http = AuthHttp.client(b.connectTimeout, b.readTimeout);
        this.cache = new RefreshingCredentialsCache<>("IAM token for user '" + userName + "' of account '"
                + accountName + "' at " + AuthHttp.redact(tokensUrl), this::fetch, RefreshPolicy.IAM_TOKEN,
                b.context.clock());
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A cached token, fetched or refreshed as needed. */
    @Override
    public HuaweiTokenCredentials resolveCredentials() {
        return cache.get();
    }

    /** Like {@link #resolveCredentials()}, with any token request to IAM on a background thread. */
    @Override
    public CompletableFuture<HuaweiCredentials> resolveCredentialsAsync() {
        return cache.getAsync().thenApply(c -> c);
    }

    /** Drops the cached token (e.g. after the service rejected it); the next call fetches a new one. */
    @Override
    public void invalidate() {
        cache.invalidate();
    }

    private HuaweiTokenCredentials fetch() {
        dev.migsdk.core.internal.http.HttpRequest request = tokensUrl.request("POST")
                .addHeader("Content-Type", "application/json;charset=utf8").body(requestBody()).build();
        AuthHttp.Result r = AuthHttp.execute(http, request, "IAM token request to " + AuthHttp.redact(tokensUrl));
        if (!r.successful()) {
            throw new CredentialsException("IAM token request to " + AuthHttp.redact(tokensUrl) + " failed: HTTP "
                    + r.code() + errorDetail(r.body()));
        }
        String token = SystemContext.trimToNull(r.header(SUBJECT_TOKEN_HEADER));
        if (token == null) {
            throw new CredentialsException("IAM answered HTTP " + r.code() + " without an " + SUBJECT_TOKEN_HEADER
                    + " header");
        }
        JsonNode body = JsonFiles.parse(r.body(), "the IAM token response").path("token");
        String expiresAt = JsonFiles.text(body, "expires_at");
        try {
            Instant expiration = Instants.parse(expiresAt);
            String pid = projectId != null ? projectId : JsonFiles.text(body.path("project"), "id");
            String did = domainId != null ? domainId : JsonFiles.text(body.path("user").path("domain"), "id");
            if (did == null) {
                did = JsonFiles.text(body.path("domain"), "id");
            }
            return HuaweiTokenCredentials.of(token, pid, did, expiration);
        } catch (IllegalArgumentException e) {
            throw new CredentialsException("IAM token response is unusable: " + e.getMessage(), e);
        }
    }

    private byte[] requestBody() {
        ObjectNode root = JsonFiles.MAPPER.createObjectNode();
        ObjectNode auth = root.putObject("auth");
        ObjectNode identity = auth.putObject("identity");
        identity.putArray("methods").add("password");
        ObjectNode user = identity.putObject("password").putObject("user");
        user.putObject("domain").put("name", accountName);
        user.put("name", userName);
        user.put("password", new String(password));
        ObjectNode scope = auth.putObject("scope");
        if (projectName != null) {
            scope.putObject("project").put("name", projectName);
        } else {
            scope.putObject("domain").put("name", accountName);
        }
        try {
            return JsonFiles.MAPPER.writeValueAsString(root).getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new CredentialsException("Cannot build the IAM token request", e);
        }
    }

    /** {@code ": message (title)"} from an IAM or API gateway error body, never echoing the password. */
    private String errorDetail(String body) {
        String message = null;
        String title = null;
        try {
            JsonNode root = JsonFiles.MAPPER.readTree(body);
            if (root != null) {
                JsonNode error = root.path("error");
                message = JsonFiles.text(error, "message");
                title = JsonFiles.text(error, "title");
                if (message == null) {
                    message = JsonFiles.text(root, "error_msg");
                    title = JsonFiles.text(root, "error_code");
                }
            }
        } catch (JsonProcessingException | RuntimeException notJson) {
            LOG.debug("IAM error body is not JSON ({}); reporting the status only", notJson.getClass().getSimpleName());
        }
        if (message == null) {
            return "";
        }
        String detail = ": " + message + (title == null ? "" : " (" + title + ")");
        String pw = new String(password);
        return detail.replace(pw, "***");
    }

    @Override
    public String toString() {
        return "HuaweiIamTokenProvider[endpoint=" + AuthHttp.redact(tokensUrl) + ", account=" + accountName
                + ", user=" + userName + ", scope=" + (projectName != null ? "project " + projectName : "domain")
                + "]";
    }

    /** Builder for {@link HuaweiIamTokenProvider}. */
    public static final class Builder {
        private SystemContext context = SystemContext.system();
        private String accountName;
        private String userName;
        private char[] password;
        private String projectName;
        private boolean domainScope;
        private String projectId;
        private String domainId;
        private String iamEndpoint;
        private boolean allowPlainHttp;
        private Duration connectTimeout = Duration.ofSeconds(5);
        private Duration readTimeout = Duration.ofSeconds(10);

        private Builder() {
        }

        /** The account (IAM domain) name the user belongs to. Required. */
        public Builder accountName(String accountName) {
            this.accountName = accountName;
            return this;
        }

        /** The IAM user name. Required. */
        public Builder userName(String userName) {
            this.userName = userName;
            return this;
        }

        /** The user's password. Required. */
        public Builder password(String password) {
            this.password = password == null ? null : password.toCharArray();
            return this;
        }

        /** The user's password; the array is copied. */
        public Builder password(char[] password) {
            this.password = password == null ? null : password.clone();
            return this;
        }

        /** Scope the token to a project, named like the region, e.g. {@code cn-north-4}. */
        public Builder projectScope(String projectName) {
            this.projectName = Validate.token(projectName, "projectName");
            this.domainScope = false;
            return this;
        }

        /** Scope the token to the account (for global services). */
        public Builder domainScope() {
            this.domainScope = true;
            this.projectName = null;
            return this;
        }

        /** Project id to attach to the credentials; default the one in the token. */
        public Builder projectId(String projectId) {
            this.projectId = projectId == null ? null : Validate.token(projectId, "projectId");
            return this;
        }

        /** Account id to attach to the credentials; default the one in the token. */
        public Builder domainId(String domainId) {
            this.domainId = domainId == null ? null : Validate.token(domainId, "domainId");
            return this;
        }

        /**
         * IAM base URL, e.g. {@code https://iam.cn-north-4.myhuaweicloud.com}; default
         * {@code HUAWEICLOUD_SDK_IAM_ENDPOINT}, else {@value HuaweiIamTokenProvider#DEFAULT_IAM_ENDPOINT}.
         */
        public Builder iamEndpoint(String iamEndpoint) {
            this.iamEndpoint = Objects.requireNonNull(iamEndpoint, "iamEndpoint");
            return this;
        }

        /** Allow a plain {@code http} IAM endpoint (emulators and tests only); default false. */
        public Builder allowPlainHttp(boolean allowPlainHttp) {
            this.allowPlainHttp = allowPlainHttp;
            return this;
        }

        /** Connect timeout; default 5 s. */
        public Builder connectTimeout(Duration connectTimeout) {
            this.connectTimeout = Validate.positive(connectTimeout, "connectTimeout");
            return this;
        }

        /** Read timeout; default 10 s. */
        public Builder readTimeout(Duration readTimeout) {
            this.readTimeout = Validate.positive(readTimeout, "readTimeout");
            return this;
        }

        Builder systemContext(SystemContext context) {
            this.context = Objects.requireNonNull(context, "context");
            return this;
        }

        /**
         * @throws NullPointerException     if account, user or password is missing
         * @throws IllegalArgumentException if no scope is set or the endpoint is not https (and plain
         *                                  http was not allowed)
         */
        public HuaweiIamTokenProvider build() {
            return new HuaweiIamTokenProvider(this);
        }

        @Override
        public String toString() {
            return "HuaweiIamTokenProvider.Builder[account=" + accountName + ", user=" + userName
                    + ", password=" + (password == null ? "null" : "***") + "]";
        }
    }
}
