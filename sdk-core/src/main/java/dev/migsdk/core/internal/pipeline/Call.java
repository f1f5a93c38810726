package dev.migsdk.core.internal.pipeline;

import dev.migsdk.core.RetryPolicy;
import dev.migsdk.core.SdkRequest;
import dev.migsdk.core.SdkResponse;
import dev.migsdk.core.auth.Credentials;
import dev.migsdk.core.auth.CredentialsProvider;
import dev.migsdk.core.exception.SdkException;
import dev.migsdk.core.internal.http.HttpRequest;
import dev.migsdk.core.internal.http.NameValue;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * The state of one call across its attempts. Attempts of one call never overlap, so only the async
 * driver's {@link #inFlight} is shared between threads. Internal API.
 */
final class Call<C extends Credentials, Req extends SdkRequest, Resp extends SdkResponse> {
    final Operation<Req, Resp> operation;
    final Req request;
    final RetryPolicy policy;
    final Duration callTimeout;
    final CredentialsProvider<?> credentialsProvider;
    final List<NameValue> extraHeaders;
    final long startNanos = System.nanoTime();
    final long deadlineNanos;
    /** The interceptors' view of this call, or {@code null} when the client has none. */
    final InterceptorCall interceptors;

    int attempts;
    int retries;
    long backoffNanos;
    boolean skewRetried;
    /** Whether an earlier attempt may have reached the service (so a delete may already have happened). */
    boolean maybeDelivered;
    /** The credentials and signed request of the latest attempt, for redaction. */
    C credentials;
    HttpRequest signed;
    private List<SdkException> failures;

    /** Async only: the credentials fetch, send or wait in progress, cancelled with the caller's future. */
    volatile CompletableFuture<?> inFlight;

    Call(Operation<Req, Resp> operation, Req request, RetryPolicy policy, Duration callTimeout,
         CredentialsProvider<?> credentialsProvider, List<NameValue> extraHeaders, InterceptorCall interceptors) {
        this.operation = operation;
        this.request = request;
        this.policy = policy;
        this.callTimeout = callTimeout;
        this.credentialsProvider = credentialsProvider;
        this.extraHeaders = extraHeaders;
        this.interceptors = interceptors;
        this.deadlineNanos = startNanos + callTimeout.toNanos();
    }

    long remainingNanos() {
        return deadlineNanos - System.nanoTime();
    }

    /** Remembers an attempt's failure, to attach to the final exception. */
    void recordFailure(SdkException e) {
        if (failures == null) {
            failures = new ArrayList<>(2);
        }
        failures.add(e);
    }

    SdkException lastFailure() {
        return failures == null ? null : failures.get(failures.size() - 1);
    }

    /** Attaches the earlier attempts' failures to the final exception. */
    SdkException withEarlierFailures(SdkException last) {
        if (failures != null) {
            for (SdkException f : failures) {
                if (f != last) {
                    last.addSuppressed(f);
                }
            }
        }
        return last;
    }
}
