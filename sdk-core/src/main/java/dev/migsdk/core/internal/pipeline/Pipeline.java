package dev.migsdk.core.internal.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import dev.migsdk.core.RequestOverrides;
import dev.migsdk.core.RetryPolicy;
import dev.migsdk.core.ResponseMetadata;
import dev.migsdk.core.SdkRequest;
import dev.migsdk.core.SdkResponse;
import dev.migsdk.core.auth.Credentials;
import dev.migsdk.core.auth.CredentialsProvider;
import dev.migsdk.core.exception.CredentialsException;
import dev.migsdk.core.exception.RetryBudgetExhaustedException;
import dev.migsdk.core.exception.SdkException;
import dev.migsdk.core.exception.ServiceError;
import dev.migsdk.core.exception.ServiceException;
import dev.migsdk.core.interceptor.ExecutionInterceptor;
import dev.migsdk.core.internal.http.HttpRequest;
import dev.migsdk.core.internal.http.HttpResponse;
import dev.migsdk.core.internal.http.NameValue;
import dev.migsdk.core.internal.protocol.AnswerCheck;
import dev.migsdk.core.internal.protocol.ErrorKind;
import dev.migsdk.core.internal.protocol.Protocol;
import dev.migsdk.core.internal.util.LibraryVersions;
import dev.migsdk.core.internal.util.ServerText;
import dev.migsdk.core.internal.util.Validate;
import dev.migsdk.http.HttpTransport;
import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ThreadLocalRandom;
import javax.net.ssl.SSLHandshakeException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The request pipeline of one client: every stage of every call, in order, in this one file. The
 * {@link SyncDriver} and {@link AsyncDriver} only move a call from stage to stage, blocking or not.
 * <pre>
 * per call     {@link #begin}          closed? → validate → per-call overrides → start the deadline
 *                                  → interceptors.beforeExecution
 * per attempt  {@link #credentials}    the attempt's credentials (async: {@link #credentialsAsync}, a future)
 *              {@link #attempt}        closed? deadline? → marshal with those credentials (Huawei project /
 *                                  domain id) → check headers → sign (fresh time and nonce)
 *                                  → interceptors.beforeTransmission → rate-limiter reservation
 *              (driver)          wait for the limiter → send
 *              {@link #onAnswer}       interceptors.afterTransmission → honest success? → unmarshal
 *                                  | error → classify → retry? (budget, backoff, deadline, closed)
 *              {@link #onIoFailure}    interceptors.afterTransmission → retry? (same rules)
 *              (driver)          back off on the client's clock → next attempt
 * per call     {@link #finish}         interceptors.afterExecution | onFailure → response | exception
 * </pre>
 * Thread-safe: per-call state lives in {@link Call}. Internal API.
 *
 * @param <C> credentials type
 */
final class Pipeline<C extends Credentials> {
    private static final Duration MAX_LEARNED_SKEW = Duration.ofDays(1);
    private static final byte[] HEX = "0123456789abcdef".getBytes(StandardCharsets.ISO_8859_1);

    private final RuntimeSettings<C> settings;
    private final Protocol<C> protocol;
    private final Lifecycle lifecycle;
    private final List<ExecutionInterceptor> interceptors;
    private final Failures failures;
    private final List<NameValue> userAgentHeader;
    private volatile Duration clockOffset = Duration.ZERO;

    Pipeline(RuntimeSettings<C> settings, Lifecycle lifecycle, List<ExecutionInterceptor> interceptors) {
        this.settings = settings;
        this.protocol = settings.protocol();
        this.lifecycle = lifecycle;
        this.interceptors = List.copyOf(interceptors);
        this.failures = new Failures(settings);
        this.userAgentHeader = settings.userAgentHeader();
    }

    RuntimeSettings<C> settings() {
        return settings;
    }

    Lifecycle lifecycle() {
        return lifecycle;
    }

    HttpTransport transport() {
        return settings.transport();
    }

    Duration clockOffset() {
        return clockOffset;
    }

    // ---------------------------------------------------------------------------------------- per call

    /** Starts a call. Throws {@link IllegalStateException} if the client is closed, or the validation error. */
    <Req extends SdkRequest, Resp extends SdkResponse> Call<C, Req, Resp> begin(Operation<Req, Resp> op, Req request) {
        lifecycle.checkOpen();
        op.validate(request);
        RequestOverrides o = request.overrides();
        RetryPolicy policy = o.retryPolicy() != null ? o.retryPolicy() : settings.retryPolicy();
        Duration timeout = o.apiCallTimeout() != null ? o.apiCallTimeout()
                : settings.apiCallTimeout() != null ? settings.apiCallTimeout() : ClientRuntime.DEFAULT_API_CALL_TIMEOUT;
        CredentialsProvider<?> provider = o.credentialsProvider() != null ? o.credentialsProvider()
                : settings.credentials();
        List<NameValue> headers = userAgentHeader;
        if (!o.headers().isEmpty()) {
            headers = new ArrayList<>(userAgentHeader);
            for (Map.Entry<String, String> h : o.headers().entrySet()) {
                headers.add(new NameValue(h.getKey(), h.getValue()));
            }
        }
        InterceptorCall view = interceptors.isEmpty() ? null
                : new InterceptorCall(interceptors, settings.spec().name(), op.name(), request);
        Call<C, Req, Resp> call = new Call<>(op, request, policy, timeout, provider, headers, view);
        if (view != null) {
            try {
                view.beforeExecution();
            } catch (SdkException e) {
                throw finishFailed(call, e);
            }
        }
        return call;
    }

    // ------------------------------------------------------------------------------------- per attempt

    /** The attempt's credentials, resolved on this thread. */
    C credentials(Call<C, ?, ?> call) {
        Object c;
        try {
            c = call.credentialsProvider.resolveCredentials();
        } catch (RuntimeException e) {
            throw credentialsFailure(call, e);
        }
        return checkCredentials(call, c);
    }

    /** The attempt's credentials without blocking; failures are {@link SdkException}s in the future. */
    CompletableFuture<C> credentialsAsync(Call<C, ?, ?> call) {
        CompletableFuture<?> f;
        try {
            f = call.credentialsProvider.resolveCredentialsAsync();
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(credentialsFailure(call, e));
        }
        if (f == null) {
            return CompletableFuture.failedFuture(credentialsFailure(call, new NullPointerException(
                    "resolveCredentialsAsync() returned null")));
        }
        return f.handle((c, e) -> {
            if (e != null) {
                throw credentialsFailure(call, e);
            }
            return checkCredentials(call, c);
        });
    }

    private C checkCredentials(Call<C, ?, ?> call, Object c) {
        if (c == null) {
            throw credentialsFailure(call, new NullPointerException("the provider returned null"));
        }
        if (!protocol.credentialsType().isInstance(c)) {
            throw new CredentialsException("The credentials provider " + call.credentialsProvider + " returned "
                    + c.getClass().getSimpleName() + "; " + settings.spec().name() + " calls are signed with "
                    + protocol.credentialsType().getSimpleName());
        }
        return protocol.credentialsType().cast(c);
    }

    /** A provider's failure as the SDK's {@link CredentialsException} (an SDK exception passes through). */
    private SdkException credentialsFailure(Call<C, ?, ?> call, Throwable error) {
        Throwable e = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
        if (e instanceof SdkException sdk) {
            return sdk;
        }
        return new CredentialsException("The credentials provider " + call.credentialsProvider.getClass().getName()
                + " failed: " + e.getClass().getSimpleName() + ": " + ServerText.clean(String.valueOf(e.getMessage())), e);
    }

    /**
     * Prepares the next attempt. Throws the call's failure (closed, deadline passed, an interceptor) as an
     * {@link SdkException}, or {@link IllegalArgumentException} when the request lacks what the service needs.
     */
    Attempt attempt(Call<C, ?, ?> call, C credentials) {
        if (lifecycle.isClosed()) {
            throw call.withEarlierFailures(failures.closed(call));
        }
        long startNanos = System.nanoTime(); // one clock read serves the deadline check and the attempt's latency
        long remaining = call.deadlineNanos - startNanos;
        if (remaining <= 0) {
            throw call.withEarlierFailures(failures.timeout(call, "before attempt " + (call.attempts + 1)));
        }
        HttpRequest request = marshal(call, credentials);
        call.attempts++;
        Instant signedAt = settings.clock().instant().plus(clockOffset);
        HttpRequest signed = protocol.sign(request, credentials, signedAt, nonce());
        call.credentials = credentials;
        call.signed = signed;
        long share = settings.attemptTimeout() != null ? settings.attemptTimeout().toNanos()
                : call.callTimeout.toNanos() / Math.max(1, call.policy.maxAttempts());
        Duration timeout = Duration.ofNanos(Math.min(share, remaining));
        if (call.interceptors != null) {
            call.interceptors.beforeTransmission(call.attempts, signed);
        }
        Duration limit = settings.rateLimiter() == null ? Duration.ZERO : settings.rateLimiter().reserve();
        return new Attempt(call.attempts, signed, timeout, limit, signedAt, startNanos);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private HttpRequest marshal(Call<C, ?, ?> call, C credentials) {
        HttpRequest request = protocol.marshal((Operation) call.operation, call.request, settings.endpoint(),
                credentials, call.extraHeaders);
        String query = request.encodedQuery();
        long size = request.encodedPath().length() + (query == null ? 0 : query.length());
        for (NameValue h : request.headers()) {
            if (Validate.firstNonPrintableAscii(h.value()) >= 0) {
                Validate.headerValue(h.value(), "header " + h.name()); // throws, saying which character
            }
            size += h.name().length() + h.value().length() + 4;
        }
        if (size > Validate.MAX_REQUEST_HEAD) {
            // The providers document no id lengths for most fields; what bounds hostile input is the request.
            throw new IllegalArgumentException("The " + call.operation.name() + " request's URL and headers would be "
                    + size + " bytes, over the " + Validate.MAX_REQUEST_HEAD + " bytes one request may take; check the ids"
                    + " and headers given");
        }
        return request;
    }

    /** Judges an answer: the call's result, its failure, or a retry. */
    <Resp extends SdkResponse> Step<Resp> onAnswer(Call<C, ?, Resp> call, Attempt attempt, HttpResponse response) {
        String headerId = protocol.headerRequestId(response);
        if (call.interceptors != null) {
            try {
                call.interceptors.afterTransmission(response, headerId, latency(attempt), null);
            } catch (SdkException e) {
                return Step.failure(call.withEarlierFailures(e));
            }
        }
        ServiceError error;
        if (response.isSuccessful()) {
            AnswerCheck check = AnswerCheck.commonProblems(call.operation.successStatuses(), response, headerId);
            if (check == null) {
                check = protocol.checkSuccess(call.operation, response, headerId);
            }
            if (check.isSuccess()) {
                return success(call, attempt, response, check.body(), check.requestId(), false);
            }
            if (check.unexpected() != null) {
                log(call, attempt, response.status(), check.requestId());
                return unexpected(call, attempt, response, "The service answered HTTP " + response.status()
                        + " with " + check.unexpected(), check.requestId(), null);
            }
            error = check.error();
        } else {
            error = protocol.decodeError(response);
        }
        log(call, attempt, response.status(), error.requestId());
        return onServiceError(call, attempt, response, error);
    }

    private <Resp extends SdkResponse> Step<Resp> success(Call<C, ?, Resp> call, Attempt attempt,
                                                          HttpResponse response, JsonNode body, String requestId,
                                                          boolean alreadyDeleted) {
        String cleanId = ServerText.clean(requestId);
        log(call, attempt, response.status(), cleanId);
        ResponseMetadata metadata = new ResponseMetadata(cleanId, response.status(), call.attempts,
                Duration.ofNanos(System.nanoTime() - call.startNanos), new RedactedHeaders(response));
        Resp result;
        try {
            result = call.operation.mapResponse(new ResponseContext(body, metadata, alreadyDeleted));
        } catch (RuntimeException e) {
            return unexpected(call, attempt, response, "The service answered HTTP " + response.status()
                    + " with a body whose " + e.getMessage(), requestId, e);
        }
        settings.retryBudget().onSuccess(call.retries);
        if (settings.rateLimiter() != null) {
            settings.rateLimiter().onSuccess();
        }
        return Step.success(result);
    }

    /**
     * A 2xx that is not the documented success: {@code SDK.UnexpectedResponse}, never a result. Retried
     * like a server fault (a middlebox's page is often passing, and the operations are safe to repeat:
     * a repeated delete that finds nothing counts as done).
     */
    private <Resp extends SdkResponse> Step<Resp> unexpected(Call<C, ?, Resp> call, Attempt attempt,
                                                             HttpResponse response, String message, String requestId,
                                                             Throwable cause) {
        call.maybeDelivered = true;
        ServiceException e = failures.unexpected(call, ServiceError.of("SDK.UnexpectedResponse", message, requestId),
                response, attempt, cause);
        return retryOrFail(call, e, true, false, null);
    }

    private <Resp extends SdkResponse> Step<Resp> onServiceError(Call<C, ?, Resp> call, Attempt attempt,
                                                                 HttpResponse response, ServiceError error) {
        int status = response.status();
        ErrorKind kind = error.errorCode() == null ? null : settings.spec().errorCodes().get(error.errorCode());
        if (kind == null) {
            kind = protocol.classify(error, status);
        }
        if (kind == ErrorKind.NOT_FOUND && call.operation.isDelete() && settings.idempotentDeletes()
                && call.maybeDelivered) {
            RequestLog.LOG.debug("service={} operation={} attempt={} treated not-found as done: an earlier attempt's"
                    + " answer was lost", settings.spec().name(), call.operation.name(), attempt.number());
            return success(call, attempt, response, null, error.requestId(), true);
        }
        boolean throttled = kind == ErrorKind.THROTTLING;
        if (settings.rateLimiter() != null) {
            if (throttled) {
                settings.rateLimiter().onThrottle(attempt.startNanos() + attempt.rateLimitDelay().toNanos());
            } else {
                settings.rateLimiter().onSuccess();
            }
        }
        if (kind == ErrorKind.SERVER_FAULT) {
            call.maybeDelivered = true;
        }
        if (kind == ErrorKind.AUTHENTICATION && protocol.isClockSkew(error)) {
            return onClockSkew(call, attempt, response, error);
        }
        if (kind == ErrorKind.AUTHENTICATION) {
            call.credentialsProvider.invalidate();
        }
        boolean retryable = throttled || kind == ErrorKind.SERVER_FAULT;
        ServiceException e = failures.service(call, kind, error, response, attempt, retryable, null, null);
        Duration retryAfter = Backoff.parseRetryAfter(response.header("Retry-After"), settings.clock());
        return retryOrFail(call, e, retryable, throttled, retryAfter);
    }

    /** Learns the server's clock from {@code Date} (if within a day of ours) and retries once. */
    private <Resp extends SdkResponse> Step<Resp> onClockSkew(Call<C, ?, Resp> call, Attempt attempt,
                                                              HttpResponse response, ServiceError error) {
        Instant server = Backoff.parseHttpDate(response.header("Date"));
        ServiceException e = failures.service(call, ErrorKind.AUTHENTICATION, error, response, attempt, false,
                attempt.signedAt(), server);
        Duration offset = server == null ? null : Duration.between(settings.clock().instant(), server);
        if (offset != null && offset.abs().compareTo(MAX_LEARNED_SKEW) <= 0) {
            clockOffset = offset;
            if (!call.skewRetried && call.attempts < call.policy.maxAttempts() && !lifecycle.isClosed()) {
                call.skewRetried = true;
                call.recordFailure(e);
                return Step.retry(Duration.ZERO);
            }
        }
        return Step.failure(call.withEarlierFailures(e));
    }

    /**
     * The failure for a {@link LinkageError} met on a call (a jar version conflict): the diagnosis, not
     * retryable.
     */
    dev.migsdk.core.exception.SdkClientException linkage(Call<C, ?, ?> call, LinkageError e) {
        return new dev.migsdk.core.exception.SdkClientException(settings.spec().name() + " "
                + call.operation.name() + " could not be sent or read. " + LibraryVersions.linkage(e,
                "the HTTP transport or a codec"), e, Math.max(1, call.attempts), false);
    }

    private static LinkageError linkageIn(IOException e) {
        for (Throwable t : e.getSuppressed()) {
            if (t instanceof LinkageError le) {
                return le;
            }
        }
        return e.getCause() instanceof LinkageError le ? le : null;
    }

    /** Judges an attempt that got no (whole) answer. */
    <Resp extends SdkResponse> Step<Resp> onIoFailure(Call<C, ?, Resp> call, Attempt attempt, IOException error) {
        LinkageError linkage = linkageIn(error);
        if (linkage != null) { // OkHttp reports an Error in its dispatcher as "canceled due to ..." with it suppressed
            return Step.failure(linkage(call, linkage));
        }
        log(call, attempt, -1, null);
        SdkException e = lifecycle.isClosed() ? failures.closed(call, "was cancelled while queued or, past the close"
                + " grace period, on the wire (an exchange on the wire may still have reached the service)")
                : call.remainingNanos() <= 0
                ? failures.timeout(call, "during attempt " + attempt.number()) : failures.transport(call, attempt, error);
        if (call.interceptors != null) {
            try {
                call.interceptors.afterTransmission(null, null, latency(attempt), e);
            } catch (SdkException ie) {
                return Step.failure(call.withEarlierFailures(ie));
            }
        }
        if (!(error instanceof ConnectException || error instanceof UnknownHostException
                || error instanceof NoRouteToHostException || error instanceof SSLHandshakeException)) {
            call.maybeDelivered = true;
        }
        if (!(e instanceof dev.migsdk.core.exception.TransportException)) {
            return Step.failure(call.withEarlierFailures(e));
        }
        return retryOrFail(call, e, e.retryable(), false, null);
    }

    /** The failure of a call whose wait (e.g. for credentials) ended by deadline or close. */
    SdkException waitEnded(Call<C, ?, ?> call, String what) {
        return call.withEarlierFailures(lifecycle.isClosed() ? failures.closed(call) : failures.timeout(call, what));
    }

    /** An interrupted sync call: not retried, the thread keeps its interrupt flag. */
    SdkException interrupted(Call<C, ?, ?> call, Exception cause) {
        Thread.currentThread().interrupt();
        return call.withEarlierFailures(failures.interrupted(call, cause));
    }

    /**
     * Retries if the failure is retryable, attempts remain, the client is open, the retry budget allows,
     * and the wait fits both the policy's total backoff cap and the call's deadline.
     */
    private <Resp extends SdkResponse> Step<Resp> retryOrFail(Call<C, ?, Resp> call, SdkException e, boolean retryable,
                                                              boolean throttled, Duration retryAfter) {
        if (!retryable || call.attempts >= call.policy.maxAttempts()) {
            return Step.failure(call.withEarlierFailures(e));
        }
        if (lifecycle.isClosed()) {
            call.recordFailure(e);
            return Step.failure(call.withEarlierFailures(failures.closed(call)));
        }
        long capLeft = call.policy.maxBackoff().toNanos() - call.backoffNanos;
        if (retryAfter != null && retryAfter.toNanos() > capLeft && call.backoffNanos > 0) {
            return Step.failure(call.withEarlierFailures(e)); // the wait asked for is past what the policy allows in all
        }
        if (!settings.retryBudget().tryAcquireRetry()) {
            return Step.failure(call.withEarlierFailures(new RetryBudgetExhaustedException(
                    "Not retrying: the client's retry budget is spent because recent calls keep failing; last "
                            + "failure: " + e.getMessage(), e, call.attempts)));
        }
        Duration delay = Backoff.delay(call.policy, call.retries + 1, throttled, retryAfter,
                bound -> ThreadLocalRandom.current().nextLong(bound));
        if (delay.toNanos() > capLeft) {
            delay = Duration.ofNanos(Math.max(0, capLeft));
        }
        call.recordFailure(e);
        if (System.nanoTime() + delay.toNanos() >= call.deadlineNanos) {
            return Step.failure(call.withEarlierFailures(failures.timeout(call, "before waiting " + delay.toMillis()
                    + " ms to retry: the wait would pass the deadline")));
        }
        call.retries++;
        call.backoffNanos += delay.toNanos();
        return Step.retry(delay);
    }

    /** Ends the call: runs the interceptors' last hook and returns the result or throws the failure. */
    <Resp extends SdkResponse> Resp finish(Call<C, ?, Resp> call, Step<Resp> step) {
        if (step.failure() != null) {
            throw finishFailed(call, step.failure());
        }
        if (call.interceptors != null) {
            try {
                call.interceptors.afterExecution(step.result());
            } catch (SdkException e) {
                throw finishFailed(call, e);
            }
        }
        return step.result();
    }

    private SdkException finishFailed(Call<C, ?, ?> call, SdkException e) {
        if (call.interceptors != null) {
            call.interceptors.onFailure(e);
        }
        return e;
    }

    private static Duration latency(Attempt attempt) {
        return Duration.ofNanos(System.nanoTime() - attempt.startNanos());
    }

    private void log(Call<C, ?, ?> call, Attempt attempt, int status, String requestId) {
        if (RequestLog.LOG.isDebugEnabled()) {
            RequestLog.LOG.debug("service={} operation={} attempt={} status={} latencyMs={} requestId={}",
                    settings.spec().name(), call.operation.name(), attempt.number(), status == -1 ? "none" : status,
                    (System.nanoTime() - attempt.startNanos()) / 1_000_000, ServerText.clean(requestId));
        }
    }

    private static String nonce() {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        long hi = r.nextLong();
        long lo = r.nextLong();
        byte[] out = new byte[32]; // Latin-1 bytes, as the String keeps them
        for (int i = 0; i < 16; i++) {
            out[i] = HEX[(int) (hi >>> (60 - 4 * i)) & 0xF];
            out[16 + i] = HEX[(int) (lo >>> (60 - 4 * i)) & 0xF];
        }
        return new String(out, StandardCharsets.ISO_8859_1);
    }

    /** The per-attempt logger, taken at first use so SLF4J's start-up stays off the first call's path. */
    private static final class RequestLog {
        static final Logger LOG = LoggerFactory.getLogger("dev.migsdk.request");
    }
}
