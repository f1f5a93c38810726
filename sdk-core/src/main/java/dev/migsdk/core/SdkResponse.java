package dev.migsdk.core;

import java.util.Objects;

/** Base of every operation response: the answer's {@link ResponseMetadata} (request id, HTTP status, attempts, latency, headers). */
public abstract class SdkResponse {
    private final ResponseMetadata metadata;

    protected SdkResponse(Builder<?> builder) {
        this.metadata = builder.metadata;
    }

    /** The service's request id (body, or response header), or {@code null} if it sent none. */
    public String requestId() {
        return metadata.requestId();
    }

    /** HTTP status of the answer. */
    public int httpStatus() {
        return metadata.httpStatus();
    }

    /** Request id, status, attempts, total latency and the (redacted) headers of the answer. */
    public ResponseMetadata metadata() {
        return metadata;
    }

    /**
     * Shared part of every response builder (useful for stubbing clients in tests).
     *
     * @param <B> the concrete builder
     */
    public abstract static class Builder<B extends Builder<B>> {
        private ResponseMetadata metadata = ResponseMetadata.none();

        protected Builder() {
        }

        protected Builder(SdkResponse from) {
            this.metadata = from.metadata;
        }

        /** Sets the whole metadata (the SDK does this for every answer). */
        public B metadata(ResponseMetadata metadata) {
            this.metadata = Objects.requireNonNull(metadata, "metadata");
            return self();
        }

        /** Sets the request id, keeping the rest of the metadata. */
        public B requestId(String requestId) {
            ResponseMetadata m = metadata;
            this.metadata = new ResponseMetadata(requestId, m.httpStatus(), m.attempts(), m.latency(), m.headers());
            return self();
        }

        /** Sets the HTTP status, keeping the rest of the metadata. */
        public B httpStatus(int httpStatus) {
            ResponseMetadata m = metadata;
            this.metadata = new ResponseMetadata(m.requestId(), httpStatus, m.attempts(), m.latency(), m.headers());
            return self();
        }

        @SuppressWarnings("unchecked")
        protected final B self() {
            return (B) this;
        }
    }
}
