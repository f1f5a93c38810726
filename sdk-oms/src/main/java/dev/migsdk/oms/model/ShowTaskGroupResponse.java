package dev.migsdk.oms.model;

import dev.migsdk.core.SdkResponse;

/** Result of OMS {@code ShowTaskGroup}: the task group's state. Immutable. */
public final class ShowTaskGroupResponse extends SdkResponse {
    private final String groupId;
    private final Integer statusCode;
    private final String errorCode;
    private final String errorMessage;
    private final String description;
    private final Long totalNum;
    private final Long successNum;
    private final Long failNum;

    private ShowTaskGroupResponse(Builder b) {
        super(b);
        this.groupId = b.groupId;
        this.statusCode = b.statusCode;
        this.errorCode = b.errorCode;
        this.errorMessage = b.errorMessage;
        this.description = b.description;
        this.totalNum = b.totalNum;
        this.successNum = b.successNum;
        this.failNum = b.failNum;
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        return new Builder(this);
    }

    /** {@code group_id}. */
    public String groupId() {
        return groupId;
    }

    /** {@code status} as OMS sent it (0 to 9), or {@code null} if absent; see {@link #status()}. */
    public Integer statusCode() {
        return statusCode;
    }

    /** {@code error_reason.error_code}: why the group failed, or {@code null}. */
    public String errorCode() {
        return errorCode;
    }

    /** {@code error_reason.error_msg}, or {@code null}. */
    public String errorMessage() {
        return errorMessage;
    }

    /** {@code description}, or {@code null}. */
    public String description() {
        return description;
    }

    /** {@code total_num}: objects in the group, or {@code null}. */
    public Long totalNum() {
        return totalNum;
    }

    /** {@code success_num}: objects migrated, or {@code null}. */
    public Long successNum() {
        return successNum;
    }

    /** {@code fail_num}: objects that failed, or {@code null}. */
    public Long failNum() {
        return failNum;
    }

    /** {@code status} as an enum; {@link TaskGroupStatus#UNKNOWN_TO_SDK_VERSION} for a value this SDK does not know. */
    public TaskGroupStatus status() {
        return TaskGroupStatus.fromValue(statusCode);
    }

    @Override
    public String toString() {
        return "ShowTaskGroupResponse[" + "requestId=" + requestId() + ", httpStatus=" + httpStatus() + ", groupId=" + groupId + ", statusCode=" + statusCode + ", errorCode=" + errorCode + ", errorMessage=" + errorMessage + ", description=" + description + ", totalNum=" + totalNum + ", successNum=" + successNum + ", failNum=" + failNum + "]";
    }

    /** Builder for {@link ShowTaskGroupResponse}. */
    public static final class Builder extends SdkResponse.Builder<Builder> {
        private String groupId;
        private Integer statusCode;
        private String errorCode;
        private String errorMessage;
        private String description;
        private Long totalNum;
        private Long successNum;
        private Long failNum;

        private Builder() {
        }

        private Builder(ShowTaskGroupResponse from) {
            super(from);
            this.groupId = from.groupId;
            this.statusCode = from.statusCode;
            this.errorCode = from.errorCode;
            this.errorMessage = from.errorMessage;
            this.description = from.description;
            this.totalNum = from.totalNum;
            this.successNum = from.successNum;
            this.failNum = from.failNum;
        }

        public Builder groupId(String groupId) {
            this.groupId = groupId;
            return this;
        }

        public Builder statusCode(Integer statusCode) {
            this.statusCode = statusCode;
            return this;
        }

        public Builder errorCode(String errorCode) {
            this.errorCode = errorCode;
            return this;
        }

        public Builder errorMessage(String errorMessage) {
            this.errorMessage = errorMessage;
            return this;
        }

        public Builder description(String description) {
            this.description = description;
            return this;
        }

        public Builder totalNum(Long totalNum) {
            this.totalNum = totalNum;
            return this;
        }

        public Builder successNum(Long successNum) {
            this.successNum = successNum;
            return this;
        }

        public Builder failNum(Long failNum) {
            this.failNum = failNum;
            return this;
        }

        public ShowTaskGroupResponse build() {
            return new ShowTaskGroupResponse(this);
        }
    }
}
