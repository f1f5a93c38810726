package dev.migsdk.sms.model;

import dev.migsdk.core.SdkRequest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/** Parameters of SMS {@code DeleteTasks} ({@code POST /v3/tasks/delete}, body {@code {"ids": [...]}}). Immutable. */
public final class DeleteTasksRequest extends SdkRequest {
    private final List<String> ids;

    private DeleteTasksRequest(Builder b) {
        super(b);
        this.ids = b.ids == null ? null : Collections.unmodifiableList(new ArrayList<>(b.ids)); // nulls are named by the validator
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        return new Builder(this);
    }

    /** {@code ids}: the tasks to delete, each 1 to 255 characters; at most 65535 of them (SMS documents 0 to 65535). Required. */
    public List<String> ids() {
        return ids;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DeleteTasksRequest r && Objects.equals(ids, r.ids) && overrides().equals(r.overrides());
    }

    @Override
    public int hashCode() {
        return Objects.hash(ids);
    }

    @Override
    public String toString() {
        return "DeleteTasksRequest[" + "ids=" + ids + "]";
    }

    /** Builder for {@link DeleteTasksRequest}. */
    public static final class Builder extends SdkRequest.Builder<Builder> {
        private List<String> ids;

        private Builder() {
        }

        private Builder(DeleteTasksRequest from) {
            super(from);
            this.ids = from.ids;
        }

        public Builder ids(List<String> ids) {
            this.ids = ids;
            return this;
        }

        /** Sets {@code ids}. */
        public Builder ids(String... ids) {
            this.ids = ids == null ? null : java.util.Arrays.asList(ids);
            return this;
        }

        public DeleteTasksRequest build() {
            return new DeleteTasksRequest(this);
        }
    }
}
