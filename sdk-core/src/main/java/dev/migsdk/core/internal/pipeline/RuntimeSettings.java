package dev.migsdk.core.internal.pipeline;

import dev.migsdk.core.RetryPolicy;
import dev.migsdk.core.Sleeper;
import dev.migsdk.core.auth.Credentials;
import dev.migsdk.core.auth.CredentialsProvider;
import dev.migsdk.core.internal.http.NameValue;
import dev.migsdk.core.internal.protocol.Endpoint;
import dev.migsdk.core.internal.protocol.Protocol;
import dev.migsdk.http.HttpTransport;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

/**
 * Everything a {@link ClientRuntime} is made of, resolved and checked by the client builder.
 * Internal API.
 *
 * @param spec the service
 * @param protocol the provider's wire conventions
 * @param endpoint where calls go
 * @param credentials credentials source
 * @param retryPolicy default retry policy
 * @param retryBudget client-wide retry budget
 * @param rateLimiter client-wide adaptive rate limiter, or {@code null} when off
 * @param apiCallTimeout default deadline of a whole call, or {@code null}
 * @param attemptTimeout deadline of one attempt, or {@code null}
 * @param clock source of signing timestamps
 * @param sleeper how backoff is waited out
 * @param userAgent {@code User-Agent} value
 * @param idempotentDeletes whether a delete whose retry finds nothing counts as done
 * @param transport HTTP transport
 * @param <C> credentials type
 */
public record RuntimeSettings<C extends Credentials>(
        ServiceSpec spec,
        Protocol<C> protocol,
        Endpoint endpoint,
        CredentialsProvider<? extends C> credentials,
        RetryPolicy retryPolicy,
        RetryBudget retryBudget,
        AdaptiveRateLimiter rateLimiter,
        Duration apiCallTimeout,
        Duration attemptTimeout,
        Clock clock,
        Sleeper sleeper,
        String userAgent,
        boolean idempotentDeletes,
        HttpTransport transport) {

    /** The {@code User-Agent} as the one fixed header every request carries. */
    public List<NameValue> userAgentHeader() {
        return List.of(new NameValue("User-Agent", userAgent));
    }
}
