package dev.migsdk.dts.model;

import dev.migsdk.core.SdkResponse;

/**
 * Result of {@code DescribeDtsJobDetail}: the task's state and the fields a caller managing its lifecycle
 * needs. A response object always means success ({@code Success=true}). Text fields are as sent,
 * {@code null} when absent. Immutable.
 */
public final class DescribeDtsJobDetailResponse extends SdkResponse {
    private final String dtsJobId;
    private final String dtsInstanceId;
    private final String dtsJobName;
    private final String jobType;
    private final String errorMessage;
    private final String createTime;
    private final String finishTime;
    private final String payType;
    private final String synchronizationDirection;
    private final String errCode;
    private final String errMessage;
    private final String dynamicMessage;
    private final String status;
    private final Integer httpStatusCode;
    private final Boolean success;

    private DescribeDtsJobDetailResponse(Builder b) {
        super(b);
        this.dtsJobId = b.dtsJobId;
        this.dtsInstanceId = b.dtsInstanceId;
        this.dtsJobName = b.dtsJobName;
        this.jobType = b.jobType;
        this.errorMessage = b.errorMessage;
        this.createTime = b.createTime;
        this.finishTime = b.finishTime;
        this.payType = b.payType;
        this.synchronizationDirection = b.synchronizationDirection;
        this.errCode = b.errCode;
        this.errMessage = b.errMessage;
        this.dynamicMessage = b.dynamicMessage;
        this.status = b.status;
        this.httpStatusCode = b.httpStatusCode;
        this.success = b.success;
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        return new Builder(this);
    }

    /**
     * {@code Status}: the task's state; {@link DtsJobStatus#UNKNOWN_TO_SDK_VERSION} for a value this SDK does
     * not know (see {@link #statusAsString()}), {@code null} when absent.
     */
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

    /** {@code DtsInstanceID}: the task's instance (DTS spells this field {@code DtsInstanceID} here). */
    public String dtsInstanceId() {
        return dtsInstanceId;
    }

    /** {@code DtsJobName}: the task's name. */
    public String dtsJobName() {
        return dtsJobName;
    }

    /** {@code JobType}: the kind of task as sent, e.g. {@code MIGRATION}. */
    public String jobType() {
        return jobType;
    }

    /** {@code ErrorMessage}: why the task failed, if it did. */
    public String errorMessage() {
        return errorMessage;
    }

    /** {@code CreateTime}: when the task was created, as sent (ISO 8601 UTC). */
    public String createTime() {
        return createTime;
    }

    /** {@code FinishTime}: when the task finished, as sent. */
    public String finishTime() {
        return finishTime;
    }

    /** {@code PayType}: {@code PrePaid} or {@code PostPaid}. */
    public String payType() {
        return payType;
    }

    /** {@code SynchronizationDirection}: {@code Forward} or {@code Reverse}, as sent. */
    public String synchronizationDirection() {
        return synchronizationDirection;
    }

    /** {@code ErrCode}: as sent (DTS sometimes fills it on success too). */
    public String errCode() {
        return errCode;
    }

    /** {@code ErrMessage}: as sent. */
    public String errMessage() {
        return errMessage;
    }

    /** {@code DynamicMessage}: the value DTS substitutes for {@code %s} in {@code ErrMessage}. */
    public String dynamicMessage() {
        return dynamicMessage;
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
        return "DescribeDtsJobDetailResponse[requestId=" + requestId() + ", dtsJobId=" + dtsJobId + ", status="
                + status + (errorMessage == null || errorMessage.isEmpty() ? "" : ", errorMessage=" + errorMessage)
                + "]";
    }

    /** Builder for {@link DescribeDtsJobDetailResponse}. */
    public static final class Builder extends SdkResponse.Builder<Builder> {
        private String dtsJobId;
        private String dtsInstanceId;
        private String dtsJobName;
        private String jobType;
        private String errorMessage;
        private String createTime;
        private String finishTime;
        private String payType;
        private String synchronizationDirection;
        private String errCode;
        private String errMessage;
        private String dynamicMessage;
        private String status;
        private Integer httpStatusCode;
        private Boolean success;

        private Builder() {
        }

        private Builder(DescribeDtsJobDetailResponse from) {
            super(from);
            this.dtsJobId = from.dtsJobId;
            this.dtsInstanceId = from.dtsInstanceId;
            this.dtsJobName = from.dtsJobName;
            this.jobType = from.jobType;
            this.errorMessage = from.errorMessage;
            this.createTime = from.createTime;
            this.finishTime = from.finishTime;
            this.payType = from.payType;
            this.synchronizationDirection = from.synchronizationDirection;
            this.errCode = from.errCode;
            this.errMessage = from.errMessage;
            this.dynamicMessage = from.dynamicMessage;
            this.status = from.status;
            this.httpStatusCode = from.httpStatusCode;
            this.success = from.success;
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

        public Builder jobType(String jobType) {
            this.jobType = jobType;
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

        public Builder finishTime(String finishTime) {
            this.finishTime = finishTime;
            return this;
        }

        public Builder payType(String payType) {
            this.payType = payType;
            return this;
        }

        public Builder synchronizationDirection(String synchronizationDirection) {
            this.synchronizationDirection = synchronizationDirection;
            return this;
        }

        public Builder errCode(String errCode) {
            this.errCode = errCode;
            return this;
        }

        public Builder errMessage(String errMessage) {
            this.errMessage = errMessage;
            return this;
        }

        public Builder dynamicMessage(String dynamicMessage) {
            this.dynamicMessage = dynamicMessage;
            return this;
        }

        public Builder status(String status) {
            this.status = status;
            return this;
        }

        public Builder status(DtsJobStatus status) {
            this.status = status == null ? null : status.value();
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

        public DescribeDtsJobDetailResponse build() {
            return new DescribeDtsJobDetailResponse(this);
        }
    }
}
