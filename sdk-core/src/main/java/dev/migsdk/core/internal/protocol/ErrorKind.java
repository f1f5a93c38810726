package dev.migsdk.core.internal.protocol;

/** What an error answer means for the caller and for retries. Internal API. */
public enum ErrorKind {
    THROTTLING,
    AUTHENTICATION,
    NOT_FOUND,
    INVALID_STATUS,
    OTHER
}
