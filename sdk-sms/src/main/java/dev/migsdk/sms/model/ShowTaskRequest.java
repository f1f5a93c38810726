package dev.migsdk.sms.model;

import dev.migsdk.core.SdkRequest;
import java.util.Objects;

/** Parameters of SMS {@code ShowTask} ({@code GET /v3/tasks/{task_id}}). Immutable. */
public final class ShowTaskRequest extends SdkRequest {
    private final String taskId;

    private ShowTaskRequest(Builder b) {
        super(b);
        this.taskId = b.taskId;
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        return new Builder(this);
    }

    /** {@code task_id}: the migration task, 1 to 255 characters. Required. */
    public String taskId() {
        return taskId;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ShowTaskRequest r && Objects.equals(taskId, r.taskId) && overrides().equals(r.overrides());
    }

    @Override
    public int hashCode() {
        return Objects.hash(taskId);
    }

    @Override
    public String toString() {
        return "ShowTaskRequest[" + "taskId=" + taskId + "]";
    }

    /** Builder for {@link ShowTaskRequest}. */
    public static final class Builder extends SdkRequest.Builder<Builder> {
        private String taskId;

        private Builder() {
        }

        private Builder(ShowTaskRequest from) {
            super(from);
            this.taskId = from.taskId;
        }

        public Builder taskId(String taskId) {
            this.taskId = taskId;
            return this;
        }

        public ShowTaskRequest build() {
            return new ShowTaskRequest(this);
        }
    }
}
