package dev.migsdk.dts.model;

import dev.migsdk.core.SdkRequest;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * The parameters DTS's batch actions share ({@code StopDtsJobs}, {@code SuspendDtsJobs}, {@code DeleteDtsJobs}):
 * the tasks, sent comma-separated as {@code DtsJobIds}, and their region. Immutable.
 */
public abstract class DtsBatchRequest extends SdkRequest {
    private final List<String> dtsJobIds;
    private final String regionId;
    private final String resourceGroupId;
    private final Boolean zeroEtlJob;

    protected DtsBatchRequest(Builder<?> b) {
        super(b);
        this.dtsJobIds = b.dtsJobIds;
        this.regionId = b.regionId;
        this.resourceGroupId = b.resourceGroupId;
        this.zeroEtlJob = b.zeroEtlJob;
    }

    /** {@code DtsJobIds}: the tasks, sent comma-separated. Required, at least one. */
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

    /** Whether {@code o} is the same kind of request with the same parameters and overrides. */
    @Override
    public boolean equals(Object o) {
        return o != null && o.getClass() == getClass() && o instanceof DtsBatchRequest r
                && dtsJobIds.equals(r.dtsJobIds) && Objects.equals(regionId, r.regionId)
                && Objects.equals(resourceGroupId, r.resourceGroupId) && Objects.equals(zeroEtlJob, r.zeroEtlJob)
                && overrides().equals(r.overrides());
    }

    @Override
    public int hashCode() {
        return Objects.hash(dtsJobIds, regionId, resourceGroupId, zeroEtlJob);
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "[dtsJobIds=" + dtsJobIds + ", regionId=" + regionId
                + ", resourceGroupId=" + resourceGroupId + ", zeroEtlJob=" + zeroEtlJob + "]";
    }

    /**
     * Shared part of the batch request builders.
     *
     * @param <B> the concrete builder
     */
    public abstract static class Builder<B extends Builder<B>> extends SdkRequest.Builder<B> {
        private List<String> dtsJobIds = List.of();
        private String regionId;
        private String resourceGroupId;
        private Boolean zeroEtlJob;

        protected Builder() {
        }

        protected Builder(DtsBatchRequest from) {
            super(from);
            this.dtsJobIds = from.dtsJobIds;
            this.regionId = from.regionId;
            this.resourceGroupId = from.resourceGroupId;
            this.zeroEtlJob = from.zeroEtlJob;
        }

        /** The tasks; replaces any set before. No null elements. */
        public B dtsJobIds(Collection<String> dtsJobIds) {
            this.dtsJobIds = List.copyOf(Objects.requireNonNull(dtsJobIds, "dtsJobIds"));
            return self();
        }

        /** The tasks; replaces any set before. */
        public B dtsJobIds(String... dtsJobIds) {
            return dtsJobIds(Arrays.asList(Objects.requireNonNull(dtsJobIds, "dtsJobIds")));
        }

        public B regionId(String regionId) {
            this.regionId = regionId;
            return self();
        }

        public B resourceGroupId(String resourceGroupId) {
            this.resourceGroupId = resourceGroupId;
            return self();
        }

        public B zeroEtlJob(Boolean zeroEtlJob) {
            this.zeroEtlJob = zeroEtlJob;
            return self();
        }
    }
}
