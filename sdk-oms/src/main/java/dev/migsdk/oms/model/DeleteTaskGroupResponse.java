package dev.migsdk.oms.model;

import dev.migsdk.core.DeleteResponse;

/** Result of OMS {@code DeleteTaskGroup}. Immutable. */
public final class DeleteTaskGroupResponse extends DeleteResponse {

    private DeleteTaskGroupResponse(Builder b) {
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
        return "DeleteTaskGroupResponse[" + "requestId=" + requestId() + ", httpStatus=" + httpStatus() + (alreadyDeleted() ? ", alreadyDeleted=true" : "") + "]";
    }

    /** Builder for {@link DeleteTaskGroupResponse}. */
    public static final class Builder extends DeleteResponse.Builder<Builder> {

        private Builder() {
        }

        private Builder(DeleteTaskGroupResponse from) {
            super(from);
        }

        public DeleteTaskGroupResponse build() {
            return new DeleteTaskGroupResponse(this);
        }
    }
}
