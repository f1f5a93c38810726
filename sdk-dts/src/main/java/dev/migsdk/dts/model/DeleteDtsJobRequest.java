package dev.migsdk.dts.model;

import dev.migsdk.core.SdkRequest;
import java.util.Objects;

/** Parameters of {@code DeleteDtsJob}. Immutable. */
public final class DeleteDtsJobRequest extends SdkRequest {
    private final String dtsJobId;
    private final String dtsInstanceId;
    private final SynchronizationDirection synchronizationDirection;
    private final String regionId;
    private final DtsJobType jobType;

    private DeleteDtsJobRequest(Builder b) {
        super(b);
        this.dtsJobId = b.dtsJobId;
        this.dtsInstanceId = b.dtsInstanceId;
        this.synchronizationDirection = b.synchronizationDirection;
        this.regionId = b.regionId;
        this.jobType = b.jobType;
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        return new Builder(this);
    }

    /** {@code DtsJobId}: the migration, synchronization or change-tracking task, e.g. {@code l3m1213ye7l****}. Required. */
    public String dtsJobId() {
        return dtsJobId;
    }

    /** {@code DtsInstanceId}: the instance of the task, e.g. {@code dtsl3m1213ye7l****}; optional. */
    public String dtsInstanceId() {
        return dtsInstanceId;
    }

    /** {@code SynchronizationDirection}; optional, DTS assumes {@link SynchronizationDirection#FORWARD}. */
    public SynchronizationDirection synchronizationDirection() {
        return synchronizationDirection;
    }

    /** {@code RegionId}: the task's region, e.g. {@code cn-beijing}; optional. */
    public String regionId() {
        return regionId;
    }

    /** {@code JobType}: the kind of task; optional. */
    public DtsJobType jobType() {
        return jobType;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DeleteDtsJobRequest r && Objects.equals(dtsJobId, r.dtsJobId)
                && Objects.equals(dtsInstanceId, r.dtsInstanceId)
                && synchronizationDirection == r.synchronizationDirection && Objects.equals(regionId, r.regionId)
                && jobType == r.jobType
                && overrides().equals(r.overrides());
    }

    @Override
    public int hashCode() {
        return Objects.hash(dtsJobId, dtsInstanceId, synchronizationDirection, regionId, jobType);
    }

    @Override
    public String toString() {
        return "DeleteDtsJobRequest[dtsJobId=" + dtsJobId + ", dtsInstanceId=" + dtsInstanceId
                + ", synchronizationDirection=" + synchronizationDirection + ", regionId=" + regionId
                + (jobType == null ? "" : ", jobType=" + jobType) + "]";
    }

    /** Builder for {@link DeleteDtsJobRequest}. */
    public static final class Builder extends SdkRequest.Builder<Builder> {
        private String dtsJobId;
        private String dtsInstanceId;
        private SynchronizationDirection synchronizationDirection;
        private String regionId;
        private DtsJobType jobType;

        private Builder() {
        }

        private Builder(DeleteDtsJobRequest from) {
            super(from);
            this.dtsJobId = from.dtsJobId;
            this.dtsInstanceId = from.dtsInstanceId;
            this.synchronizationDirection = from.synchronizationDirection;
            this.regionId = from.regionId;
            this.jobType = from.jobType;
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

        public Builder jobType(DtsJobType jobType) {
            this.jobType = jobType;
            return this;
        }

        public DeleteDtsJobRequest build() {
            return new DeleteDtsJobRequest(this);
        }
    }
}
