package dev.migsdk.smc.model;

import dev.migsdk.core.SdkResponse;

/** Result of {@code StopReplicationJob}. Immutable. */
public final class StopReplicationJobResponse extends SdkResponse {

    private StopReplicationJobResponse(Builder b) {
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
        return "StopReplicationJobResponse[requestId=" + requestId() + ", httpStatus=" + httpStatus() + "]";
    }

    /** Builder for {@link StopReplicationJobResponse}. */
    public static final class Builder extends SdkResponse.Builder<Builder> {
        private Builder() {
        }

        private Builder(StopReplicationJobResponse from) {
            super(from);
        }

        public StopReplicationJobResponse build() {
            return new StopReplicationJobResponse(this);
        }
    }
}
