package dev.migsdk.core.internal.pipeline;

import dev.migsdk.core.exception.AccessDeniedException;
import dev.migsdk.core.exception.ApiCallTimeoutException;
import dev.migsdk.core.exception.AuthenticationException;
import dev.migsdk.core.exception.InvalidStatusException;
import dev.migsdk.core.exception.ResourceNotFoundException;
import dev.migsdk.core.exception.SdkClientException;
import dev.migsdk.core.exception.ServiceError;
import dev.migsdk.core.exception.ServiceException;
import dev.migsdk.core.exception.ServiceFailure;
import dev.migsdk.core.exception.ThrottlingException;
import dev.migsdk.core.exception.TransportException;
import dev.migsdk.core.internal.http.HttpResponse;
import dev.migsdk.core.internal.protocol.ErrorKind;
import dev.migsdk.core.internal.util.Redactor;
import dev.migsdk.core.internal.util.ServerText;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.SocketTimeoutException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.SSLPeerUnverifiedException;

/**
 * Builds the exceptions a call can end with, with every server-provided text sanitised (control
 * characters escaped, length capped) and every known secret masked. Internal API.
 */
final class Failures {
    private static final int RAW_BODY_CHARS = 4096;
    private static final int LONG_TEXT = 65_536;

    private final RuntimeSettings<?> settings;

    Failures(RuntimeSettings<?> settings) {
        this.settings = settings;
    }

    /** An answer that is neither the documented success nor an error: {@code SDK.UnexpectedResponse}, retryable. */
    ServiceException unexpected(Call<?, ?, ?> call, ServiceError error, HttpResponse response, Attempt attempt,
                                Throwable cause) {
        return new ServiceException(failure(call, error, response, attempt, true), cause);
    }

    /** The typed {@link ServiceException} for an error answer. */
    ServiceException service(Call<?, ?, ?> call, ErrorKind kind, ServiceError error, HttpResponse response,
                             Attempt attempt, boolean retryable, Instant localTime, Instant serverTime) {
        ServiceFailure f = failure(call, error, response, attempt, retryable);
        return switch (kind) {
            case THROTTLING -> new ThrottlingException(f);
            case AUTHENTICATION -> new AuthenticationException(f, localTime, serverTime);
            case ACCESS_DENIED -> new AccessDeniedException(f);
            case NOT_FOUND -> new ResourceNotFoundException(f);
            case INVALID_STATUS -> new InvalidStatusException(f);
            case SERVER_FAULT, OTHER -> new ServiceException(f);
        };
    }

    /** The failure record with every server text sanitised and every known secret masked. */
    private ServiceFailure failure(Call<?, ?, ?> call, ServiceError error, HttpResponse response, Attempt attempt,
                                   boolean retryable) {
        Redactor redactor = Redactor.of(call.credentials, call.signed);
        List<String> params = new ArrayList<>(error.errorParams().size());
        for (String p : error.errorParams()) {
            params.add(ServerText.clean(redactor.scrub(p)));
        }
        List<dev.migsdk.core.exception.ErrorDetail> details = new ArrayList<>(error.details().size());
        for (dev.migsdk.core.exception.ErrorDetail d : error.details()) {
            details.add(new dev.migsdk.core.exception.ErrorDetail(ServerText.clean(d.errorCode()),
                    ServerText.clean(redactor.scrub(d.errorMessage()))));
        }
        java.util.Map<String, String> denied = new java.util.LinkedHashMap<>();
        error.accessDeniedDetail().forEach((k, v) -> denied.put(ServerText.clean(k), ServerText.clean(v)));
        ServiceError clean = new ServiceError(ServerText.clean(error.errorCode()),
                ServerText.clean(redactor.scrub(error.errorMessage())), ServerText.clean(error.requestId()),
                ServerText.clean(error.hostId()), ServerText.clean(error.recommend()), denied,
                ServerText.clean(error.encodedAuthorizationMessage(), LONG_TEXT), params, details);
        return new ServiceFailure(settings.spec().provider(), settings.spec().name(), call.operation.name(),
                response.status(), clean, redactor.scrub(response.bodyText(RAW_BODY_CHARS)), attempt.number(),
                retryable);
    }

    /** No answer arrived (or it was cut short). */
    TransportException transport(Call<?, ?, ?> call, Attempt attempt, IOException e) {
        boolean tls = e instanceof SSLHandshakeException || e instanceof SSLPeerUnverifiedException;
        // OkHttp's call timeout is an InterruptedIOException("timeout"); connect and read timeouts are its
        // subclass SocketTimeoutException.
        boolean attemptTimeout = e instanceof InterruptedIOException && !(e instanceof SocketTimeoutException)
                && "timeout".equals(e.getMessage());
        String what = attemptTimeout ? "The attempt timeout (" + attempt.timeout() + ") elapsed"
                : e instanceof SocketTimeoutException ? "Connect or read timeout"
                : tls ? "TLS failure (certificate or host name not trusted)" : "I/O failure";
        return new TransportException(what + " calling " + settings.spec().name() + " " + call.operation.name()
                + " at " + settings.endpoint() + ": " + ServerText.clean(e.toString()) + " (Attempts: "
                + attempt.number() + ")", safeCause(e), attempt.number(), !tls);
    }

    /**
     * {@code e}, or, when its message quotes the server with control characters (OkHttp's "Unexpected status
     * line: ...", a certificate's names in a TLS failure), the same kind of exception (or an {@link IOException}
     * naming the original class) with the cleaned message and the original stack trace, so a logged stack
     * trace cannot carry them either.
     */
    private static IOException safeCause(IOException e) {
        String m = e.getMessage();
        String clean = ServerText.clean(m);
        if (m == null || clean.equals(m)) {
            return e;
        }
        IOException safe = e instanceof SSLPeerUnverifiedException ? new SSLPeerUnverifiedException(clean)
                : e instanceof SSLHandshakeException ? new SSLHandshakeException(clean)
                : e instanceof java.net.ProtocolException ? new java.net.ProtocolException(clean)
                : new IOException(e.getClass().getName() + ": " + clean);
        safe.setStackTrace(e.getStackTrace());
        return safe;
    }

    /** The call's deadline passed. */
    ApiCallTimeoutException timeout(Call<?, ?, ?> call, String when) {
        return new ApiCallTimeoutException("The API call timeout (" + call.callTimeout + ") of "
                + settings.spec().name() + " " + call.operation.name() + " elapsed " + when + " (Attempts: "
                + call.attempts + ")", call.lastFailure(), call.attempts);
    }

    /** The client was closed before the call's next attempt could be sent. Not retryable. */
    SdkClientException closed(Call<?, ?, ?> call) {
        return closed(call, call.attempts == 0 ? "was not sent" : "was not retried");
    }

    /** The client was closed; {@code what} says what became of the call. Not retryable. */
    SdkClientException closed(Call<?, ?, ?> call, String what) {
        return new SdkClientException("The " + settings.spec().name() + " client was closed; "
                + call.operation.name() + " " + what + " (Attempts: " + call.attempts + ")", call.lastFailure(),
                call.attempts, false);
    }

    /** The calling thread was interrupted. */
    SdkClientException interrupted(Call<?, ?, ?> call, Exception cause) {
        return new SdkClientException("The call was interrupted (" + settings.spec().name() + " "
                + call.operation.name() + ", Attempts: " + call.attempts + ")", cause, call.attempts, false);
    }
}
