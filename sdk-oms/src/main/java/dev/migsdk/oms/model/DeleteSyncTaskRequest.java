package dev.migsdk.oms.model;

import dev.migsdk.core.SdkRequest;
import java.util.Objects;

/** Parameters of OMS {@code DeleteSyncTask} ({@code DELETE /v2/{project_id}/sync-tasks/{sync_task_id}}). Immutable. */
public final class DeleteSyncTaskRequest extends SdkRequest {
    private final String syncTaskId;
    private final String projectId;

    private DeleteSyncTaskRequest(Builder b) {
        super(b);
        this.syncTaskId = b.syncTaskId;
        this.projectId = b.projectId;
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        return new Builder(this);
    }

    /** {@code sync_task_id}: the synchronization task, 1 to 1024 characters. Required. */
    public String syncTaskId() {
        return syncTaskId;
    }

    /** {@code project_id}; when {@code null}, the project id of the client's credentials is used. */
    public String projectId() {
        return projectId;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DeleteSyncTaskRequest r && Objects.equals(syncTaskId, r.syncTaskId) && Objects.equals(projectId, r.projectId) && overrides().equals(r.overrides());
    }

    @Override
    public int hashCode() {
        return Objects.hash(syncTaskId, projectId);
    }

    @Override
    public String toString() {
        return "DeleteSyncTaskRequest[" + "syncTaskId=" + syncTaskId + ", projectId=" + projectId + "]";
    }

    /** Builder for {@link DeleteSyncTaskRequest}. */
    public static final class Builder extends SdkRequest.Builder<Builder> {
        private String syncTaskId;
        private String projectId;

        private Builder() {
        }

        private Builder(DeleteSyncTaskRequest from) {
            super(from);
            this.syncTaskId = from.syncTaskId;
            this.projectId = from.projectId;
        }

        public Builder syncTaskId(String syncTaskId) {
            this.syncTaskId = syncTaskId;
            return this;
        }

        public Builder projectId(String projectId) {
            this.projectId = projectId;
            return this;
        }

        public DeleteSyncTaskRequest build() {
            return new DeleteSyncTaskRequest(this);
        }
    }
}
