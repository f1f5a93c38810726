package dev.migsdk.core.client;

import dev.migsdk.core.ProxyConfig;
import dev.migsdk.core.RetryPolicy;
import dev.migsdk.core.Sleeper;
import dev.migsdk.core.auth.Credentials;
import dev.migsdk.core.auth.CredentialsProvider;
import java.net.URI;
import dev.migsdk.core.interceptor.ExecutionInterceptor;
import dev.migsdk.http.HttpTransportFactory;
import java.time.Clock;
import java.time.Duration;

/**
 * Settings every client shares. A builder is not thread-safe; the client it builds is immutable and
 * thread-safe. Settings are checked when the client is built. Defaults: HTTPS to the region's endpoint,
 * the provider's default credentials chain, {@link RetryPolicy#defaults()}, connect timeout 5 s, read and
 * write timeouts 30 s (unless the {@linkplain #httpTransport transport} brings its own), no API-call or attempt
 * timeout, 64 concurrent requests, a retry budget, idempotent deletes, no adaptive rate limiting, no proxy, and
 * the HTTP transport found on the class or module path (OkHttp's when {@code sdk-http-okhttp} is there).
 *
 * @param <B> the concrete builder
 * @param <C> the credentials the client signs with
 */
public interface SdkClientBuilder<B extends SdkClientBuilder<B, C>, C extends Credentials> {

    /** Region id such as {@code cn-hangzhou} or {@code ap-southeast-1}; picks the endpoint. */
    B region(String region);

    /**
     * Sends calls to this URI instead of the region's endpoint (private endpoints, the emulator, tests).
     * Only scheme, host and port (1 to 65535) are allowed. {@code http} needs {@link #allowPlainHttp(boolean)}.
     */
    B endpointOverride(URI endpoint);

    /**
     * Allows an {@code http://} endpoint override. Requests and signatures then travel unencrypted:
     * only for local emulators and tests. Logged at WARN.
     */
    B allowPlainHttp(boolean allow);

    /** Where credentials come from; defaults to the provider's default chain. */
    B credentialsProvider(CredentialsProvider<? extends C> provider);

    /** Fixed credentials. */
    B credentials(C credentials);

    /** Retry policy for every call (a call may override it); default {@link RetryPolicy#defaults()}. */
    B retryPolicy(RetryPolicy retryPolicy);

    /**
     * Deadline for a whole call: attempts, backoff and waiting for credentials (default 2 minutes). It also
     * sets each attempt's share when no {@link #apiCallAttemptTimeout} is given: the deadline divided by the
     * retry policy's attempts.
     */
    B apiCallTimeout(Duration timeout);

    /**
     * Deadline for one attempt (connect, send, wait, read); a timed-out attempt is retried. Default: the
     * call's deadline divided by the retry policy's attempts (40 s with the defaults).
     */
    B apiCallAttemptTimeout(Duration timeout);

    /** TCP/TLS connect timeout (default 5 s, or the {@linkplain #httpTransport transport}'s own). */
    B connectTimeout(Duration timeout);

    /** Longest silence while reading a response (default 30 s, or the {@linkplain #httpTransport transport}'s own). */
    B readTimeout(Duration timeout);

    /** Longest stall while writing a request (default 30 s, or the {@linkplain #httpTransport transport}'s own). */
    B writeTimeout(Duration timeout);

    /** An HTTP proxy (default none). */
    B proxy(ProxyConfig proxy);

    /** Appended to the {@code User-Agent}, e.g. your tool's name and version (default none). */
    B userAgentSuffix(String suffix);

    /**
     * The HTTP transport the client sends with, instead of the one found on the class or module path by
     * {@link java.util.ServiceLoader} ({@code sdk-http-okhttp}'s, the default, else {@code sdk-http-jdk}'s). For
     * example {@code new JdkHttpTransportFactory()}, or {@code OkHttpTransportFactory.using(myOkHttpClient)} to
     * share your OkHttp client's threads, pool, TLS settings and interceptors. This builder's timeouts, proxy and
     * {@link #maxConcurrency(int)} apply to whichever transport is used. With none given and none found,
     * {@code build()} fails with an {@link dev.migsdk.core.exception.SdkClientException} naming the artifact to
     * add.
     */
    B httpTransport(HttpTransportFactory factory);

    /**
     * Most async requests in flight at once, also per host (default 64; OkHttp's own default is 5 per host). The
     * OkHttp transport also keeps up to this many idle connections for reuse (OkHttp's own default keeps 5).
     */
    B maxConcurrency(int max);

    /** Clock for request timestamps (tests); default the system clock in UTC. */
    B clock(Clock clock);

    /** How retry backoff is waited out (tests can make it instant); default {@link Sleeper#system()}. */
    B sleeper(Sleeper sleeper);

    /**
     * Whether retries draw from a client-wide budget (on by default): when most calls keep failing,
     * calls fail fast with {@link dev.migsdk.core.exception.RetryBudgetExhaustedException} instead of
     * multiplying the load.
     */
    B retryBudget(boolean enabled);

    /**
     * Whether a delete that was sent, lost its answer, and is answered "not found" on retry counts as
     * done (on by default); the response then says {@code alreadyDeleted()}. A first-attempt "not
     * found" is always an error.
     */
    B idempotentDeletes(boolean enabled);

    /**
     * Whether the client slows its own send rate after throttling answers and speeds up again as calls
     * succeed (off by default; useful for bulk jobs against throttled APIs).
     */
    B adaptiveRateLimiting(boolean enabled);

    /**
     * Caps the client's send rate at {@code requestsPerSecond}, counting every attempt (retries and waiter
     * polls included), e.g. at the service's documented per-account limit, so that a bulk job runs at the
     * limit instead of tripping it; none by default. With {@link #adaptiveRateLimiting(boolean)} on too, the
     * client slows below the cap after throttling and recovers up to it, never above.
     */
    B maxRequestsPerSecond(double requestsPerSecond);

    /**
     * Adds an interceptor that sees every call and attempt of the client, after those added before it
     * (none by default). See {@link ExecutionInterceptor} for what it sees and how its failures count;
     * {@link dev.migsdk.core.interceptor.WireLogInterceptor} logs one line per attempt.
     */
    B addInterceptor(ExecutionInterceptor interceptor);
}
