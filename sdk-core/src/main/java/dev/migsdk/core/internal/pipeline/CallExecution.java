package dev.migsdk.core.internal.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import dev.migsdk.core.RetryPolicy;
import dev.migsdk.core.SdkRequest;
import dev.migsdk.core.SdkResponse;
import dev.migsdk.core.auth.Credentials;
import dev.migsdk.core.exception.ApiCallTimeoutException;
import dev.migsdk.core.exception.AuthenticationException;
import dev.migsdk.core.exception.InvalidStatusException;
import dev.migsdk.core.exception.ResourceNotFoundException;
import dev.migsdk.core.exception.RetryBudgetExhaustedException;
import dev.migsdk.core.exception.SdkException;
import dev.migsdk.core.exception.ServiceError;
import dev.migsdk.core.exception.ServiceException;
import dev.migsdk.core.exception.ServiceFailure;
import dev.migsdk.core.exception.ThrottlingException;
import dev.migsdk.core.exception.TransportException;
import dev.migsdk.core.internal.http.HttpRequest;
import dev.migsdk.core.internal.http.HttpResponse;
import dev.migsdk.core.internal.protocol.BodyCodec;
import dev.migsdk.core.internal.protocol.ErrorKind;
import dev.migsdk.core.internal.protocol.Protocol;
import dev.migsdk.core.internal.util.Redactor;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadLocalRandom;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.SSLPeerUnverifiedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The state of one call across its attempts, and every decision about it: what to send next, whether
 * an answer is a success, which exception it becomes, and whether and when to try again. Not
 * thread-safe: attempts of one call never overlap. Internal API.
 */
final class CallExecution<C extends Credentials, Req extends SdkRequest, Resp extends SdkResponse> {
    private static final int RAW_BODY_CHARS = 4096;
    private static final char[] HEX = "0123456789abcdef".toCharArray();
    private static final Duration MAX_LEARNED_SKEW = Duration.ofDays(1);

    private final RuntimeSettings<C> settings;
    private final ClientRuntime.ClockOffset clockOffset;
    private final Operation<Req, Resp> operation;
    private final HttpRequest base;
    private final RetryPolicy policy;
    private final long deadlineNanos;
    private final Duration callTimeout;
    private final List<SdkException> failures = new ArrayList<>();

    private C credentials;
    private int attempts;
    private int retries;
    private boolean skewRetried;
    private boolean maybeDelivered;

    CallExecution(RuntimeSettings<C> settings, ClientRuntime.ClockOffset clockOffset, Operation<Req, Resp> operation,
                  HttpRequest base, C credentials, RetryPolicy policy, Duration callTimeout) {
        this.settings = settings;
        this.clockOffset = clockOffset;
        this.operation = operation;
        this.base = base;
        this.credentials = credentials;
        this.policy = policy;
        this.callTimeout = callTimeout;
        this.deadlineNanos = callTimeout == null ? Long.MAX_VALUE : System.nanoTime() + callTimeout.toNanos();
    }

    int attempts() {
        return attempts;
    }

    /** Signs the next attempt. Throws {@link ApiCallTimeoutException} if the deadline has passed. */
    Attempt nextAttempt() {
        long remaining = remainingNanos();
        if (remaining <= 0) {
            throw fail(timeoutException("before attempt " + (attempts + 1)));
        }
        if (attempts > 0) {
            C fresh = settings.credentials().resolveCredentials();
            if (fresh != null) {
                credentials = fresh;
            }
        }
        attempts++;
        Instant signedAt = settings.clock().instant().plus(clockOffset.get());
        HttpRequest signed = settings.protocol().sign(base, credentials, signedAt, nonce());
        Duration timeout = settings.attemptTimeout();
        if (deadlineNanos != Long.MAX_VALUE && (timeout == null || timeout.toNanos() > remaining)) {
            timeout = Duration.ofNanos(remaining);
        }
        Duration limit = settings.rateLimiter() == null ? Duration.ZERO : settings.rateLimiter().reserve();
        return new Attempt(attempts, signed, timeout, limit, signedAt, System.nanoTime());
    }

    /** Judges an answer. */
    Decision<Resp> onResponse(Attempt attempt, HttpResponse response) {
        Protocol<C> protocol = settings.protocol();
        ServiceError error;
        if (response.isSuccessful()) {
            JsonNode body;
            try {
                if (response.bodyTruncated()) {
                    throw new IOException("the body is larger than the size cap");
                }
                body = protocol.decodeSuccess(response);
            } catch (IOException | RuntimeException e) {
                String rid = protocol.headerRequestId(response);
                log(attempt, response.status(), rid);
                maybeDelivered = true;
                ServiceError malformed = ServiceError.of("SDK.MalformedResponse",
                        "The service answered HTTP " + response.status() + " but its body could not be read: "
                                + e.getMessage(), rid);
                return retryOrFail(serviceException(ErrorKind.OTHER, malformed, response, attempt, false), false,
                        false, null);
            }
            error = protocol.businessError(body, response);
            if (error == null) {
                String requestId = BodyCodec.text(body, "RequestId");
                if (requestId == null) {
                    requestId = protocol.headerRequestId(response);
                }
                log(attempt, response.status(), requestId);
                onSuccessBookkeeping();
                return Decision.done(operation.mapResponse(
                        new ResponseContext(body, requestId, response.status(), false)));
            }
        } else {
            error = protocol.decodeError(response);
        }
        log(attempt, response.status(), error.requestId());
        return onServiceError(attempt, response, error);
    }

    private Decision<Resp> onServiceError(Attempt attempt, HttpResponse response, ServiceError error) {
        int status = response.status();
        ErrorKind kind = error.errorCode() == null ? null : settings.spec().errorCodes().get(error.errorCode());
        if (kind == null) {
            kind = settings.protocol().classify(error, status);
        }
        if (kind == ErrorKind.NOT_FOUND && operation.isDelete() && settings.idempotentDeletes() && maybeDelivered) {
            onSuccessBookkeeping();
            RequestLog.LOG.debug("service={} operation={} attempt={} treated not-found as done: an earlier attempt's answer "
                    + "was lost", settings.spec().name(), operation.name(), attempt.number());
            return Decision.done(operation.mapResponse(new ResponseContext(null, error.requestId(), status, true)));
        }
        boolean throttled = kind == ErrorKind.THROTTLING;
        if (settings.rateLimiter() != null) {
            if (throttled) {
                settings.rateLimiter().onThrottle();
            } else {
                settings.rateLimiter().onSuccess();
            }
        }
        boolean serverFault = status == 500 || status == 502 || status == 503 || status == 504
                || "ServiceUnavailable".equals(error.errorCode()) || "InternalError".equals(error.errorCode());
        if (serverFault) {
            maybeDelivered = true;
        }
        boolean retryable = throttled || serverFault;
        if (kind == ErrorKind.AUTHENTICATION && settings.protocol().isClockSkew(error)) {
            Instant server = Backoff.parseHttpDate(response.header("Date"));
            ServiceException e = serviceException(kind, error, response, attempt, false, attempt.signedAt(), server);
            Duration offset = server == null ? null : Duration.between(settings.clock().instant(), server);
            // A Date more than a day off is not a clock to adopt (a hostile or broken answer, e.g. year 9999,
            // would otherwise make every later signature fail or the signer throw); the exception shows both times.
            if (offset != null && offset.abs().compareTo(MAX_LEARNED_SKEW) <= 0) {
                clockOffset.set(offset);
                if (!skewRetried && attempts < policy.maxAttempts()) {
                    skewRetried = true;
                    failures.add(e);
                    return Decision.retry(Duration.ZERO);
                }
            }
            return Decision.failed(fail(e));
        }
        if (kind == ErrorKind.AUTHENTICATION) {
            settings.credentials().invalidate();
        }
        ServiceException e = serviceException(kind, error, response, attempt, retryable);
        Duration retryAfter = Backoff.parseRetryAfter(response.header("Retry-After"), settings.clock());
        return retryOrFail(e, retryable, throttled, retryAfter);
    }

    /** Judges an I/O failure (no answer, or an answer cut short). */
    Decision<Resp> onTransportFailure(Attempt attempt, IOException e) {
        log(attempt, -1, null);
        if (remainingNanos() <= 0) {
            return Decision.failed(fail(timeoutException("during attempt " + attempt.number())));
        }
        boolean beforeSend = e instanceof ConnectException || e instanceof UnknownHostException
                || e instanceof NoRouteToHostException || e instanceof SSLHandshakeException;
        if (!beforeSend) {
            maybeDelivered = true;
        }
        boolean tls = e instanceof SSLHandshakeException || e instanceof SSLPeerUnverifiedException;
        boolean attemptTimeout = e instanceof InterruptedIOException && "timeout".equals(e.getMessage());
        String what = attemptTimeout
                ? "The attempt timeout (" + settings.attemptTimeout() + ") elapsed"
                : tls ? "TLS failure (certificate or host name not trusted)" : "I/O failure";
        TransportException ex = new TransportException(what + " calling " + settings.spec().name() + " "
                + operation.name() + " at " + settings.endpoint() + ": " + e + " (Attempts: " + attempt.number() + ")",
                e, attempt.number(), !tls);
        return retryOrFail(ex, !tls, false, null);
    }

    private Decision<Resp> retryOrFail(SdkException e, boolean retryable, boolean throttled, Duration retryAfter) {
        if (!retryable || attempts >= policy.maxAttempts()) {
            return Decision.failed(fail(e));
        }
        if (!settings.retryBudget().tryAcquireRetry()) {
            return Decision.failed(fail(new RetryBudgetExhaustedException(
                    "Not retrying: the client's retry budget is spent because recent calls keep failing; last "
                            + "failure: " + e.getMessage(), e, attempts)));
        }
        Duration delay = Backoff.delay(policy, retries + 1, throttled, retryAfter,
                bound -> ThreadLocalRandom.current().nextLong(bound));
        if (deadlineNanos != Long.MAX_VALUE && System.nanoTime() + delay.toNanos() >= deadlineNanos) {
            failures.add(e);
            return Decision.failed(fail(timeoutException("waiting " + delay.toMillis() + " ms to retry")));
        }
        retries++;
        failures.add(e);
        return Decision.retry(delay);
    }

    private void onSuccessBookkeeping() {
        settings.retryBudget().onSuccess(retries);
        if (settings.rateLimiter() != null) {
            settings.rateLimiter().onSuccess();
        }
    }

    /** Attaches the earlier attempts' failures to the final exception. */
    private SdkException fail(SdkException last) {
        for (SdkException f : failures) {
            if (f != last) {
                last.addSuppressed(f);
            }
        }
        return last;
    }

    private ApiCallTimeoutException timeoutException(String when) {
        SdkException last = failures.isEmpty() ? null : failures.get(failures.size() - 1);
        return new ApiCallTimeoutException("The API call timeout (" + callTimeout + ") of " + settings.spec().name()
                + " " + operation.name() + " elapsed " + when + " (Attempts: " + attempts + ")", last, attempts);
    }

    private ServiceException serviceException(ErrorKind kind, ServiceError error, HttpResponse response,
                                              Attempt attempt, boolean retryable) {
        return serviceException(kind, error, response, attempt, retryable, null, null);
    }

    private ServiceException serviceException(ErrorKind kind, ServiceError error, HttpResponse response,
                                              Attempt attempt, boolean retryable, Instant local, Instant server) {
        Redactor redactor = Redactor.of(credentials, attempt.request());
        ServiceError clean = new ServiceError(error.errorCode(), redactor.scrub(error.errorMessage()),
                error.requestId(), error.hostId(), error.recommend(), error.accessDeniedDetail(),
                error.encodedAuthorizationMessage(), error.errorParams(), error.details());
        ServiceFailure f = new ServiceFailure(settings.spec().provider(), settings.spec().name(), operation.name(),
                response.status(), clean, redactor.scrub(response.bodyText(RAW_BODY_CHARS)), attempt.number(),
                retryable);
        return switch (kind) {
            case THROTTLING -> new ThrottlingException(f);
            case AUTHENTICATION -> new AuthenticationException(f, local, server);
            case NOT_FOUND -> new ResourceNotFoundException(f);
            case INVALID_STATUS -> new InvalidStatusException(f);
            case OTHER -> new ServiceException(f);
        };
    }

    private long remainingNanos() {
        return deadlineNanos == Long.MAX_VALUE ? Long.MAX_VALUE : deadlineNanos - System.nanoTime();
    }

    private void log(Attempt attempt, int status, String requestId) {
        if (RequestLog.LOG.isDebugEnabled()) {
            RequestLog.LOG.debug("service={} operation={} attempt={} status={} latencyMs={} requestId={}",
                    settings.spec().name(), operation.name(), attempt.number(), status == -1 ? "none" : status,
                    (System.nanoTime() - attempt.startNanos()) / 1_000_000, requestId);
        }
    }

    private static String nonce() {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        long hi = r.nextLong();
        long lo = r.nextLong();
        char[] out = new char[32];
        for (int i = 0; i < 16; i++) {
            out[i] = HEX[(int) (hi >>> (60 - 4 * i)) & 0xF];
            out[16 + i] = HEX[(int) (lo >>> (60 - 4 * i)) & 0xF];
        }
        return new String(out);
    }

    /**
     * The per-attempt logger, taken at the first log statement rather than when this class loads, so that
     * SLF4J's start-up runs off the first call's path (see {@link dev.migsdk.core.internal.util.Logs}).
     */
    private static final class RequestLog {
        static final Logger LOG = LoggerFactory.getLogger("dev.migsdk.request");
    }

    /**
     * One signed attempt.
     *
     * @param number 1-based attempt number
     * @param request the signed request
     * @param timeout deadline for this attempt, or {@code null}
     * @param rateLimitDelay wait imposed by the adaptive rate limiter before sending
     * @param signedAt signing time (local clock plus learned offset)
     * @param startNanos when the attempt was prepared
     */
    record Attempt(int number, HttpRequest request, Duration timeout, Duration rateLimitDelay, Instant signedAt,
                   long startNanos) {
    }

    /** What to do after an attempt: finish with a result or exception, or retry after a delay. */
    static final class Decision<R> {
        private final R result;
        private final SdkException error;
        private final Duration delay;

        private Decision(R result, SdkException error, Duration delay) {
            this.result = result;
            this.error = error;
            this.delay = delay;
        }

        static <R> Decision<R> done(R result) {
            return new Decision<>(result, null, null);
        }

        static <R> Decision<R> failed(SdkException error) {
            return new Decision<>(null, error, null);
        }

        static <R> Decision<R> retry(Duration delay) {
            return new Decision<>(null, null, delay);
        }

        boolean isDone() {
            return delay == null;
        }

        Duration delay() {
            return delay;
        }

        R resultOrThrow() {
            if (error != null) {
                throw error;
            }
            return result;
        }

        void complete(CompletableFuture<R> future) {
            if (error != null) {
                future.completeExceptionally(error);
            } else {
                future.complete(result);
            }
        }
    }
}
