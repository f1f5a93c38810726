package dev.migsdk.smc.model;

import dev.migsdk.core.DeleteResponse;

/** Result of {@code DeleteReplicationJob}. Immutable. */
public final class DeleteReplicationJobResponse extends DeleteResponse {
    private DeleteReplicationJobResponse(Builder b) {
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
        return "DeleteReplicationJobResponse[requestId=" + requestId() + ", httpStatus=" + httpStatus()
                + (alreadyDeleted() ? ", alreadyDeleted=true" : "") + "]";
    }

    /** Builder for {@link DeleteReplicationJobResponse}. */
    public static final class Builder extends DeleteResponse.Builder<Builder> {
        private Builder() {
        }

        private Builder(DeleteReplicationJobResponse from) {
            super(from);
        }

        public DeleteReplicationJobResponse build() {
            return new DeleteReplicationJobResponse(this);
        }
    }
}
