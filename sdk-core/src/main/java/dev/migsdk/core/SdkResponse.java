package dev.migsdk.core;

/** Base of every operation response: the request id and HTTP status of the answer. */
public abstract class SdkResponse {
    private final String requestId;
    private final int httpStatus;

    protected SdkResponse(String requestId, int httpStatus) {
        this.requestId = requestId;
        this.httpStatus = httpStatus;
    }

    /** The service's request id (body, or response header), or {@code null} if it sent none. */
    public String requestId() {
        return requestId;
    }

    /** HTTP status of the answer. */
    public int httpStatus() {
        return httpStatus;
    }
}
