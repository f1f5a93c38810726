package dev.migsdk.core.internal.client;

import dev.migsdk.core.ProxyConfig;
import dev.migsdk.core.RetryPolicy;
import dev.migsdk.core.Sleeper;
import dev.migsdk.core.auth.Credentials;
import dev.migsdk.core.auth.CredentialsProvider;
import dev.migsdk.core.auth.StaticCredentialsProvider;
import dev.migsdk.core.client.SdkClientBuilder;
import dev.migsdk.core.interceptor.ExecutionInterceptor;
import dev.migsdk.core.internal.http.Transports;
import dev.migsdk.core.internal.pipeline.AdaptiveRateLimiter;
import dev.migsdk.core.internal.pipeline.ClientRuntime;
import dev.migsdk.core.internal.pipeline.RetryBudget;
import dev.migsdk.core.internal.pipeline.RuntimeSettings;
import dev.migsdk.core.internal.pipeline.ServiceSpec;
import dev.migsdk.core.internal.protocol.Endpoint;
import dev.migsdk.core.internal.protocol.Protocol;
import dev.migsdk.core.internal.util.UserAgent;
import dev.migsdk.core.internal.util.LibraryVersions;
import dev.migsdk.core.internal.util.Validate;
import dev.migsdk.http.HttpTransport;
import dev.migsdk.http.HttpTransportFactory;
import dev.migsdk.http.HttpTransportOptions;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import org.slf4j.LoggerFactory;

/**
 * The settings of {@link SdkClientBuilder} and the one place that checks them and turns them into a
 * {@link ClientRuntime}. A product's builder extends a provider's subclass and adds {@code build()}.
 * Internal API.
 *
 * @param <B> the builder interface the concrete builder implements
 * @param <C> the credentials the client signs with
 */
public abstract class BaseClientBuilder<B extends SdkClientBuilder<B, C>, C extends Credentials>
        implements SdkClientBuilder<B, C> {
    private static final Pattern REGION = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final long MAX_RESPONSE_BYTES = 1 << 20;
    private static final int RETRY_BUDGET_CAPACITY = 500;
    private static final int RETRY_COST = 5;

    private String region;
    private URI endpointOverride;
    private boolean allowPlainHttp;
    private CredentialsProvider<? extends C> credentialsProvider;
    private RetryPolicy retryPolicy = RetryPolicy.defaults();
    private Duration apiCallTimeout = ClientRuntime.DEFAULT_API_CALL_TIMEOUT;
    private final List<ExecutionInterceptor> interceptors = new ArrayList<>();
    private Duration closeGrace = ClientRuntime.CLOSE_GRACE;
    private Duration apiCallAttemptTimeout;
    private Duration connectTimeout; // unset: the transport's own (a given OkHttp client's), else the default
    private Duration readTimeout;
    private Duration writeTimeout;
    private ProxyConfig proxy;
    private String userAgentSuffix;
    private HttpTransportFactory httpTransport;
    private int maxConcurrency = 64;
    private Clock clock = Clock.systemUTC();
    private Sleeper sleeper = Sleeper.system();
    private boolean retryBudget = true;
    private boolean idempotentDeletes = true;
    private boolean adaptiveRateLimiting;
    private double maxRequestsPerSecond = Double.POSITIVE_INFINITY;

    protected BaseClientBuilder() {
    }

    @Override
    public B region(String region) {
        this.region = region;
        return self();
    }

    @Override
    public B endpointOverride(URI endpoint) {
        this.endpointOverride = endpoint;
        return self();
    }

    @Override
    public B allowPlainHttp(boolean allow) {
        this.allowPlainHttp = allow;
        return self();
    }

    @Override
    public B credentialsProvider(CredentialsProvider<? extends C> provider) {
        this.credentialsProvider = Objects.requireNonNull(provider, "credentialsProvider");
        return self();
    }

    @Override
    public B credentials(C credentials) {
        return credentialsProvider(StaticCredentialsProvider.create(Objects.requireNonNull(credentials,
                "credentials")));
    }

    @Override
    public B retryPolicy(RetryPolicy retryPolicy) {
        this.retryPolicy = Objects.requireNonNull(retryPolicy, "retryPolicy");
        return self();
    }

    @Override
    public B apiCallTimeout(Duration timeout) {
        this.apiCallTimeout = Validate.positive(timeout, "apiCallTimeout");
        return self();
    }

    @Override
    public B apiCallAttemptTimeout(Duration timeout) {
        this.apiCallAttemptTimeout = Validate.positive(timeout, "apiCallAttemptTimeout");
        return self();
    }

    @Override
    public B connectTimeout(Duration timeout) {
        this.connectTimeout = Validate.positive(timeout, "connectTimeout");
        return self();
    }

    @Override
    public B readTimeout(Duration timeout) {
        this.readTimeout = Validate.positive(timeout, "readTimeout");
        return self();
    }

    @Override
    public B writeTimeout(Duration timeout) {
        this.writeTimeout = Validate.positive(timeout, "writeTimeout");
        return self();
    }

    @Override
    public B proxy(ProxyConfig proxy) {
        this.proxy = proxy;
        return self();
    }

    @Override
    public B userAgentSuffix(String suffix) {
        this.userAgentSuffix = suffix == null ? null : Validate.headerValue(suffix, "userAgentSuffix");
        return self();
    }

    @Override
    public B httpTransport(HttpTransportFactory factory) {
        this.httpTransport = Objects.requireNonNull(factory, "httpTransport");
        return self();
    }

    @Override
    public B maxConcurrency(int max) {
        if (max < 1) {
            throw new IllegalArgumentException("maxConcurrency must be at least 1 (was " + max + ")");
        }
        this.maxConcurrency = max;
        return self();
    }

    @Override
    public B clock(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
        return self();
    }

    @Override
    public B sleeper(Sleeper sleeper) {
        this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
        return self();
    }

    @Override
    public B retryBudget(boolean enabled) {
        this.retryBudget = enabled;
        return self();
    }

    @Override
    public B idempotentDeletes(boolean enabled) {
        this.idempotentDeletes = enabled;
        return self();
    }

    @Override
    public B adaptiveRateLimiting(boolean enabled) {
        this.adaptiveRateLimiting = enabled;
        return self();
    }

    @Override
    public B maxRequestsPerSecond(double requestsPerSecond) {
        if (!(requestsPerSecond > 0) || Double.isInfinite(requestsPerSecond)) {
            throw new IllegalArgumentException("maxRequestsPerSecond must be a positive number (was "
                    + requestsPerSecond + ")");
        }
        this.maxRequestsPerSecond = requestsPerSecond;
        return self();
    }

    @Override
    public B addInterceptor(ExecutionInterceptor interceptor) {
        interceptors.add(Objects.requireNonNull(interceptor, "interceptor"));
        return self();
    }

    /** How long {@code close()} lets exchanges on the wire finish (tests shorten it; not a public setting). */
    public B closeGracePeriod(Duration grace) {
        this.closeGrace = Validate.notNegative(grace, "closeGracePeriod");
        return self();
    }

    /** The provider's default credentials chain, used when none was set. */
    protected abstract CredentialsProvider<? extends C> defaultCredentialsProvider();

    /** The provider's wire conventions for {@code spec}, with this builder's provider-specific settings. */
    protected abstract Protocol<C> protocol(ServiceSpec spec);

    /** Checks the settings and builds the runtime of a client of {@code spec}. */
    protected final ClientRuntime<C> buildRuntime(ServiceSpec spec) {
        Endpoint endpoint = resolveEndpoint(spec);
        Protocol<C> protocol = protocol(spec);
        CredentialsProvider<? extends C> credentials = credentialsProvider != null ? credentialsProvider
                : defaultCredentialsProvider();
        LibraryVersions.checkAtBuild();
        HttpTransport transport = Transports.create(httpTransport != null ? httpTransport : Transports.discovered(),
                transportOptions());
        RetryBudget budget = retryBudget ? new RetryBudget(RETRY_BUDGET_CAPACITY, RETRY_COST) : RetryBudget.unlimited();
        AdaptiveRateLimiter limiter = adaptiveRateLimiting || maxRequestsPerSecond < Double.POSITIVE_INFINITY
                ? new AdaptiveRateLimiter(System::nanoTime, 10_000, maxRequestsPerSecond, adaptiveRateLimiting) : null;
        return new ClientRuntime<>(new RuntimeSettings<>(spec, protocol, endpoint, credentials, retryPolicy, budget,
                limiter, apiCallTimeout, apiCallAttemptTimeout, clock, sleeper, UserAgent.of(userAgentSuffix),
                idempotentDeletes, transport), interceptors, closeGrace);
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
            int port = u.getPort(); // -1: none given, the scheme's default
            if (port != -1 && (port < 1 || port > 65535)) {
                throw new IllegalArgumentException("endpointOverride port must be 1 to 65535, not " + port + ": " + u);
            }
            if (scheme.equals("http")) {
                // Logged under the public builder's name, which users (and the examples) configure.
                LoggerFactory.getLogger(SdkClientBuilder.class).warn(
                        "{} client uses plain HTTP to {}: only for local emulators and tests", spec.name(), u);
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

    /** What the transport is asked for: this builder's timeouts (unset ones stay unset), proxy and limits. */
    private HttpTransportOptions transportOptions() {
        HttpTransportOptions.Builder o = HttpTransportOptions.builder().connectTimeout(connectTimeout)
                .readTimeout(readTimeout).writeTimeout(writeTimeout).maxConcurrency(maxConcurrency)
                .maxResponseBytes(MAX_RESPONSE_BYTES);
        if (proxy != null) {
            o.proxy(proxy.host(), proxy.port(), proxy.username(), proxy.password());
        }
        return o.build();
    }

    /** This builder as the interface its settings return. */
    @SuppressWarnings("unchecked")
    protected final B self() {
        return (B) this;
    }
}
