package dev.migsdk.smc.model;

import java.util.Objects;

/**
 * A migration job as {@code DescribeReplicationJobs} reports it (the fields a caller managing the job's
 * lifecycle needs). Text fields are as sent, {@code null} when absent. Immutable.
 */
public final class ReplicationJob {
    private final String jobId;
    private final String name;
    private final String description;
    private final String sourceId;
    private final String regionId;
    private final String statusInfo;
    private final String errorCode;
    private final String creationTime;
    private final String startTime;
    private final String endTime;
    private final String instanceId;
    private final String imageId;
    private final String transitionInstanceId;
    private final String status;
    private final String businessStatus;
    private final Double progress;

    private ReplicationJob(Builder b) {
        this.jobId = b.jobId;
        this.name = b.name;
        this.description = b.description;
        this.sourceId = b.sourceId;
        this.regionId = b.regionId;
        this.statusInfo = b.statusInfo;
        this.errorCode = b.errorCode;
        this.creationTime = b.creationTime;
        this.startTime = b.startTime;
        this.endTime = b.endTime;
        this.instanceId = b.instanceId;
        this.imageId = b.imageId;
        this.transitionInstanceId = b.transitionInstanceId;
        this.status = b.status;
        this.businessStatus = b.businessStatus;
        this.progress = b.progress;
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        return new Builder(this);
    }

    /** {@code JobId}: the job's id, e.g. {@code j-bp19vlwm0tyigbmj****}. */
    public String jobId() {
        return jobId;
    }

    /** {@code Name}: the job's name. */
    public String name() {
        return name;
    }

    /**
     * {@code Status}: the job's main status; {@link ReplicationJobStatus#UNKNOWN_TO_SDK_VERSION} for a value
     * this SDK does not know (see {@link #statusAsString()}), {@code null} when absent.
     */
    public ReplicationJobStatus status() {
        return ReplicationJobStatus.fromValue(status);
    }

    /** {@code Status} exactly as sent, or {@code null}. */
    public String statusAsString() {
        return status;
    }

    /**
     * {@code BusinessStatus}; {@link ReplicationJobBusinessStatus#UNKNOWN_TO_SDK_VERSION} for a value this SDK
     * does not know (see {@link #businessStatusAsString()}), {@code null} when absent.
     */
    public ReplicationJobBusinessStatus businessStatus() {
        return ReplicationJobBusinessStatus.fromValue(businessStatus);
    }

    /** {@code BusinessStatus} exactly as sent, or {@code null}. */
    public String businessStatusAsString() {
        return businessStatus;
    }

    /** {@code Progress}: percent done, or {@code null}. */
    public Double progress() {
        return progress;
    }

    /** {@code Description}: the job's description. */
    public String description() {
        return description;
    }

    /** {@code SourceId}: the source server, e.g. {@code s-bp1e2fsl57knvuug****}. */
    public String sourceId() {
        return sourceId;
    }

    /** {@code RegionId}: the destination region, e.g. {@code cn-hangzhou}. */
    public String regionId() {
        return regionId;
    }

    /** {@code StatusInfo}: what SMC says about the status (e.g. why it failed). */
    public String statusInfo() {
        return statusInfo;
    }

    /** {@code ErrorCode}: the error the job met, e.g. {@code InternalError}; often empty. */
    public String errorCode() {
        return errorCode;
    }

    /** {@code CreationTime}: when the job was created, as sent (ISO 8601 UTC). */
    public String creationTime() {
        return creationTime;
    }

    /** {@code StartTime}: when the job started, as sent. */
    public String startTime() {
        return startTime;
    }

    /** {@code EndTime}: when the job finished, as sent. */
    public String endTime() {
        return endTime;
    }

    /** {@code InstanceId}: the destination ECS instance. */
    public String instanceId() {
        return instanceId;
    }

    /** {@code ImageId}: the destination image. */
    public String imageId() {
        return imageId;
    }

    /** {@code TransitionInstanceId}: the intermediate instance. */
    public String transitionInstanceId() {
        return transitionInstanceId;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof ReplicationJob j)) {
            return false;
        }
        return Objects.equals(jobId, j.jobId)
                && Objects.equals(name, j.name)
                && Objects.equals(description, j.description)
                && Objects.equals(sourceId, j.sourceId)
                && Objects.equals(regionId, j.regionId)
                && Objects.equals(statusInfo, j.statusInfo)
                && Objects.equals(errorCode, j.errorCode)
                && Objects.equals(creationTime, j.creationTime)
                && Objects.equals(startTime, j.startTime)
                && Objects.equals(endTime, j.endTime)
                && Objects.equals(instanceId, j.instanceId)
                && Objects.equals(imageId, j.imageId)
                && Objects.equals(transitionInstanceId, j.transitionInstanceId)
                && Objects.equals(status, j.status)
                && Objects.equals(businessStatus, j.businessStatus)
                && Objects.equals(progress, j.progress);
    }

    @Override
    public int hashCode() {
        return Objects.hash(jobId, name, description, sourceId, regionId, statusInfo, errorCode, creationTime, startTime, endTime, instanceId, imageId, transitionInstanceId, status, businessStatus, progress);
    }

    @Override
    public String toString() {
        return "ReplicationJob[jobId=" + jobId + ", name=" + name + ", status=" + status + ", businessStatus="
                + businessStatus + (statusInfo == null || statusInfo.isEmpty() ? "" : ", statusInfo=" + statusInfo)
                + (errorCode == null || errorCode.isEmpty() ? "" : ", errorCode=" + errorCode) + "]";
    }

    /** Builder for {@link ReplicationJob}. */
    public static final class Builder {
        private String jobId;
        private String name;
        private String description;
        private String sourceId;
        private String regionId;
        private String statusInfo;
        private String errorCode;
        private String creationTime;
        private String startTime;
        private String endTime;
        private String instanceId;
        private String imageId;
        private String transitionInstanceId;
        private String status;
        private String businessStatus;
        private Double progress;

        private Builder() {
        }

        private Builder(ReplicationJob from) {
            this.jobId = from.jobId;
            this.name = from.name;
            this.description = from.description;
            this.sourceId = from.sourceId;
            this.regionId = from.regionId;
            this.statusInfo = from.statusInfo;
            this.errorCode = from.errorCode;
            this.creationTime = from.creationTime;
            this.startTime = from.startTime;
            this.endTime = from.endTime;
            this.instanceId = from.instanceId;
            this.imageId = from.imageId;
            this.transitionInstanceId = from.transitionInstanceId;
            this.status = from.status;
            this.businessStatus = from.businessStatus;
            this.progress = from.progress;
        }

        public Builder jobId(String jobId) {
            this.jobId = jobId;
            return this;
        }

        public Builder name(String name) {
            this.name = name;
            return this;
        }

        public Builder description(String description) {
            this.description = description;
            return this;
        }

        public Builder sourceId(String sourceId) {
            this.sourceId = sourceId;
            return this;
        }

        public Builder regionId(String regionId) {
            this.regionId = regionId;
            return this;
        }

        public Builder statusInfo(String statusInfo) {
            this.statusInfo = statusInfo;
            return this;
        }

        public Builder errorCode(String errorCode) {
            this.errorCode = errorCode;
            return this;
        }

        public Builder creationTime(String creationTime) {
            this.creationTime = creationTime;
            return this;
        }

        public Builder startTime(String startTime) {
            this.startTime = startTime;
            return this;
        }

        public Builder endTime(String endTime) {
            this.endTime = endTime;
            return this;
        }

        public Builder instanceId(String instanceId) {
            this.instanceId = instanceId;
            return this;
        }

        public Builder imageId(String imageId) {
            this.imageId = imageId;
            return this;
        }

        public Builder transitionInstanceId(String transitionInstanceId) {
            this.transitionInstanceId = transitionInstanceId;
            return this;
        }

        public Builder status(String status) {
            this.status = status;
            return this;
        }

        public Builder status(ReplicationJobStatus status) {
            this.status = status == null ? null : status.value();
            return this;
        }

        public Builder businessStatus(String businessStatus) {
            this.businessStatus = businessStatus;
            return this;
        }

        public Builder businessStatus(ReplicationJobBusinessStatus businessStatus) {
            this.businessStatus = businessStatus == null ? null : businessStatus.value();
            return this;
        }

        public Builder progress(Double progress) {
            this.progress = progress;
            return this;
        }

        public ReplicationJob build() {
            return new ReplicationJob(this);
        }
    }
}
