package dev.migsdk.sms.model;

import dev.migsdk.core.DeleteResponse;

/** Result of SMS {@code DeleteTasks}. SMS reports no per-task result: the batch succeeded as a whole (see docs/DECISIONS.md). Immutable. */
public final class DeleteTasksResponse extends DeleteResponse {

    private DeleteTasksResponse(Builder b) {
        super(b);
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        return new Builder(this);
    }

    @Override
    public String toString() {
        return "DeleteTasksResponse[" + "requestId=" + requestId() + ", httpStatus=" + httpStatus() + (alreadyDeleted() ? ", alreadyDeleted=true" : "") + "]";
    }

    /** Builder for {@link DeleteTasksResponse}. */
    public static final class Builder extends DeleteResponse.Builder<Builder> {

        private Builder() {
        }

        private Builder(DeleteTasksResponse from) {
            super(from);
        }

        public DeleteTasksResponse build() {
            return new DeleteTasksResponse(this);
        }
    }
}
