package dev.migsdk.core.client;

import dev.migsdk.core.ProxyConfig;
import dev.migsdk.core.RetryPolicy;
import dev.migsdk.core.Sleeper;
import dev.migsdk.core.auth.Credentials;
import dev.migsdk.core.auth.CredentialsProvider;
import dev.migsdk.core.auth.StaticCredentialsProvider;
import dev.migsdk.core.internal.http.OkHttpTransport;
import dev.migsdk.core.internal.pipeline.AdaptiveRateLimiter;
import dev.migsdk.core.internal.pipeline.ClientRuntime;
import dev.migsdk.core.internal.pipeline.RetryBudget;
import dev.migsdk.core.internal.pipeline.RuntimeSettings;
import dev.migsdk.core.internal.pipeline.ServiceSpec;
import dev.migsdk.core.internal.pipeline.StartupWarmup;
import dev.migsdk.core.internal.protocol.Endpoint;
import dev.migsdk.core.internal.protocol.Protocol;
import dev.migsdk.core.internal.util.UserAgent;
import dev.migsdk.core.internal.util.Logs;
import dev.migsdk.core.internal.util.Validate;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import okhttp3.Dispatcher;
import okhttp3.OkHttpClient;
import org.slf4j.LoggerFactory;

/**
 * Settings every client shares. A builder is not thread-safe; the client it builds is immutable and
 * thread-safe. Defaults: HTTPS to the region's endpoint, the provider's default credentials chain,
 * {@link RetryPolicy#defaults()}, connect timeout 5 s, read and write timeouts 30 s, no API-call or
 * attempt timeout, 64 concurrent requests, a retry budget, idempotent deletes, no adaptive rate limiting.
 *
 * @param <B> the concrete builder
 * @param <C> the credentials the client signs with
 */
public abstract class SdkClientBuilder<B extends SdkClientBuilder<B, C>, C extends Credentials> {
    private static final Pattern REGION = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final long MAX_RESPONSE_BYTES = 1 << 20;
    private static final int RETRY_BUDGET_CAPACITY = 500;
    private static final int RETRY_COST = 5;

    private String region;
    private URI endpointOverride;
    private boolean allowPlainHttp;
    private CredentialsProvider<? extends C> credentialsProvider;
    private RetryPolicy retryPolicy = RetryPolicy.defaults();
    private Duration apiCallTimeout;
    private Duration apiCallAttemptTimeout;
    private Duration connectTimeout = Duration.ofSeconds(5);
    private Duration readTimeout = Duration.ofSeconds(30);
    private Duration writeTimeout = Duration.ofSeconds(30);
    private ProxyConfig proxy;
    private String userAgentSuffix;
    private OkHttpClient httpClient;
    private int maxConcurrency = 64;
    private Clock clock = Clock.systemUTC();
    private Sleeper sleeper = Sleeper.system();
    private boolean retryBudget = true;
    private boolean idempotentDeletes = true;
    private boolean adaptiveRateLimiting;

    protected SdkClientBuilder() {
    }

    /** Region id such as {@code cn-hangzhou} or {@code ap-southeast-1}; picks the endpoint. */
    public B region(String region) {
        this.region = region;
        return self();
    }

    /**
     * Sends calls to this URI instead of the region's endpoint (private endpoints, the emulator, tests).
     * Only scheme, host and port are allowed. {@code http} needs {@link #allowPlainHttp(boolean)}.
     */
    public B endpointOverride(URI endpoint) {
        this.endpointOverride = endpoint;
        return self();
    }

    /**
     * Allows an {@code http://} endpoint override. Requests and signatures then travel unencrypted:
     * only for local emulators and tests. Logged at WARN.
     */
    public B allowPlainHttp(boolean allow) {
        this.allowPlainHttp = allow;
        return self();
    }

    /** Where credentials come from; defaults to the provider's default chain. */
    public B credentialsProvider(CredentialsProvider<? extends C> provider) {
        this.credentialsProvider = Objects.requireNonNull(provider, "credentialsProvider");
        return self();
    }

    /** Fixed credentials. */
    public B credentials(C credentials) {
        return credentialsProvider(StaticCredentialsProvider.create(Objects.requireNonNull(credentials,
                "credentials")));
    }

    /** Retry policy for every call (a call may override it). */
    public B retryPolicy(RetryPolicy retryPolicy) {
        this.retryPolicy = Objects.requireNonNull(retryPolicy, "retryPolicy");
        return self();
    }

    /** Deadline for a whole call, retries and backoff included. Unset: no deadline. */
    public B apiCallTimeout(Duration timeout) {
        this.apiCallTimeout = Validate.positive(timeout, "apiCallTimeout");
        return self();
    }

    /** Deadline for one attempt (connect, send, wait, read); a timed-out attempt is retried. Unset: none. */
    public B apiCallAttemptTimeout(Duration timeout) {
        this.apiCallAttemptTimeout = Validate.positive(timeout, "apiCallAttemptTimeout");
        return self();
    }

    /** TCP/TLS connect timeout (default 5 s). */
    public B connectTimeout(Duration timeout) {
        this.connectTimeout = Validate.positive(timeout, "connectTimeout");
        return self();
    }

    /** Longest silence while reading a response (default 30 s). */
    public B readTimeout(Duration timeout) {
        this.readTimeout = Validate.positive(timeout, "readTimeout");
        return self();
    }

    /** Longest stall while writing a request (default 30 s). */
    public B writeTimeout(Duration timeout) {
        this.writeTimeout = Validate.positive(timeout, "writeTimeout");
        return self();
    }

    /** An HTTP proxy. */
    public B proxy(ProxyConfig proxy) {
        this.proxy = proxy;
        return self();
    }

    /** Appended to the {@code User-Agent}, e.g. your tool's name and version. */
    public B userAgentSuffix(String suffix) {
        this.userAgentSuffix = suffix == null ? null : Validate.headerValue(suffix, "userAgentSuffix");
        return self();
    }

    /**
     * An OkHttp client to share its connection pool and dispatcher (and to supply your own TLS trust).
     * The SDK derives its own settings from it (no redirects, its timeouts stay yours) and never shuts it down.
     */
    public B httpClient(OkHttpClient client) {
        this.httpClient = client;
        return self();
    }

    /** Most requests in flight at once, also per host (default 64; OkHttp's own default is 5 per host). */
    public B maxConcurrency(int max) {
        if (max < 1) {
            throw new IllegalArgumentException("maxConcurrency must be at least 1 (was " + max + ")");
        }
        this.maxConcurrency = max;
        return self();
    }

    /** Clock for request timestamps (tests). */
    public B clock(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
        return self();
    }

    /** How retry backoff is waited out (tests can make it instant). */
    public B sleeper(Sleeper sleeper) {
        this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
        return self();
    }

    /**
     * Whether retries draw from a client-wide budget (on by default): when most calls keep failing,
     * calls fail fast with {@link dev.migsdk.core.exception.RetryBudgetExhaustedException} instead of
     * multiplying the load.
     */
    public B retryBudget(boolean enabled) {
        this.retryBudget = enabled;
        return self();
    }

    /**
     * Whether a delete that was sent, lost its answer, and is answered "not found" on retry counts as
     * done (on by default); the response then says {@code alreadyDeleted()}. A first-attempt "not
     * found" is always an error.
     */
    public B idempotentDeletes(boolean enabled) {
        this.idempotentDeletes = enabled;
        return self();
    }

    /**
     * Whether the client slows its own send rate after throttling answers and speeds up again as calls
     * succeed (off by default; useful for bulk jobs against throttled APIs).
     */
    public B adaptiveRateLimiting(boolean enabled) {
        this.adaptiveRateLimiting = enabled;
        return self();
    }

    /** The provider's default credentials chain. */
    protected abstract CredentialsProvider<? extends C> defaultCredentialsProvider();

    /** The provider's wire conventions for {@code spec}. */
    protected abstract Protocol<C> protocol(ServiceSpec spec);

    /** Checks the settings and builds the runtime of a client of {@code spec}. */
    protected final ClientRuntime<C> buildRuntime(ServiceSpec spec) {
        StartupWarmup.start();
        Endpoint endpoint = resolveEndpoint(spec);
        Protocol<C> protocol = protocol(spec);
        CredentialsProvider<? extends C> credentials = credentialsProvider != null ? credentialsProvider
                : defaultCredentialsProvider();
        OkHttpTransport transport = new OkHttpTransport(okHttpClient(), httpClient == null, MAX_RESPONSE_BYTES);
        RetryBudget budget = retryBudget ? new RetryBudget(RETRY_BUDGET_CAPACITY, RETRY_COST) : RetryBudget.unlimited();
        AdaptiveRateLimiter limiter = adaptiveRateLimiting ? new AdaptiveRateLimiter(System::nanoTime, 10_000) : null;
        return new ClientRuntime<>(new RuntimeSettings<>(spec, protocol, endpoint, credentials, retryPolicy, budget,
                limiter, apiCallTimeout, apiCallAttemptTimeout, clock, sleeper, UserAgent.of(userAgentSuffix),
                idempotentDeletes, transport));
    }

    private Endpoint resolveEndpoint(ServiceSpec spec) {
        if (region != null && (region.length() > 64 || !REGION.matcher(region).matches())) {
            throw new IllegalArgumentException("region must look like 'cn-hangzhou' (lower-case letters, digits"
                    + " and single hyphens, at most 64 characters): '" + region + "'");
        }
        if (endpointOverride != null) {
            URI u = endpointOverride;
            String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("https") && !scheme.equals("http")) {
                throw new IllegalArgumentException("endpointOverride must be an https:// URI: " + u);
            }
            if (scheme.equals("http") && !allowPlainHttp) {
                throw new IllegalArgumentException("endpointOverride is plain http (" + u + "); requests and "
                        + "signatures would travel unencrypted. Use https, or call allowPlainHttp(true) for a "
                        + "local emulator or test server");
            }
            if (u.getHost() == null || u.getRawUserInfo() != null || u.getRawQuery() != null
                    || u.getRawFragment() != null || (u.getRawPath() != null && !u.getRawPath().isEmpty()
                    && !u.getRawPath().equals("/"))) {
                throw new IllegalArgumentException("endpointOverride must be scheme://host[:port] only: " + u);
            }
            if (scheme.equals("http")) {
                Logs.whenReady(() -> LoggerFactory.getLogger(SdkClientBuilder.class).warn(
                        "{} client uses plain HTTP to {}: only for local emulators and tests", spec.name(), u));
            }
            String host = u.getHost();
            if (host.startsWith("[") && host.endsWith("]")) {
                host = host.substring(1, host.length() - 1);
            }
            return new Endpoint(scheme, host, u.getPort());
        }
        String host = spec.endpointRule().host(region);
        if (host == null) {
            throw new IllegalStateException(spec.name() + " client needs a region or an endpointOverride; "
                    + "neither was set");
        }
        return new Endpoint("https", host, -1);
    }

    private OkHttpClient okHttpClient() {
        OkHttpClient.Builder b;
        if (httpClient != null) {
            b = httpClient.newBuilder();
        } else {
            Dispatcher dispatcher = new Dispatcher();
            dispatcher.setMaxRequests(maxConcurrency);
            dispatcher.setMaxRequestsPerHost(maxConcurrency);
            b = new OkHttpClient.Builder()
                    .dispatcher(dispatcher)
                    .connectTimeout(connectTimeout)
                    .readTimeout(readTimeout)
                    .writeTimeout(writeTimeout);
        }
        b.followRedirects(false).followSslRedirects(false).retryOnConnectionFailure(false);
        if (proxy != null) {
            b.proxy(new Proxy(Proxy.Type.HTTP, InetSocketAddress.createUnresolved(proxy.host(), proxy.port())));
            if (proxy.username() != null) {
                String basic = okhttp3.Credentials.basic(proxy.username(), proxy.password());
                b.proxyAuthenticator((route, response) -> response.request().header("Proxy-Authorization") != null
                        ? null
                        : response.request().newBuilder().header("Proxy-Authorization", basic).build());
            }
        }
        return b.build();
    }

    @SuppressWarnings("unchecked")
    protected final B self() {
        return (B) this;
    }
}
