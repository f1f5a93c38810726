package dev.migsdk.oms.model;

import dev.migsdk.core.SdkRequest;
import java.util.Objects;

/** Parameters of OMS {@code ShowSyncTask} ({@code GET /v2/{project_id}/sync-tasks/{sync_task_id}}). Immutable. */
public final class ShowSyncTaskRequest extends SdkRequest {
    private final String syncTaskId;
    private final Long queryTime;
    private final String projectId;

    private ShowSyncTaskRequest(Builder b) {
        super(b);
        this.syncTaskId = b.syncTaskId;
        this.queryTime = b.queryTime;
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

    /** {@code query_time}: the moment (Unix time in milliseconds) the statistics are for. Required. */
    public Long queryTime() {
        return queryTime;
    }

    /** {@code project_id}; when {@code null}, the project id of the client's credentials is used. */
    public String projectId() {
        return projectId;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ShowSyncTaskRequest r && Objects.equals(syncTaskId, r.syncTaskId) && Objects.equals(queryTime, r.queryTime) && Objects.equals(projectId, r.projectId) && overrides().equals(r.overrides());
    }

    @Override
    public int hashCode() {
        return Objects.hash(syncTaskId, queryTime, projectId);
    }

    @Override
    public String toString() {
        return "ShowSyncTaskRequest[" + "syncTaskId=" + syncTaskId + ", queryTime=" + queryTime + ", projectId=" + projectId + "]";
    }

    /** Builder for {@link ShowSyncTaskRequest}. */
    public static final class Builder extends SdkRequest.Builder<Builder> {
        private String syncTaskId;
        private Long queryTime;
        private String projectId;

        private Builder() {
        }

        private Builder(ShowSyncTaskRequest from) {
            super(from);
            this.syncTaskId = from.syncTaskId;
            this.queryTime = from.queryTime;
            this.projectId = from.projectId;
        }

        public Builder syncTaskId(String syncTaskId) {
            this.syncTaskId = syncTaskId;
            return this;
        }

        public Builder queryTime(Long queryTime) {
            this.queryTime = queryTime;
            return this;
        }

        public Builder projectId(String projectId) {
            this.projectId = projectId;
            return this;
        }

        public ShowSyncTaskRequest build() {
            return new ShowSyncTaskRequest(this);
        }
    }
}
