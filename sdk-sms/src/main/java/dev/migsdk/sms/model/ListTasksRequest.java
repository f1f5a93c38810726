package dev.migsdk.sms.model;

import dev.migsdk.core.SdkRequest;
import java.util.Objects;

/** Parameters of SMS {@code ListTasks} ({@code GET /v3/tasks}); every filter is optional. Immutable. */
public final class ListTasksRequest extends SdkRequest {
    private final TaskState state;
    private final String name;
    private final String id;
    private final String sourceServerId;
    private final Integer limit;
    private final Integer offset;

    private ListTasksRequest(Builder b) {
        super(b);
        this.state = b.state;
        this.name = b.name;
        this.id = b.id;
        this.sourceServerId = b.sourceServerId;
        this.limit = b.limit;
        this.offset = b.offset;
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        return new Builder(this);
    }

    /** {@code state}: only tasks in this state (not {@link TaskState#UNKNOWN_TO_SDK_VERSION}). */
    public TaskState state() {
        return state;
    }

    /** {@code name}: only tasks with this name. */
    public String name() {
        return name;
    }

    /** {@code id}: only the task with this id. */
    public String id() {
        return id;
    }

    /** {@code source_server_id}: only tasks of this source server. */
    public String sourceServerId() {
        return sourceServerId;
    }

    /** {@code limit}: tasks per page, 0 to 200 (SMS's default when {@code null}). */
    public Integer limit() {
        return limit;
    }

    /** {@code offset}: tasks to skip, at least 0. */
    public Integer offset() {
        return offset;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ListTasksRequest r && Objects.equals(state, r.state) && Objects.equals(name, r.name) && Objects.equals(id, r.id) && Objects.equals(sourceServerId, r.sourceServerId) && Objects.equals(limit, r.limit) && Objects.equals(offset, r.offset) && overrides().equals(r.overrides());
    }

    @Override
    public int hashCode() {
        return Objects.hash(state, name, id, sourceServerId, limit, offset);
    }

    @Override
    public String toString() {
        return "ListTasksRequest[" + "state=" + state + ", name=" + name + ", id=" + id + ", sourceServerId=" + sourceServerId + ", limit=" + limit + ", offset=" + offset + "]";
    }

    /** Builder for {@link ListTasksRequest}. */
    public static final class Builder extends SdkRequest.Builder<Builder> {
        private TaskState state;
        private String name;
        private String id;
        private String sourceServerId;
        private Integer limit;
        private Integer offset;

        private Builder() {
        }

        private Builder(ListTasksRequest from) {
            super(from);
            this.state = from.state;
            this.name = from.name;
            this.id = from.id;
            this.sourceServerId = from.sourceServerId;
            this.limit = from.limit;
            this.offset = from.offset;
        }

        public Builder state(TaskState state) {
            this.state = state;
            return this;
        }

        public Builder name(String name) {
            this.name = name;
            return this;
        }

        public Builder id(String id) {
            this.id = id;
            return this;
        }

        public Builder sourceServerId(String sourceServerId) {
            this.sourceServerId = sourceServerId;
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

        public ListTasksRequest build() {
            return new ListTasksRequest(this);
        }
    }
}
