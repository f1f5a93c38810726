package dev.migsdk.oms.model;

import java.util.Objects;

/**
 * An OMS migration task as {@code ShowTask} and {@code ListTasks} describe it: the documented fields the SDK
 * reads ({@code null} when OMS left one out). Immutable.
 */
public final class Task {
    private final Long id;
    private final String name;
    private final Integer statusCode;
    private final String groupId;
    private final String errorCode;
    private final String errorMessage;
    private final Double progress;
    private final String description;
    private final Long totalNum;
    private final Long successfulNum;
    private final Long failedNum;
    private final Long totalSize;
    private final Long completeSize;
    private final Long startTime;
    private final Long leftTime;

    private Task(Builder b) {
        this.id = b.id;
        this.name = b.name;
        this.statusCode = b.statusCode;
        this.groupId = b.groupId;
        this.errorCode = b.errorCode;
        this.errorMessage = b.errorMessage;
        this.progress = b.progress;
        this.description = b.description;
        this.totalNum = b.totalNum;
        this.successfulNum = b.successfulNum;
        this.failedNum = b.failedNum;
        this.totalSize = b.totalSize;
        this.completeSize = b.completeSize;
        this.startTime = b.startTime;
        this.leftTime = b.leftTime;
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        return new Builder(this);
    }

    /** {@code id}: the task id. */
    public Long id() {
        return id;
    }

    /** {@code name}. */
    public String name() {
        return name;
    }

    /** {@code status} as an enum; {@link TaskStatus#UNKNOWN_TO_SDK_VERSION} for a value this SDK does not know. */
    public TaskStatus status() {
        return TaskStatus.fromValue(statusCode);
    }

    /** {@code status} as OMS sent it. */
    public Integer statusCode() {
        return statusCode;
    }

    /** {@code group_id}: the task group that created the task, if any. */
    public String groupId() {
        return groupId;
    }

    /** {@code error_reason.error_code}: why the task failed, or {@code null}. */
    public String errorCode() {
        return errorCode;
    }

    /** {@code error_reason.error_msg}, or {@code null}. */
    public String errorMessage() {
        return errorMessage;
    }

    /** {@code progress}: 0 to 1 (0.522 is 52.2 %). */
    public Double progress() {
        return progress;
    }

    /** {@code description}. */
    public String description() {
        return description;
    }

    /** {@code total_num}: objects to migrate. */
    public Long totalNum() {
        return totalNum;
    }

    /** {@code successful_num}: objects migrated. */
    public Long successfulNum() {
        return successfulNum;
    }

    /** {@code failed_num}: objects that failed. */
    public Long failedNum() {
        return failedNum;
    }

    /** {@code total_size}: bytes to migrate. */
    public Long totalSize() {
        return totalSize;
    }

    /** {@code complete_size}: bytes migrated. */
    public Long completeSize() {
        return completeSize;
    }

    /** {@code start_time}: Unix time in milliseconds. */
    public Long startTime() {
        return startTime;
    }

    /** {@code left_time}: milliseconds left, as OMS estimates. */
    public Long leftTime() {
        return leftTime;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Task t && Objects.equals(id, t.id) && Objects.equals(name, t.name)
                && Objects.equals(statusCode, t.statusCode) && Objects.equals(groupId, t.groupId)
                && Objects.equals(errorCode, t.errorCode) && Objects.equals(errorMessage, t.errorMessage)
                && Objects.equals(progress, t.progress) && Objects.equals(description, t.description)
                && Objects.equals(totalNum, t.totalNum) && Objects.equals(successfulNum, t.successfulNum)
                && Objects.equals(failedNum, t.failedNum) && Objects.equals(totalSize, t.totalSize)
                && Objects.equals(completeSize, t.completeSize) && Objects.equals(startTime, t.startTime)
                && Objects.equals(leftTime, t.leftTime);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, name, statusCode, groupId, errorCode);
    }

    @Override
    public String toString() {
        return "Task[id=" + id + ", name=" + name + ", status=" + statusCode + ", groupId=" + groupId
                + (errorCode == null ? "" : ", errorCode=" + errorCode) + ", progress=" + progress + "]";
    }

    /** Builder for {@link Task}. */
    public static final class Builder {
        private Long id;
        private String name;
        private Integer statusCode;
        private String groupId;
        private String errorCode;
        private String errorMessage;
        private Double progress;
        private String description;
        private Long totalNum;
        private Long successfulNum;
        private Long failedNum;
        private Long totalSize;
        private Long completeSize;
        private Long startTime;
        private Long leftTime;

        private Builder() {
        }

        private Builder(Task from) {
            this.id = from.id;
            this.name = from.name;
            this.statusCode = from.statusCode;
            this.groupId = from.groupId;
            this.errorCode = from.errorCode;
            this.errorMessage = from.errorMessage;
            this.progress = from.progress;
            this.description = from.description;
            this.totalNum = from.totalNum;
            this.successfulNum = from.successfulNum;
            this.failedNum = from.failedNum;
            this.totalSize = from.totalSize;
            this.completeSize = from.completeSize;
            this.startTime = from.startTime;
            this.leftTime = from.leftTime;
        }

        public Builder id(Long id) {
            this.id = id;
            return this;
        }

        public Builder name(String name) {
            this.name = name;
            return this;
        }

        /** Sets the raw {@code status}. */
        public Builder statusCode(Integer statusCode) {
            this.statusCode = statusCode;
            return this;
        }

        /** Sets {@code status} from the enum (not {@link TaskStatus#UNKNOWN_TO_SDK_VERSION}). */
        public Builder status(TaskStatus status) {
            this.statusCode = status == null ? null : status.code();
            return this;
        }

        public Builder groupId(String groupId) {
            this.groupId = groupId;
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

        public Builder progress(Double progress) {
            this.progress = progress;
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

        public Builder successfulNum(Long successfulNum) {
            this.successfulNum = successfulNum;
            return this;
        }

        public Builder failedNum(Long failedNum) {
            this.failedNum = failedNum;
            return this;
        }

        public Builder totalSize(Long totalSize) {
            this.totalSize = totalSize;
            return this;
        }

        public Builder completeSize(Long completeSize) {
            this.completeSize = completeSize;
            return this;
        }

        public Builder startTime(Long startTime) {
            this.startTime = startTime;
            return this;
        }

        public Builder leftTime(Long leftTime) {
            this.leftTime = leftTime;
            return this;
        }

        public Task build() {
            return new Task(this);
        }
    }
}
