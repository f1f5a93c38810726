package dev.migsdk.testkit;

/** The faults {@link Faults} can inject. */
public enum FaultKind {
    /** Throttling answer: Alibaba 400 {@code Throttling.User}, Huawei 429 {@code APIGW.0308}. Nothing applied. */
    THROTTLE,
    /** Temporary failure: Alibaba 503 {@code ServiceUnavailable}, Huawei 503 {@code APIGW.0201}. Nothing applied. */
    FAIL,
    /** The connection is closed after the request was read, before any response byte. Nothing applied. */
    DROP_CONNECTION,
    /** The request is processed normally and its answer is held back for a while. */
    DELAY,
    /** A 200 whose body is cut halfway (Content-Length announces more), then the connection closes. Nothing applied. */
    TRUNCATE,
    /** The request is processed (state changes apply), then the connection is closed instead of answering. */
    DROP_RESPONSE_AFTER_PROCESSING
}
