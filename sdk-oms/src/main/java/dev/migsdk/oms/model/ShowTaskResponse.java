package dev.migsdk.oms.model;

import dev.migsdk.core.SdkResponse;
import java.util.Objects;

/** Result of OMS {@code ShowTask}: the task as OMS describes it now. Immutable. */
public final class ShowTaskResponse extends SdkResponse {
    private final Task task;

    private ShowTaskResponse(Builder b) {
        super(b);
        this.task = Objects.requireNonNull(b.task, "task");
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        return new Builder(this);
    }

    /** The task, with every field the SDK reads. */
    public Task task() {
        return task;
    }

    /** {@code id}. */
    public Long id() {
        return task.id();
    }

    /** {@code name}. */
    public String name() {
        return task.name();
    }

    /** {@code status}; {@link TaskStatus#UNKNOWN_TO_SDK_VERSION} for a value this SDK does not know. */
    public TaskStatus status() {
        return task.status();
    }

    /** {@code status} as OMS sent it. */
    public Integer statusCode() {
        return task.statusCode();
    }

    /** {@code group_id}. */
    public String groupId() {
        return task.groupId();
    }

    /** {@code error_reason.error_code}, or {@code null}. */
    public String errorCode() {
        return task.errorCode();
    }

    /** {@code error_reason.error_msg}, or {@code null}. */
    public String errorMessage() {
        return task.errorMessage();
    }

    /** {@code progress}: 0 to 1. */
    public Double progress() {
        return task.progress();
    }

    @Override
    public String toString() {
        return "ShowTaskResponse[requestId=" + requestId() + ", httpStatus=" + httpStatus() + ", task=" + task + "]";
    }

    /** Builder for {@link ShowTaskResponse}. */
    public static final class Builder extends SdkResponse.Builder<Builder> {
        private Task task;

        private Builder() {
        }

        private Builder(ShowTaskResponse from) {
            super(from);
            this.task = from.task;
        }

        public Builder task(Task task) {
            this.task = task;
            return this;
        }

        public ShowTaskResponse build() {
            return new ShowTaskResponse(this);
        }
    }
}
