package dev.migsdk.sms.model;

import dev.migsdk.core.SdkResponse;
import java.util.Objects;

/** Result of SMS {@code ShowTask}: the task as SMS describes it now. Immutable. */
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
    public String id() {
        return task.id();
    }

    /** {@code name}. */
    public String name() {
        return task.name();
    }

    /** {@code state}; {@link TaskState#UNKNOWN_TO_SDK_VERSION} for a value this SDK does not know. */
    public TaskState state() {
        return task.state();
    }

    /** {@code state} as SMS sent it. */
    public String stateAsString() {
        return task.stateAsString();
    }

    /** {@code connected}: whether the source's agent is connected. */
    public Boolean connected() {
        return task.connected();
    }

    /** {@code error_json} as text, or {@code null}. */
    public String errorJson() {
        return task.errorJson();
    }

    /** {@code remain_seconds}. */
    public Long remainSeconds() {
        return task.remainSeconds();
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
