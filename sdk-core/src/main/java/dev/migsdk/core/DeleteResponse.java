package dev.migsdk.core;

/**
 * Base of the responses of delete operations: besides the request id and status, whether the delete
 * was counted as done because a retry found the resource already gone.
 */
public abstract class DeleteResponse extends SdkResponse {
    private final boolean alreadyDeleted;

    protected DeleteResponse(Builder<?> builder) {
        super(builder);
        this.alreadyDeleted = builder.alreadyDeleted;
    }

    /**
     * True when an earlier attempt's answer was lost (reset, timeout, server error) and the retry was
     * answered "not found": the delete most likely happened on that earlier attempt. Only with the
     * client's {@code idempotentDeletes} on (the default); a first-attempt "not found" is an error.
     */
    public boolean alreadyDeleted() {
        return alreadyDeleted;
    }

    /**
     * Shared part of delete response builders.
     *
     * @param <B> the concrete builder
     */
    public abstract static class Builder<B extends Builder<B>> extends SdkResponse.Builder<B> {
        private boolean alreadyDeleted;

        protected Builder() {
        }

        protected Builder(DeleteResponse from) {
            super(from);
            this.alreadyDeleted = from.alreadyDeleted;
        }

        public B alreadyDeleted(boolean alreadyDeleted) {
            this.alreadyDeleted = alreadyDeleted;
            return self();
        }
    }
}
