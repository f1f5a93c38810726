package dev.migsdk.sms.model;

import dev.migsdk.core.SdkRequest;
import java.util.Objects;

/** Parameters of SMS {@code UpdateTaskStatus} ({@code POST /v3/tasks/{task_id}/action}, body {@code {"operation": ...}}). Immutable. */
public final class UpdateTaskStatusRequest extends SdkRequest {
    private final String taskId;
    private final TaskAction operation;

    private UpdateTaskStatusRequest(Builder b) {
        super(b);
        this.taskId = b.taskId;
        this.operation = b.operation;
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

    /** {@code operation}: what to do, e.g. {@link TaskAction#STOP}. Required. */
    public TaskAction operation() {
        return operation;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof UpdateTaskStatusRequest r && Objects.equals(taskId, r.taskId) && Objects.equals(operation, r.operation) && overrides().equals(r.overrides());
    }

    @Override
    public int hashCode() {
        return Objects.hash(taskId, operation);
    }

    @Override
    public String toString() {
        return "UpdateTaskStatusRequest[" + "taskId=" + taskId + ", operation=" + operation + "]";
    }

    /** Builder for {@link UpdateTaskStatusRequest}. */
    public static final class Builder extends SdkRequest.Builder<Builder> {
        private String taskId;
        private TaskAction operation;

        private Builder() {
        }

        private Builder(UpdateTaskStatusRequest from) {
            super(from);
            this.taskId = from.taskId;
            this.operation = from.operation;
        }

        public Builder taskId(String taskId) {
            this.taskId = taskId;
            return this;
        }

        public Builder operation(TaskAction operation) {
            this.operation = operation;
            return this;
        }

        public UpdateTaskStatusRequest build() {
            return new UpdateTaskStatusRequest(this);
        }
    }
}
