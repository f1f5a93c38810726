package dev.migsdk.dts.model;

import dev.migsdk.core.SdkRequest;
import java.util.Objects;

/** Parameters of {@code DescribeDtsJobs}: filters (an unset one is not sent) and the page. Immutable. */
public final class DescribeDtsJobsRequest extends SdkRequest {
    private final String region;
    private final DtsJobType jobType;
    private final String status;
    private final String type;
    private final String params;
    private final String dtsJobId;
    private final String dtsInstanceId;
    private final Integer pageNumber;
    private final Integer pageSize;

    private DescribeDtsJobsRequest(Builder b) {
        super(b);
        this.region = b.region;
        this.jobType = b.jobType;
        this.status = b.status;
        this.type = b.type;
        this.params = b.params;
        this.dtsJobId = b.dtsJobId;
        this.dtsInstanceId = b.dtsInstanceId;
        this.pageNumber = b.pageNumber;
        this.pageSize = b.pageSize;
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        return new Builder(this);
    }

    /** {@code Region}: the instances' region, e.g. {@code cn-hangzhou}; optional. */
    public String region() {
        return region;
    }

    /** {@code JobType}: which kind of task to list; DTS lists migration tasks when unset. */
    public DtsJobType jobType() {
        return jobType;
    }

    /** {@code Status} filter as sent, e.g. {@code Synchronizing}, or {@code null}. */
    public String status() {
        return status;
    }

    /** {@code Type}: what {@link #params()} matches ({@code instance}, {@code name}, {@code srcRds}, {@code rds}). */
    public String type() {
        return type;
    }

    /** {@code Params}: the value the {@link #type()} condition matches. */
    public String params() {
        return params;
    }

    /** {@code DtsJobId}: only this task, or {@code null}. */
    public String dtsJobId() {
        return dtsJobId;
    }

    /** {@code DtsInstanceId}: only tasks of this instance, or {@code null}. */
    public String dtsInstanceId() {
        return dtsInstanceId;
    }

    /** {@code PageNumber}: from 1; {@code null} for DTS's default (1). */
    public Integer pageNumber() {
        return pageNumber;
    }

    /** {@code PageSize}: 30, 50 or 100 (the documented values); {@code null} for DTS's default (30). */
    public Integer pageSize() {
        return pageSize;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DescribeDtsJobsRequest r && Objects.equals(region, r.region) && jobType == r.jobType
                && Objects.equals(status, r.status) && Objects.equals(type, r.type)
                && Objects.equals(params, r.params) && Objects.equals(dtsJobId, r.dtsJobId)
                && Objects.equals(dtsInstanceId, r.dtsInstanceId) && Objects.equals(pageNumber, r.pageNumber)
                && Objects.equals(pageSize, r.pageSize) && overrides().equals(r.overrides());
    }

    @Override
    public int hashCode() {
        return Objects.hash(region, jobType, status, type, params, dtsJobId, dtsInstanceId, pageNumber, pageSize);
    }

    @Override
    public String toString() {
        return "DescribeDtsJobsRequest[region=" + region + ", jobType=" + jobType + ", status=" + status + ", type="
                + type + ", params=" + params + ", dtsJobId=" + dtsJobId + ", dtsInstanceId=" + dtsInstanceId
                + ", pageNumber=" + pageNumber + ", pageSize=" + pageSize + "]";
    }

    /** Builder for {@link DescribeDtsJobsRequest}. */
    public static final class Builder extends SdkRequest.Builder<Builder> {
        private String region;
        private DtsJobType jobType;
        private String status;
        private String type;
        private String params;
        private String dtsJobId;
        private String dtsInstanceId;
        private Integer pageNumber;
        private Integer pageSize;

        private Builder() {
        }

        private Builder(DescribeDtsJobsRequest from) {
            super(from);
            this.region = from.region;
            this.jobType = from.jobType;
            this.status = from.status;
            this.type = from.type;
            this.params = from.params;
            this.dtsJobId = from.dtsJobId;
            this.dtsInstanceId = from.dtsInstanceId;
            this.pageNumber = from.pageNumber;
            this.pageSize = from.pageSize;
        }

        public Builder region(String region) {
            this.region = region;
            return this;
        }

        public Builder jobType(DtsJobType jobType) {
            this.jobType = jobType;
            return this;
        }

        /** Only tasks in this status. */
        public Builder status(DtsJobStatus status) {
            if (status == DtsJobStatus.UNKNOWN_TO_SDK_VERSION) {
                throw new IllegalArgumentException("status UNKNOWN_TO_SDK_VERSION cannot be sent; pass the value as a String");
            }
            this.status = status == null ? null : status.value();
            return this;
        }

        /** Only tasks in this status, as DTS spells it. */
        public Builder status(String status) {
            this.status = status;
            return this;
        }

        public Builder type(String type) {
            this.type = type;
            return this;
        }

        public Builder params(String params) {
            this.params = params;
            return this;
        }

        public Builder dtsJobId(String dtsJobId) {
            this.dtsJobId = dtsJobId;
            return this;
        }

        public Builder dtsInstanceId(String dtsInstanceId) {
            this.dtsInstanceId = dtsInstanceId;
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

        public DescribeDtsJobsRequest build() {
            return new DescribeDtsJobsRequest(this);
        }
    }
}
