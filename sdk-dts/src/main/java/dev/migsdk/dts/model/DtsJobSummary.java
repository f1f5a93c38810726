package dev.migsdk.dts.model;

import java.util.Objects;

/**
 * A task as {@code DescribeDtsJobs} lists it ({@code DtsJobList} entry): the fields a caller managing its
 * lifecycle needs. Text fields are as sent, {@code null} when absent. Immutable.
 */
public final class DtsJobSummary {
    private final String dtsJobId;
    private final String dtsInstanceId;
    private final String dtsJobName;
    private final String errorMessage;
    private final String createTime;
    private final String expireTime;
    private final String payType;
    private final String dtsJobClass;
    private final String dtsJobDirection;
    private final String status;

    private DtsJobSummary(Builder b) {
        this.dtsJobId = b.dtsJobId;
        this.dtsInstanceId = b.dtsInstanceId;
        this.dtsJobName = b.dtsJobName;
        this.errorMessage = b.errorMessage;
        this.createTime = b.createTime;
        this.expireTime = b.expireTime;
        this.payType = b.payType;
        this.dtsJobClass = b.dtsJobClass;
        this.dtsJobDirection = b.dtsJobDirection;
        this.status = b.status;
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        return new Builder(this);
    }

    /** {@code Status}; {@link DtsJobStatus#UNKNOWN_TO_SDK_VERSION} for a value this SDK does not know. */
    public DtsJobStatus status() {
        return DtsJobStatus.fromValue(status);
    }

    /** {@code Status} exactly as sent, or {@code null}. */
    public String statusAsString() {
        return status;
    }

    /** {@code DtsJobId}: the task's id. */
    public String dtsJobId() {
        return dtsJobId;
    }

    /** {@code DtsInstanceID}: the task's instance (spelled {@code DtsInstanceID} on the wire). */
    public String dtsInstanceId() {
        return dtsInstanceId;
    }

    /** {@code DtsJobName}: the task's name. */
    public String dtsJobName() {
        return dtsJobName;
    }

    /** {@code ErrorMessage}: why the task failed, if it did. */
    public String errorMessage() {
        return errorMessage;
    }

    /** {@code CreateTime}: when the task was created, as sent. */
    public String createTime() {
        return createTime;
    }

    /** {@code ExpireTime}: when a subscription instance expires, as sent. */
    public String expireTime() {
        return expireTime;
    }

    /** {@code PayType}: {@code PrePaid} or {@code PostPaid}. */
    public String payType() {
        return payType;
    }

    /** {@code DtsJobClass}: the instance class. */
    public String dtsJobClass() {
        return dtsJobClass;
    }

    /** {@code DtsJobDirection}: {@code Forward} or {@code Reverse}. */
    public String dtsJobDirection() {
        return dtsJobDirection;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof DtsJobSummary j)) {
            return false;
        }
        return Objects.equals(dtsJobId, j.dtsJobId)
                && Objects.equals(dtsInstanceId, j.dtsInstanceId)
                && Objects.equals(dtsJobName, j.dtsJobName)
                && Objects.equals(errorMessage, j.errorMessage)
                && Objects.equals(createTime, j.createTime)
                && Objects.equals(expireTime, j.expireTime)
                && Objects.equals(payType, j.payType)
                && Objects.equals(dtsJobClass, j.dtsJobClass)
                && Objects.equals(dtsJobDirection, j.dtsJobDirection)
                && Objects.equals(status, j.status);
    }

    @Override
    public int hashCode() {
        return Objects.hash(dtsJobId, dtsInstanceId, dtsJobName, errorMessage, createTime, expireTime, payType, dtsJobClass, dtsJobDirection, status);
    }

    @Override
    public String toString() {
        return "DtsJobSummary[dtsJobId=" + dtsJobId + ", dtsJobName=" + dtsJobName + ", status=" + status + "]";
    }

    /** Builder for {@link DtsJobSummary}. */
    public static final class Builder {
        private String dtsJobId;
        private String dtsInstanceId;
        private String dtsJobName;
        private String errorMessage;
        private String createTime;
        private String expireTime;
        private String payType;
        private String dtsJobClass;
        private String dtsJobDirection;
        private String status;

        private Builder() {
        }

        private Builder(DtsJobSummary from) {
            this.dtsJobId = from.dtsJobId;
            this.dtsInstanceId = from.dtsInstanceId;
            this.dtsJobName = from.dtsJobName;
            this.errorMessage = from.errorMessage;
            this.createTime = from.createTime;
            this.expireTime = from.expireTime;
            this.payType = from.payType;
            this.dtsJobClass = from.dtsJobClass;
            this.dtsJobDirection = from.dtsJobDirection;
            this.status = from.status;
        }

        public Builder dtsJobId(String dtsJobId) {
            this.dtsJobId = dtsJobId;
            return this;
        }

        public Builder dtsInstanceId(String dtsInstanceId) {
            this.dtsInstanceId = dtsInstanceId;
            return this;
        }

        public Builder dtsJobName(String dtsJobName) {
            this.dtsJobName = dtsJobName;
            return this;
        }

        public Builder errorMessage(String errorMessage) {
            this.errorMessage = errorMessage;
            return this;
        }

        public Builder createTime(String createTime) {
            this.createTime = createTime;
            return this;
        }

        public Builder expireTime(String expireTime) {
            this.expireTime = expireTime;
            return this;
        }

        public Builder payType(String payType) {
            this.payType = payType;
            return this;
        }

        public Builder dtsJobClass(String dtsJobClass) {
            this.dtsJobClass = dtsJobClass;
            return this;
        }

        public Builder dtsJobDirection(String dtsJobDirection) {
            this.dtsJobDirection = dtsJobDirection;
            return this;
        }

        public Builder status(String status) {
            this.status = status;
            return this;
        }

        public DtsJobSummary build() {
            return new DtsJobSummary(this);
        }
    }
}
