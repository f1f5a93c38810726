package dev.migsdk.oms.model;

import dev.migsdk.core.SdkRequest;
import java.util.Objects;

/** Parameters of OMS {@code StopTask} ({@code POST /v2/{project_id}/tasks/{task_id}/stop}). Immutable. */
public final class StopTaskRequest extends SdkRequest {
    private final Long taskId;
    private final String projectId;

    private StopTaskRequest(Builder b) {
        super(b);
        this.taskId = b.taskId;
        this.projectId = b.projectId;
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        return new Builder(this);
    }

    /** {@code task_id}: the migration task, 0 to 999999999999999 as OMS documents. Required. */
    public Long taskId() {
        return taskId;
    }

    /** {@code project_id}; when {@code null}, the project id of the client's credentials is used. */
    public String projectId() {
        return projectId;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof StopTaskRequest r && Objects.equals(taskId, r.taskId) && Objects.equals(projectId, r.projectId) && overrides().equals(r.overrides());
    }

    @Override
    public int hashCode() {
        return Objects.hash(taskId, projectId);
    }

    @Override
    public String toString() {
        return "StopTaskRequest[" + "taskId=" + taskId + ", projectId=" + projectId + "]";
    }

    /** Builder for {@link StopTaskRequest}. */
    public static final class Builder extends SdkRequest.Builder<Builder> {
        private Long taskId;
        private String projectId;

        private Builder() {
        }

        private Builder(StopTaskRequest from) {
            super(from);
            this.taskId = from.taskId;
            this.projectId = from.projectId;
        }

        public Builder taskId(Long taskId) {
            this.taskId = taskId;
            return this;
        }

        public Builder projectId(String projectId) {
            this.projectId = projectId;
            return this;
        }

        public StopTaskRequest build() {
            return new StopTaskRequest(this);
        }
    }
}
