package dev.migsdk.core.internal.protocol;

/** What an error answer means for the caller and for retries. Internal API. */
public enum ErrorKind {
    /** Rate limited: retried with the slower base; feeds the adaptive limiter. */
    THROTTLING,
    /** Identity rejected (signature, key, token, clock skew): not retried, except once for clock skew. */
    AUTHENTICATION,
    /** Identity known, permission missing: not retried. */
    ACCESS_DENIED,
    /** The resource does not exist. */
    NOT_FOUND,
    /** The resource's state forbids the operation. */
    INVALID_STATUS,
    /** The service failed (5xx, unavailable, internal error): retried; the request may have taken effect. */
    SERVER_FAULT,
    /** Anything else: not retried. */
    OTHER
}
