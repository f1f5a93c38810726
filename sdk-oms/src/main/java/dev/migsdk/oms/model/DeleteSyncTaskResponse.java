package dev.migsdk.oms.model;

import dev.migsdk.core.DeleteResponse;

/** Result of OMS {@code DeleteSyncTask}. Immutable. */
public final class DeleteSyncTaskResponse extends DeleteResponse {

    private DeleteSyncTaskResponse(Builder b) {
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
        return "DeleteSyncTaskResponse[" + "requestId=" + requestId() + ", httpStatus=" + httpStatus() + (alreadyDeleted() ? ", alreadyDeleted=true" : "") + "]";
    }

    /** Builder for {@link DeleteSyncTaskResponse}. */
    public static final class Builder extends DeleteResponse.Builder<Builder> {

        private Builder() {
        }

        private Builder(DeleteSyncTaskResponse from) {
            super(from);
        }

        public DeleteSyncTaskResponse build() {
            return new DeleteSyncTaskResponse(this);
        }
    }
}
