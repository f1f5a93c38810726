package dev.migsdk.smc.model;

import dev.migsdk.core.SdkResponse;
import java.util.List;
import java.util.Objects;

/** Result of {@code DescribeReplicationJobs}: one page of jobs. Immutable. */
public final class DescribeReplicationJobsResponse extends SdkResponse {
    private final List<ReplicationJob> jobs;
    private final Integer totalCount;
    private final Integer pageNumber;
    private final Integer pageSize;

    private DescribeReplicationJobsResponse(Builder b) {
        super(b);
        this.jobs = b.jobs;
        this.totalCount = b.totalCount;
        this.pageNumber = b.pageNumber;
        this.pageSize = b.pageSize;
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        return new Builder(this);
    }

    /** {@code ReplicationJobs.ReplicationJob}: the jobs on this page, in SMC's order; empty if none. */
    public List<ReplicationJob> jobs() {
        return jobs;
    }

    /** {@code TotalCount}: how many jobs match, on all pages; {@code null} if not sent. */
    public Integer totalCount() {
        return totalCount;
    }

    /** {@code PageNumber} of this page, or {@code null} if not sent. */
    public Integer pageNumber() {
        return pageNumber;
    }

    /** {@code PageSize} used for this page, or {@code null} if not sent. */
    public Integer pageSize() {
        return pageSize;
    }

    @Override
    public String toString() {
        return "DescribeReplicationJobsResponse[requestId=" + requestId() + ", httpStatus=" + httpStatus()
                + ", totalCount=" + totalCount + ", pageNumber=" + pageNumber + ", pageSize=" + pageSize
                + ", jobs=" + jobs + "]";
    }

    /** Builder for {@link DescribeReplicationJobsResponse}. */
    public static final class Builder extends SdkResponse.Builder<Builder> {
        private List<ReplicationJob> jobs = List.of();
        private Integer totalCount;
        private Integer pageNumber;
        private Integer pageSize;

        private Builder() {
        }

        private Builder(DescribeReplicationJobsResponse from) {
            super(from);
            this.jobs = from.jobs;
            this.totalCount = from.totalCount;
            this.pageNumber = from.pageNumber;
            this.pageSize = from.pageSize;
        }

        public Builder jobs(List<ReplicationJob> jobs) {
            this.jobs = List.copyOf(Objects.requireNonNull(jobs, "jobs"));
            return this;
        }

        public Builder totalCount(Integer totalCount) {
            this.totalCount = totalCount;
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

        public DescribeReplicationJobsResponse build() {
            return new DescribeReplicationJobsResponse(this);
        }
    }
}
