package dev.migsdk.oms.model;

import dev.migsdk.core.SdkResponse;

/** Result of OMS {@code StopTaskGroup}: the pause was accepted. Immutable. */
public final class StopTaskGroupResponse extends SdkResponse {

    private StopTaskGroupResponse(Builder b) {
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
        return "StopTaskGroupResponse[" + "requestId=" + requestId() + ", httpStatus=" + httpStatus() + "]";
    }

    /** Builder for {@link StopTaskGroupResponse}. */
    public static final class Builder extends SdkResponse.Builder<Builder> {

        private Builder() {
        }

        private Builder(StopTaskGroupResponse from) {
            super(from);
        }

        public StopTaskGroupResponse build() {
            return new StopTaskGroupResponse(this);
        }
    }
}
