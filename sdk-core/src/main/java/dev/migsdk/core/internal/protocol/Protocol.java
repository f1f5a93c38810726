package dev.migsdk.core.internal.protocol;

import dev.migsdk.core.SdkRequest;
import dev.migsdk.core.auth.Credentials;
import dev.migsdk.core.exception.ServiceError;
import dev.migsdk.core.internal.http.HttpRequest;
import dev.migsdk.core.internal.http.HttpResponse;
import dev.migsdk.core.internal.http.NameValue;
import dev.migsdk.core.internal.pipeline.Operation;
import java.time.Instant;
import java.util.List;

/**
 * One provider's wire conventions: how an operation becomes a request, how it is signed, and how
 * answers are read. Implementations are immutable and thread-safe. Internal API.
 *
 * @param <C> credentials the provider signs with
 */
public interface Protocol<C extends Credentials> {

    /** The credentials this protocol signs with (a per-call provider must supply this type). */
    Class<C> credentialsType();

    /**
     * Builds the unsigned request of one attempt: method, URL, {@code Host}, the operation's fields, what
     * depends on the attempt's credentials (Huawei project / domain id), then {@code extraHeaders} (the
     * client's {@code User-Agent} and the call's own headers). Throws {@link IllegalArgumentException}
     * naming the field when something the service needs is missing.
     */
    <Req extends SdkRequest> HttpRequest marshal(Operation<Req, ?> operation, Req request, Endpoint endpoint,
                                                 C credentials, List<NameValue> extraHeaders);

    /** Signs one attempt with a fresh time and nonce. */
    HttpRequest sign(HttpRequest request, C credentials, Instant signingTime, String nonce);

    /**
     * Judges a 2xx answer's body against {@code operation}'s documented success, after the pipeline's
     * provider-neutral checks ({@link AnswerCheck#commonProblems}); {@code headerRequestId} is the request id
     * from the headers, or {@code null}. Never throws.
     */
    AnswerCheck checkSuccess(Operation<?, ?> operation, HttpResponse response, String headerRequestId);

    /** Decodes an error answer. Never throws: undecodable bodies give an error with a descriptive message. */
    ServiceError decodeError(HttpResponse response);

    /** Request id from the response headers, or {@code null}. */
    String headerRequestId(HttpResponse response);

    /** Provider-wide meaning of an error (service-specific codes are looked up first by the caller). */
    ErrorKind classify(ServiceError error, int httpStatus);

    /** Whether an authentication error says the request time was outside the allowed window. */
    boolean isClockSkew(ServiceError error);
}
