package dev.migsdk.core.internal.pipeline;

import dev.migsdk.core.internal.http.HttpRequest;
import java.time.Duration;
import java.time.Instant;

/**
 * One signed attempt, ready to send. Internal API.
 *
 * @param number 1-based attempt number
 * @param request the signed request
 * @param timeout deadline for this attempt (never past the call's)
 * @param rateLimitDelay wait imposed by the adaptive rate limiter before sending
 * @param signedAt signing time (local clock plus learned offset)
 * @param startNanos when preparing the attempt began (before marshalling and signing)
 */
record Attempt(int number, HttpRequest request, Duration timeout, Duration rateLimitDelay, Instant signedAt,
               long startNanos) {
}
