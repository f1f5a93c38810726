package dev.migsdk.core.internal.pipeline;

import dev.migsdk.core.RequestOverrides;
import dev.migsdk.core.RetryPolicy;
import dev.migsdk.core.SdkRequest;
import dev.migsdk.core.SdkResponse;
import dev.migsdk.core.auth.Credentials;
import dev.migsdk.core.exception.SdkClientException;
import dev.migsdk.core.internal.http.HttpRequest;
import dev.migsdk.core.internal.http.HttpResponse;
import dev.migsdk.core.internal.http.NameValue;
import dev.migsdk.core.internal.http.OkHttpTransport;
import dev.migsdk.core.internal.util.Validate;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Runs operations for one client, sync or async, through the one pipeline:
 * <pre>
 * per call:    validate → (endpoint, resolved at build) → credentials → marshal → start deadline
 * per attempt: [rate limit] → credentials → sign (fresh time and nonce) → send → classify
 *              → retryable? back off (async: on a timer) → next attempt
 * per call:    unmarshal → response | exception
 * </pre>
 * The per-attempt decisions live in {@link CallExecution}; this class only drives them. Internal API.
 *
 * @param <C> credentials type
 */
public final class ClientRuntime<C extends Credentials> implements AutoCloseable {
    private final RuntimeSettings<C> settings;
    private final ClockOffset clockOffset = new ClockOffset();
    private final List<NameValue> userAgentHeader;

    public ClientRuntime(RuntimeSettings<C> settings) {
        this.settings = settings;
        this.userAgentHeader = settings.userAgentHeader();
    }

    public RuntimeSettings<C> settings() {
        return settings;
    }

    /** Runs {@code operation} and waits for its result. */
    public <Req extends SdkRequest, Resp extends SdkResponse> Resp execute(Operation<Req, Resp> operation,
                                                                          Req request) {
        CallExecution<C, Req, Resp> call = prepare(operation, request);
        OkHttpTransport transport = settings.transport();
        while (true) {
            CallExecution.Attempt attempt = call.nextAttempt();
            waitFor(attempt.rateLimitDelay(), call);
            CallExecution.Decision<Resp> decision;
            try {
                HttpResponse response = transport.execute(attempt.request(), attempt.timeout());
                decision = call.onResponse(attempt, response);
            } catch (IOException e) {
                if (OkHttpTransport.isInterruption(e) || Thread.currentThread().isInterrupted()) {
                    throw interrupted(e, attempt.number());
                }
                decision = call.onTransportFailure(attempt, e);
            }
            if (decision.isDone()) {
                return decision.resultOrThrow();
            }
            waitFor(decision.delay(), call);
        }
    }

    /** Runs {@code operation} without blocking; the future fails with the same exceptions {@link #execute} throws. */
    public <Req extends SdkRequest, Resp extends SdkResponse> CompletableFuture<Resp> executeAsync(
            Operation<Req, Resp> operation, Req request) {
        CallExecution<C, Req, Resp> call;
        try {
            call = prepare(operation, request);
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
        CompletableFuture<Resp> result = new CompletableFuture<>();
        AtomicReference<CompletableFuture<?>> inFlight = new AtomicReference<>();
        result.whenComplete((r, e) -> {
            CompletableFuture<?> f = inFlight.get();
            if (result.isCancelled() && f != null) {
                f.cancel(true);
            }
        });
        runAsyncAttempt(call, result, inFlight);
        return result;
    }

    private <Req extends SdkRequest, Resp extends SdkResponse> void runAsyncAttempt(
            CallExecution<C, Req, Resp> call, CompletableFuture<Resp> result,
            AtomicReference<CompletableFuture<?>> inFlight) {
        if (result.isDone()) {
            return;
        }
        CallExecution.Attempt attempt;
        try {
            attempt = call.nextAttempt();
        } catch (RuntimeException e) {
            result.completeExceptionally(e);
            return;
        }
        CompletableFuture<HttpResponse> send;
        try {
            send = attempt.rateLimitDelay().isZero()
                    ? settings.transport().executeAsync(attempt.request(), attempt.timeout())
                    : settings.sleeper().delay(attempt.rateLimitDelay()).thenCompose(
                            v -> settings.transport().executeAsync(attempt.request(), attempt.timeout()));
        } catch (RuntimeException e) {
            // OkHttp refuses some requests while building the call (e.g. a non-ASCII header value): the
            // future must fail with that, not the caller's thread (or, on a retry, a callback that drops it).
            result.completeExceptionally(e);
            return;
        }
        inFlight.set(send);
        send.whenComplete((response, error) -> {
            CallExecution.Decision<Resp> decision;
            try {
                if (error == null) {
                    decision = call.onResponse(attempt, response);
                } else {
                    Throwable cause = unwrap(error);
                    if (cause instanceof IOException io) {
                        decision = call.onTransportFailure(attempt, io);
                    } else {
                        result.completeExceptionally(cause);
                        return;
                    }
                }
            } catch (RuntimeException e) {
                result.completeExceptionally(e);
                return;
            }
            if (decision.isDone()) {
                decision.complete(result);
                return;
            }
            CompletableFuture<Void> wait = settings.sleeper().delay(decision.delay());
            inFlight.set(wait);
            wait.whenComplete((v, e) -> runAsyncAttempt(call, result, inFlight));
        });
    }

    private <Req extends SdkRequest, Resp extends SdkResponse> CallExecution<C, Req, Resp> prepare(
            Operation<Req, Resp> operation, Req request) {
        operation.validate(request);
        RequestOverrides overrides = request.overrides();
        C credentials = resolveCredentials();
        List<NameValue> extra = overrides.headers().isEmpty() ? userAgentHeader
                : withOverrides(userAgentHeader, overrides);
        HttpRequest base = settings.protocol().marshal(operation, request, settings.endpoint(), credentials, extra);
        for (NameValue h : base.headers()) {
            if (Validate.firstNonPrintableAscii(h.value()) >= 0) {
                Validate.headerValue(h.value(), "header " + h.name()); // throws, saying which character
            }
        }
        RetryPolicy policy = overrides.retryPolicy() != null ? overrides.retryPolicy() : settings.retryPolicy();
        Duration callTimeout = overrides.apiCallTimeout() != null ? overrides.apiCallTimeout()
                : settings.apiCallTimeout();
        return new CallExecution<>(settings, clockOffset, operation, base, credentials, policy, callTimeout);
    }

    private static List<NameValue> withOverrides(List<NameValue> fixed, RequestOverrides overrides) {
        List<NameValue> all = new ArrayList<>(fixed);
        for (Map.Entry<String, String> h : overrides.headers().entrySet()) {
            all.add(new NameValue(h.getKey(), h.getValue()));
        }
        return all;
    }

    C resolveCredentials() {
        C c = settings.credentials().resolveCredentials();
        if (c == null) {
            throw new dev.migsdk.core.exception.CredentialsException(
                    "The credentials provider returned null: " + settings.credentials());
        }
        return c;
    }

    private void waitFor(Duration delay, CallExecution<C, ?, ?> call) {
        if (delay.isZero()) {
            return;
        }
        try {
            settings.sleeper().sleep(delay);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw interrupted(e, call.attempts());
        }
    }

    private static SdkClientException interrupted(Exception cause, int attempts) {
        Thread.currentThread().interrupt();
        return new SdkClientException("The call was interrupted", cause, attempts, false);
    }

    private static Throwable unwrap(Throwable t) {
        while ((t instanceof CompletionException || t instanceof ExecutionException) && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }

    /** The clock correction learned from the last clock-skew rejection (zero if none). */
    public Duration clockOffset() {
        return clockOffset.get();
    }

    @Override
    public void close() {
        settings.transport().close();
    }

    /** A learned difference between the server's clock and ours, shared by all calls of a client. */
    static final class ClockOffset {
        private volatile Duration offset = Duration.ZERO;

        Duration get() {
            return offset;
        }

        void set(Duration d) {
            offset = d;
        }
    }
}
