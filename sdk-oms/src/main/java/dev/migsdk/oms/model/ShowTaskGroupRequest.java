package dev.migsdk.oms.model;

import dev.migsdk.core.SdkRequest;
import java.util.Objects;

/** Parameters of OMS {@code ShowTaskGroup} ({@code GET /v2/{project_id}/taskgroups/{group_id}}). Immutable. */
public final class ShowTaskGroupRequest extends SdkRequest {
    private final String groupId;
    private final String projectId;

    private ShowTaskGroupRequest(Builder b) {
        super(b);
        this.groupId = b.groupId;
        this.projectId = b.projectId;
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        return new Builder(this);
    }

    /** {@code group_id}: the task group, 1 to 1024 characters. Required. */
    public String groupId() {
        return groupId;
    }

    /** {@code project_id}; when {@code null}, the project id of the client's credentials is used. */
    public String projectId() {
        return projectId;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ShowTaskGroupRequest r && Objects.equals(groupId, r.groupId) && Objects.equals(projectId, r.projectId) && overrides().equals(r.overrides());
    }

    @Override
    public int hashCode() {
        return Objects.hash(groupId, projectId);
    }

    @Override
    public String toString() {
        return "ShowTaskGroupRequest[" + "groupId=" + groupId + ", projectId=" + projectId + "]";
    }

    /** Builder for {@link ShowTaskGroupRequest}. */
    public static final class Builder extends SdkRequest.Builder<Builder> {
        private String groupId;
        private String projectId;

        private Builder() {
        }

        private Builder(ShowTaskGroupRequest from) {
            super(from);
            this.groupId = from.groupId;
            this.projectId = from.projectId;
        }

        public Builder groupId(String groupId) {
            this.groupId = groupId;
            return this;
        }

        public Builder projectId(String projectId) {
            this.projectId = projectId;
            return this;
        }

        public ShowTaskGroupRequest build() {
            return new ShowTaskGroupRequest(this);
        }
    }
}
