package dev.migsdk.dts.model;

import dev.migsdk.core.SdkRequest;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/** Parameters of {@code StopDtsJobs}. Immutable. */
public final class StopDtsJobsRequest extends SdkRequest {
    private final List<String> dtsJobIds;
    private final String regionId;
    private final String resourceGroupId;
    private final Boolean zeroEtlJob;

    private StopDtsJobsRequest(Builder b) {
        super(b);
        this.dtsJobIds = b.dtsJobIds;
        this.regionId = b.regionId;
        this.resourceGroupId = b.resourceGroupId;
        this.zeroEtlJob = b.zeroEtlJob;
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        return new Builder(this);
    }

    /** {@code DtsJobIds}: the tasks to stop (end), sent comma-separated. Required, at least one. */
    public List<String> dtsJobIds() {
        return dtsJobIds;
    }

    /** {@code RegionId}: the tasks' region, e.g. {@code cn-hangzhou}; optional. */
    public String regionId() {
        return regionId;
    }

    /** {@code ResourceGroupId}; optional (DTS: "only for special services"). */
    public String resourceGroupId() {
        return resourceGroupId;
    }

    /** {@code ZeroEtlJob}; optional (DTS: "only for special services"). */
    public Boolean zeroEtlJob() {
        return zeroEtlJob;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof StopDtsJobsRequest r && dtsJobIds.equals(r.dtsJobIds) && Objects.equals(regionId, r.regionId)
                && Objects.equals(resourceGroupId, r.resourceGroupId) && Objects.equals(zeroEtlJob, r.zeroEtlJob)
                && overrides().equals(r.overrides());
    }

    @Override
    public int hashCode() {
        return Objects.hash(dtsJobIds, regionId, resourceGroupId, zeroEtlJob);
    }

    @Override
    public String toString() {
        return "StopDtsJobsRequest[dtsJobIds=" + dtsJobIds + ", regionId=" + regionId + ", resourceGroupId="
                + resourceGroupId + ", zeroEtlJob=" + zeroEtlJob + "]";
    }

    /** Builder for {@link StopDtsJobsRequest}. */
    public static final class Builder extends SdkRequest.Builder<Builder> {
        private List<String> dtsJobIds = List.of();
        private String regionId;
        private String resourceGroupId;
        private Boolean zeroEtlJob;

        private Builder() {
        }

        private Builder(StopDtsJobsRequest from) {
            super(from);
            this.dtsJobIds = from.dtsJobIds;
            this.regionId = from.regionId;
            this.resourceGroupId = from.resourceGroupId;
            this.zeroEtlJob = from.zeroEtlJob;
        }

        /** The tasks; replaces any set before. No null elements. */
        public Builder dtsJobIds(Collection<String> dtsJobIds) {
            this.dtsJobIds = List.copyOf(Objects.requireNonNull(dtsJobIds, "dtsJobIds"));
            return this;
        }

        /** The tasks; replaces any set before. */
        public Builder dtsJobIds(String... dtsJobIds) {
            return dtsJobIds(Arrays.asList(Objects.requireNonNull(dtsJobIds, "dtsJobIds")));
        }

        public Builder regionId(String regionId) {
            this.regionId = regionId;
            return this;
        }

        public Builder resourceGroupId(String resourceGroupId) {
            this.resourceGroupId = resourceGroupId;
            return this;
        }

        public Builder zeroEtlJob(Boolean zeroEtlJob) {
            this.zeroEtlJob = zeroEtlJob;
            return this;
        }

        public StopDtsJobsRequest build() {
            return new StopDtsJobsRequest(this);
        }
    }
}
