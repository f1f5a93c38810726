package dev.migsdk.core.internal.protocol;

import com.fasterxml.jackson.databind.JsonNode;
import dev.migsdk.core.SdkRequest;
import dev.migsdk.core.auth.Credentials;
import dev.migsdk.core.exception.ServiceError;
import dev.migsdk.core.internal.http.HttpRequest;
import dev.migsdk.core.internal.http.HttpResponse;
import dev.migsdk.core.internal.http.NameValue;
import dev.migsdk.core.internal.pipeline.Operation;
import java.io.IOException;
import java.time.Instant;
import java.util.List;

/**
 * One provider's wire conventions: how an operation becomes a request, how it is signed, and how
 * answers are read. Implementations are immutable and thread-safe. Internal API.
 *
 * @param <C> credentials the provider signs with
 */
public interface Protocol<C extends Credentials> {

    /**
     * Builds the unsigned request: method, URL, {@code Host}, the operation's fields, then
     * {@code extraHeaders} (the client's {@code User-Agent} and the call's own headers, replacing any
     * header of the same name).
     */
    <Req extends SdkRequest> HttpRequest marshal(Operation<Req, ?> operation, Req request, Endpoint endpoint,
                                                 C credentials, List<NameValue> extraHeaders);

    /** Signs one attempt with a fresh time and nonce. */
    HttpRequest sign(HttpRequest request, C credentials, Instant signingTime, String nonce);

    /** Decodes the body of a successful answer; {@code null} for an empty body. */
    JsonNode decodeSuccess(HttpResponse response) throws IOException;

    /** A business error carried by a 2xx answer (e.g. DTS {@code Success=false}), or {@code null}. */
    ServiceError businessError(JsonNode body, HttpResponse response);

    /** Decodes an error answer. Never throws: undecodable bodies give an error with a descriptive message. */
    ServiceError decodeError(HttpResponse response);

    /** Request id from the response headers, or {@code null}. */
    String headerRequestId(HttpResponse response);

    /** Provider-wide meaning of an error (service-specific codes are looked up first by the caller). */
    ErrorKind classify(ServiceError error, int httpStatus);

    /** Whether an authentication error says the request time was outside the allowed window. */
    boolean isClockSkew(ServiceError error);
}
