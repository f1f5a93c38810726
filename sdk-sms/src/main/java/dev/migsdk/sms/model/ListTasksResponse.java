package dev.migsdk.sms.model;

import dev.migsdk.core.SdkResponse;
import java.util.List;

/** Result of SMS {@code ListTasks}: one page of tasks and the number of all that match. Immutable. */
public final class ListTasksResponse extends SdkResponse {
    private final List<Task> tasks;
    private final Integer count;

    private ListTasksResponse(Builder b) {
        super(b);
        this.tasks = b.tasks == null ? List.of() : List.copyOf(b.tasks);
        this.count = b.count;
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        return new Builder(this);
    }

    /** {@code tasks}: the tasks on this page (empty, never {@code null}). */
    public List<Task> tasks() {
        return tasks;
    }

    /** {@code count}: how many tasks match in all, whatever the paging, or {@code null} if SMS did not say. */
    public Integer count() {
        return count;
    }

    @Override
    public String toString() {
        return "ListTasksResponse[" + "requestId=" + requestId() + ", httpStatus=" + httpStatus() + ", tasks=" + tasks + ", count=" + count + "]";
    }

    /** Builder for {@link ListTasksResponse}. */
    public static final class Builder extends SdkResponse.Builder<Builder> {
        private List<Task> tasks;
        private Integer count;

        private Builder() {
        }

        private Builder(ListTasksResponse from) {
            super(from);
            this.tasks = from.tasks;
            this.count = from.count;
        }

        public Builder tasks(List<Task> tasks) {
            this.tasks = tasks;
            return this;
        }

        public Builder count(Integer count) {
            this.count = count;
            return this;
        }

        public ListTasksResponse build() {
            return new ListTasksResponse(this);
        }
    }
}
