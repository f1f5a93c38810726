package dev.migsdk.oms.model;

import dev.migsdk.core.SdkRequest;
import java.util.Objects;

/** Parameters of OMS {@code ListTasks} ({@code GET /v2/{project_id}/tasks}); every filter is optional. Immutable. */
public final class ListTasksRequest extends SdkRequest {
    private final String groupId;
    private final TaskStatus status;
    private final Integer limit;
    private final Integer offset;
    private final String taskName;
    private final String projectId;

    private ListTasksRequest(Builder b) {
        super(b);
        this.groupId = b.groupId;
        this.status = b.status;
        this.limit = b.limit;
        this.offset = b.offset;
        this.taskName = b.taskName;
        this.projectId = b.projectId;
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        return new Builder(this);
    }

    /** {@code group_id}: only tasks of this task group. */
    public String groupId() {
        return groupId;
    }

    /** {@code status}: only tasks in this status (not {@link TaskStatus#UNKNOWN_TO_SDK_VERSION}). */
    public TaskStatus status() {
        return status;
    }

    /** {@code limit}: tasks per page, 1 to 100 (OMS's default when {@code null}). */
    public Integer limit() {
        return limit;
    }

    /** {@code offset}: tasks to skip, at least 0. */
    public Integer offset() {
        return offset;
    }

    /** {@code task_name}: only tasks with this name. */
    public String taskName() {
        return taskName;
    }

    /** {@code project_id}; when {@code null}, the project id of the client's credentials is used. */
    public String projectId() {
        return projectId;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ListTasksRequest r && Objects.equals(groupId, r.groupId) && Objects.equals(status, r.status) && Objects.equals(limit, r.limit) && Objects.equals(offset, r.offset) && Objects.equals(taskName, r.taskName) && Objects.equals(projectId, r.projectId) && overrides().equals(r.overrides());
    }

    @Override
    public int hashCode() {
        return Objects.hash(groupId, status, limit, offset, taskName, projectId);
    }

    @Override
    public String toString() {
        return "ListTasksRequest[" + "groupId=" + groupId + ", status=" + status + ", limit=" + limit + ", offset=" + offset + ", taskName=" + taskName + ", projectId=" + projectId + "]";
    }

    /** Builder for {@link ListTasksRequest}. */
    public static final class Builder extends SdkRequest.Builder<Builder> {
        private String groupId;
        private TaskStatus status;
        private Integer limit;
        private Integer offset;
        private String taskName;
        private String projectId;

        private Builder() {
        }

        private Builder(ListTasksRequest from) {
            super(from);
            this.groupId = from.groupId;
            this.status = from.status;
            this.limit = from.limit;
            this.offset = from.offset;
            this.taskName = from.taskName;
            this.projectId = from.projectId;
        }

        public Builder groupId(String groupId) {
            this.groupId = groupId;
            return this;
        }

        public Builder status(TaskStatus status) {
            this.status = status;
            return this;
        }

        public Builder limit(Integer limit) {
            this.limit = limit;
            return this;
        }

        public Builder offset(Integer offset) {
            this.offset = offset;
            return this;
        }

        public Builder taskName(String taskName) {
            this.taskName = taskName;
            return this;
        }

        public Builder projectId(String projectId) {
            this.projectId = projectId;
            return this;
        }

        public ListTasksRequest build() {
            return new ListTasksRequest(this);
        }
    }
}
