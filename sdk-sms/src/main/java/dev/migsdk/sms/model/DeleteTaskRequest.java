package dev.migsdk.sms.model;

import dev.migsdk.core.SdkRequest;
import java.util.Objects;

/** Parameters of SMS {@code DeleteTask} ({@code DELETE /v3/tasks/{task_id}}). Immutable. */
public final class DeleteTaskRequest extends SdkRequest {
    private final String taskId;

    private DeleteTaskRequest(Builder b) {
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
        return o instanceof DeleteTaskRequest r && Objects.equals(taskId, r.taskId)
                && overrides().equals(r.overrides());
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(taskId);
    }

    @Override
    public String toString() {
        return "DeleteTaskRequest[taskId=" + taskId + "]";
    }

    /** Builder for {@link DeleteTaskRequest}. */
    public static final class Builder extends SdkRequest.Builder<Builder> {
        private String taskId;

        private Builder() {
        }

        private Builder(DeleteTaskRequest from) {
            super(from);
            this.taskId = from.taskId;
        }

        public Builder taskId(String taskId) {
            this.taskId = taskId;
            return this;
        }

        public DeleteTaskRequest build() {
            return new DeleteTaskRequest(this);
        }
    }
}
