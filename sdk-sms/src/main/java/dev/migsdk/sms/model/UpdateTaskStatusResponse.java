package dev.migsdk.sms.model;

import dev.migsdk.core.SdkResponse;

/** Result of SMS {@code UpdateTaskStatus}: the action was accepted (a stop then moves the task through {@code ABORTING} to {@code ABORT}). Immutable. */
public final class UpdateTaskStatusResponse extends SdkResponse {

    private UpdateTaskStatusResponse(Builder b) {
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
        return "UpdateTaskStatusResponse[" + "requestId=" + requestId() + ", httpStatus=" + httpStatus() + "]";
    }

    /** Builder for {@link UpdateTaskStatusResponse}. */
    public static final class Builder extends SdkResponse.Builder<Builder> {

        private Builder() {
        }

        private Builder(UpdateTaskStatusResponse from) {
            super(from);
        }

        public UpdateTaskStatusResponse build() {
            return new UpdateTaskStatusResponse(this);
        }
    }
}
