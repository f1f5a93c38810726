package dev.migsdk.core.internal.signing;

import dev.migsdk.core.auth.Credentials;
import dev.migsdk.core.internal.http.HttpRequest;
import java.time.Instant;

/**
 * Signs a request: a pure function of the request, the credentials, the signing time and a nonce.
 * Returns a copy carrying the signature (and the timestamp, nonce and token it covers). Internal API.
 *
 * @param <C> credentials it signs with
 */
@FunctionalInterface
public interface RequestSigner<C extends Credentials> {
    HttpRequest sign(HttpRequest request, C credentials, Instant signingTime, String nonce);
}
