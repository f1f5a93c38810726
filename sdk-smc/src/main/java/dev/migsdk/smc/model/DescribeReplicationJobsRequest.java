package dev.migsdk.smc.model;

import dev.migsdk.core.SdkRequest;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * Parameters of {@code DescribeReplicationJobs}: filters (combined with AND; an unset filter is not sent)
 * and the page. Immutable.
 */
public final class DescribeReplicationJobsRequest extends SdkRequest {
    private final List<String> jobIds;
    private final List<String> sourceIds;
    private final String name;
    private final String regionId;
    private final String status;
    private final String businessStatus;
    private final Integer pageNumber;
    private final Integer pageSize;

    private DescribeReplicationJobsRequest(Builder b) {
        super(b);
        this.jobIds = b.jobIds;
        this.sourceIds = b.sourceIds;
        this.name = b.name;
        this.regionId = b.regionId;
        this.status = b.status;
        this.businessStatus = b.businessStatus;
        this.pageNumber = b.pageNumber;
        this.pageSize = b.pageSize;
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        return new Builder(this);
    }

    /** {@code JobId.N}: the jobs to describe (at most 50); empty for any. */
    public List<String> jobIds() {
        return jobIds;
    }

    /** {@code SourceId.N}: jobs of these source servers (at most 50); empty for any. */
    public List<String> sourceIds() {
        return sourceIds;
    }

    /** {@code Name}: the job name, or {@code null}. */
    public String name() {
        return name;
    }

    /** {@code RegionId}: the destination region, e.g. {@code cn-hangzhou}, or {@code null}. */
    public String regionId() {
        return regionId;
    }

    /** {@code Status} filter as sent, e.g. {@code Running}, or {@code null}. */
    public String status() {
        return status;
    }

    /** {@code BusinessStatus} filter as sent, e.g. {@code Syncing}, or {@code null}. */
    public String businessStatus() {
        return businessStatus;
    }

    /** {@code PageNumber}: from 1; {@code null} for SMC's default (1). */
    public Integer pageNumber() {
        return pageNumber;
    }

    /** {@code PageSize}: 1 to 50; {@code null} for SMC's default (10). */
    public Integer pageSize() {
        return pageSize;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DescribeReplicationJobsRequest r && jobIds.equals(r.jobIds)
                && sourceIds.equals(r.sourceIds) && Objects.equals(name, r.name)
                && Objects.equals(regionId, r.regionId) && Objects.equals(status, r.status)
                && Objects.equals(businessStatus, r.businessStatus) && Objects.equals(pageNumber, r.pageNumber)
                && Objects.equals(pageSize, r.pageSize) && overrides().equals(r.overrides());
    }

    @Override
    public int hashCode() {
        return Objects.hash(jobIds, sourceIds, name, regionId, status, businessStatus, pageNumber, pageSize);
    }

    @Override
    public String toString() {
        return "DescribeReplicationJobsRequest[jobIds=" + jobIds + ", sourceIds=" + sourceIds + ", name=" + name
                + ", regionId=" + regionId + ", status=" + status + ", businessStatus=" + businessStatus
                + ", pageNumber=" + pageNumber + ", pageSize=" + pageSize + "]";
    }

    /** Builder for {@link DescribeReplicationJobsRequest}. */
    public static final class Builder extends SdkRequest.Builder<Builder> {
        private List<String> jobIds = List.of();
        private List<String> sourceIds = List.of();
        private String name;
        private String regionId;
        private String status;
        private String businessStatus;
        private Integer pageNumber;
        private Integer pageSize;

        private Builder() {
        }

        private Builder(DescribeReplicationJobsRequest from) {
            super(from);
            this.jobIds = from.jobIds;
            this.sourceIds = from.sourceIds;
            this.name = from.name;
            this.regionId = from.regionId;
            this.status = from.status;
            this.businessStatus = from.businessStatus;
            this.pageNumber = from.pageNumber;
            this.pageSize = from.pageSize;
        }

        /** The jobs to describe; replaces any set before. No null elements. */
        public Builder jobIds(Collection<String> jobIds) {
            this.jobIds = List.copyOf(Objects.requireNonNull(jobIds, "jobIds"));
            return this;
        }

        /** The jobs to describe; replaces any set before. */
        public Builder jobIds(String... jobIds) {
            return jobIds(Arrays.asList(Objects.requireNonNull(jobIds, "jobIds")));
        }

        /** The source servers whose jobs to describe; replaces any set before. No null elements. */
        public Builder sourceIds(Collection<String> sourceIds) {
            this.sourceIds = List.copyOf(Objects.requireNonNull(sourceIds, "sourceIds"));
            return this;
        }

        /** The source servers whose jobs to describe; replaces any set before. */
        public Builder sourceIds(String... sourceIds) {
            return sourceIds(Arrays.asList(Objects.requireNonNull(sourceIds, "sourceIds")));
        }

        public Builder name(String name) {
            this.name = name;
            return this;
        }

        public Builder regionId(String regionId) {
            this.regionId = regionId;
            return this;
        }

        /** Only jobs in this status. */
        public Builder status(ReplicationJobStatus status) {
            if (status == ReplicationJobStatus.UNKNOWN_TO_SDK_VERSION) {
                throw new IllegalArgumentException("status UNKNOWN_TO_SDK_VERSION cannot be sent; pass the value as a String");
            }
            this.status = status == null ? null : status.value();
            return this;
        }

        /** Only jobs in this status, as SMC spells it (for values newer than this SDK). */
        public Builder status(String status) {
            this.status = status;
            return this;
        }

        /** Only jobs in this business status. */
        public Builder businessStatus(ReplicationJobBusinessStatus businessStatus) {
            if (businessStatus == ReplicationJobBusinessStatus.UNKNOWN_TO_SDK_VERSION) {
                throw new IllegalArgumentException(
                        "businessStatus UNKNOWN_TO_SDK_VERSION cannot be sent; pass the value as a String");
            }
            this.businessStatus = businessStatus == null ? null : businessStatus.value();
            return this;
        }

        /** Only jobs in this business status, as SMC spells it. */
        public Builder businessStatus(String businessStatus) {
            this.businessStatus = businessStatus;
            return this;
        }

        public Builder pageNumber(Integer pageNumber) {
            this.pageNumber = pageNumber;
            return this;
        }

        public Builder pageSize(Integer pageSize) {
            this.pageSize = pageSize;
            return this;
        }

        public DescribeReplicationJobsRequest build() {
            return new DescribeReplicationJobsRequest(this);
        }
    }
}
