package dev.migsdk.oms.model;

import dev.migsdk.core.SdkResponse;

/** Result of OMS {@code StopSyncTask}: the stop was accepted. Immutable. */
public final class StopSyncTaskResponse extends SdkResponse {

    private StopSyncTaskResponse(Builder b) {
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
        return "StopSyncTaskResponse[" + "requestId=" + requestId() + ", httpStatus=" + httpStatus() + "]";
    }

    /** Builder for {@link StopSyncTaskResponse}. */
    public static final class Builder extends SdkResponse.Builder<Builder> {

        private Builder() {
        }

        private Builder(StopSyncTaskResponse from) {
            super(from);
        }

        public StopSyncTaskResponse build() {
            return new StopSyncTaskResponse(this);
        }
    }
}
