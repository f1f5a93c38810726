package dev.migsdk.dts.model;

import dev.migsdk.core.SdkResponse;
import java.util.List;
import java.util.Objects;

/** Result of {@code DescribeDtsJobs}: one page of tasks ({@code Success=true}). Immutable. */
public final class DescribeDtsJobsResponse extends SdkResponse {
    private final List<DtsJobSummary> jobs;
    private final Integer totalRecordCount;
    private final Integer pageNumber;
    private final Integer pageRecordCount;
    private final Integer httpStatusCode;
    private final Boolean success;

    private DescribeDtsJobsResponse(Builder b) {
        super(b);
        this.jobs = b.jobs;
        this.totalRecordCount = b.totalRecordCount;
        this.pageNumber = b.pageNumber;
        this.pageRecordCount = b.pageRecordCount;
        this.httpStatusCode = b.httpStatusCode;
        this.success = b.success;
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        return new Builder(this);
    }

    /** {@code DtsJobList}: the tasks on this page; empty if none. */
    public List<DtsJobSummary> jobs() {
        return jobs;
    }

    /** {@code TotalRecordCount}: how many tasks match, on all pages; {@code null} if not sent. */
    public Integer totalRecordCount() {
        return totalRecordCount;
    }

    /** {@code PageNumber} of this page, or {@code null}. */
    public Integer pageNumber() {
        return pageNumber;
    }

    /** {@code PageRecordCount} as sent (DTS: "the number of entries returned per page"), or {@code null}. */
    public Integer pageRecordCount() {
        return pageRecordCount;
    }

    /** {@code HttpStatusCode} from the body, or {@code null}. */
    public Integer httpStatusCode() {
        return httpStatusCode;
    }

    /** {@code Success} as sent. */
    public Boolean success() {
        return success;
    }

    @Override
    public String toString() {
        return "DescribeDtsJobsResponse[requestId=" + requestId() + ", totalRecordCount=" + totalRecordCount
                + ", pageNumber=" + pageNumber + ", jobs=" + jobs + "]";
    }

    /** Builder for {@link DescribeDtsJobsResponse}. */
    public static final class Builder extends SdkResponse.Builder<Builder> {
        private List<DtsJobSummary> jobs = List.of();
        private Integer totalRecordCount;
        private Integer pageNumber;
        private Integer pageRecordCount;
        private Integer httpStatusCode;
        private Boolean success;

        private Builder() {
        }

        private Builder(DescribeDtsJobsResponse from) {
            super(from);
            this.jobs = from.jobs;
            this.totalRecordCount = from.totalRecordCount;
            this.pageNumber = from.pageNumber;
            this.pageRecordCount = from.pageRecordCount;
            this.httpStatusCode = from.httpStatusCode;
            this.success = from.success;
        }

        public Builder jobs(List<DtsJobSummary> jobs) {
            this.jobs = List.copyOf(Objects.requireNonNull(jobs, "jobs"));
            return this;
        }

        public Builder totalRecordCount(Integer totalRecordCount) {
            this.totalRecordCount = totalRecordCount;
            return this;
        }

        public Builder pageNumber(Integer pageNumber) {
            this.pageNumber = pageNumber;
            return this;
        }

        public Builder pageRecordCount(Integer pageRecordCount) {
            this.pageRecordCount = pageRecordCount;
            return this;
        }

        public Builder httpStatusCode(Integer httpStatusCode) {
            this.httpStatusCode = httpStatusCode;
            return this;
        }

        public Builder success(Boolean success) {
            this.success = success;
            return this;
        }

        public DescribeDtsJobsResponse build() {
            return new DescribeDtsJobsResponse(this);
        }
    }
}
