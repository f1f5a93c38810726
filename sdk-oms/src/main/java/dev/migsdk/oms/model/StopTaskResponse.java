package dev.migsdk.oms.model;

import dev.migsdk.core.SdkResponse;

/** Result of OMS {@code StopTask}: the pause was accepted (the task moves to pausing, then paused). Immutable. */
public final class StopTaskResponse extends SdkResponse {

    private StopTaskResponse(Builder b) {
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
        return "StopTaskResponse[" + "requestId=" + requestId() + ", httpStatus=" + httpStatus() + "]";
    }

    /** Builder for {@link StopTaskResponse}. */
    public static final class Builder extends SdkResponse.Builder<Builder> {

        private Builder() {
        }

        private Builder(StopTaskResponse from) {
            super(from);
        }

        public StopTaskResponse build() {
            return new StopTaskResponse(this);
        }
    }
}
