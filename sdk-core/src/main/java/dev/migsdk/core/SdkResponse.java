package dev.migsdk.core;

/** Base of every operation response: the request id and HTTP status of the answer. */
public abstract class SdkResponse {
    private final String requestId;
    private final int httpStatus;

    protected SdkResponse(Builder<?> builder) {
        this.requestId = builder.requestId;
        this.httpStatus = builder.httpStatus;
    }

    /** The service's request id (body, or response header), or {@code null} if it sent none. */
    public String requestId() {
        return requestId;
    }

    /** HTTP status of the answer. */
    public int httpStatus() {
        return httpStatus;
    }

    /**
     * Shared part of every response builder (useful for stubbing clients in tests).
     *
     * @param <B> the concrete builder
     */
    public abstract static class Builder<B extends Builder<B>> {
        private String requestId;
        private int httpStatus = 200;

        protected Builder() {
        }

        protected Builder(SdkResponse from) {
            this.requestId = from.requestId;
            this.httpStatus = from.httpStatus;
        }

        public B requestId(String requestId) {
            this.requestId = requestId;
            return self();
        }

        public B httpStatus(int httpStatus) {
            this.httpStatus = httpStatus;
            return self();
        }

        @SuppressWarnings("unchecked")
        protected final B self() {
            return (B) this;
        }
    }
}
