package dev.migsdk.dts.model;

import dev.migsdk.core.SdkRequest;
import java.util.Objects;

/** Parameters of {@code StopDtsJob}. Immutable. */
public final class StopDtsJobRequest extends SdkRequest {
    private final String dtsJobId;
    private final String dtsInstanceId;
    private final SynchronizationDirection synchronizationDirection;
    private final String regionId;

    private StopDtsJobRequest(Builder b) {
        super(b);
        this.dtsJobId = b.dtsJobId;
        this.dtsInstanceId = b.dtsInstanceId;
        this.synchronizationDirection = b.synchronizationDirection;
        this.regionId = b.regionId;
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        return new Builder(this);
    }

    /** {@code DtsJobId}: the task to stop (end), e.g. {@code l3m1213ye7l****}. Required. */
    public String dtsJobId() {
        return dtsJobId;
    }

    /** {@code DtsInstanceId}: the task's instance, e.g. {@code dtsl3m1213ye7l****}; optional. */
    public String dtsInstanceId() {
        return dtsInstanceId;
    }

    /** {@code SynchronizationDirection}; optional, DTS assumes {@link SynchronizationDirection#FORWARD}. */
    public SynchronizationDirection synchronizationDirection() {
        return synchronizationDirection;
    }

    /** {@code RegionId}: the task's region, e.g. {@code cn-hangzhou}; optional. */
    public String regionId() {
        return regionId;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof StopDtsJobRequest r && Objects.equals(dtsJobId, r.dtsJobId)
                && Objects.equals(dtsInstanceId, r.dtsInstanceId)
                && synchronizationDirection == r.synchronizationDirection && Objects.equals(regionId, r.regionId)
                && overrides().equals(r.overrides());
    }

    @Override
    public int hashCode() {
        return Objects.hash(dtsJobId, dtsInstanceId, synchronizationDirection, regionId);
    }

    @Override
    public String toString() {
        return "StopDtsJobRequest[dtsJobId=" + dtsJobId + ", dtsInstanceId=" + dtsInstanceId
                + ", synchronizationDirection=" + synchronizationDirection + ", regionId=" + regionId + "]";
    }

    /** Builder for {@link StopDtsJobRequest}. */
    public static final class Builder extends SdkRequest.Builder<Builder> {
        private String dtsJobId;
        private String dtsInstanceId;
        private SynchronizationDirection synchronizationDirection;
        private String regionId;

        private Builder() {
        }

        private Builder(StopDtsJobRequest from) {
            super(from);
            this.dtsJobId = from.dtsJobId;
            this.dtsInstanceId = from.dtsInstanceId;
            this.synchronizationDirection = from.synchronizationDirection;
            this.regionId = from.regionId;
        }

        public Builder dtsJobId(String dtsJobId) {
            this.dtsJobId = dtsJobId;
            return this;
        }

        public Builder dtsInstanceId(String dtsInstanceId) {
            this.dtsInstanceId = dtsInstanceId;
            return this;
        }

        public Builder synchronizationDirection(SynchronizationDirection direction) {
            this.synchronizationDirection = direction;
            return this;
        }

        public Builder regionId(String regionId) {
            this.regionId = regionId;
            return this;
        }

        public StopDtsJobRequest build() {
            return new StopDtsJobRequest(this);
        }
    }
}
