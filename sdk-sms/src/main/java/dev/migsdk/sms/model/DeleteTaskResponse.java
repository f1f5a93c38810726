package dev.migsdk.sms.model;

import dev.migsdk.core.SdkResponse;

/** Result of Sms {@code DeleteTask}. The service answers with an empty body; the request id comes from {@code X-Request-Id}. Immutable. */
public final class DeleteTaskResponse extends SdkResponse {
    private final boolean alreadyDeleted;

    private DeleteTaskResponse(Builder b) {
        super(b);
        this.alreadyDeleted = b.alreadyDeleted;
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        return new Builder(this);
    }

    /** True when an earlier attempt's answer was lost and the retry found the task already gone. */
    public boolean alreadyDeleted() {
        return alreadyDeleted;
    }

    @Override
    public String toString() {
        return "DeleteTaskResponse[requestId=" + requestId() + ", httpStatus=" + httpStatus()
                + (alreadyDeleted ? ", alreadyDeleted=true" : "") + "]";
    }

    /** Builder for {@link DeleteTaskResponse}. */
    public static final class Builder extends SdkResponse.Builder<Builder> {
        private boolean alreadyDeleted;

        private Builder() {
        }

        private Builder(DeleteTaskResponse from) {
            super(from);
            this.alreadyDeleted = from.alreadyDeleted;
        }

        public Builder alreadyDeleted(boolean alreadyDeleted) {
            this.alreadyDeleted = alreadyDeleted;
            return this;
        }

        public DeleteTaskResponse build() {
            return new DeleteTaskResponse(this);
        }
    }
}
