package dev.migsdk.sms.model;

import dev.migsdk.core.DeleteResponse;

/** Result of SMS {@code DeleteTask}. The service answers with an empty body; the request id comes from {@code X-Request-Id}. Immutable. */
public final class DeleteTaskResponse extends DeleteResponse {
    private DeleteTaskResponse(Builder b) {
        super(b);
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        return new Builder(this);
    }

    @Override
    public String toString() {
        return "DeleteTaskResponse[requestId=" + requestId() + ", httpStatus=" + httpStatus()
                + (alreadyDeleted() ? ", alreadyDeleted=true" : "") + "]";
    }

    /** Builder for {@link DeleteTaskResponse}. */
    public static final class Builder extends DeleteResponse.Builder<Builder> {
        private Builder() {
        }

        private Builder(DeleteTaskResponse from) {
            super(from);
        }

        public DeleteTaskResponse build() {
            return new DeleteTaskResponse(this);
        }
    }
}
