package dev.migsdk.smc.model;

import dev.migsdk.core.SdkResponse;

/** Result of {@code DeleteReplicationJob}. Immutable. */
public final class DeleteReplicationJobResponse extends SdkResponse {
    private final boolean alreadyDeleted;

    private DeleteReplicationJobResponse(Builder b) {
        super(b);
        this.alreadyDeleted = b.alreadyDeleted;
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        return new Builder(this);
    }

    /**
     * True when an earlier attempt's answer was lost and the retry found the job already gone, so the
     * delete most likely happened on that attempt (see {@code idempotentDeletes} on the client builder).
     */
    public boolean alreadyDeleted() {
        return alreadyDeleted;
    }

    @Override
    public String toString() {
        return "DeleteReplicationJobResponse[requestId=" + requestId() + ", httpStatus=" + httpStatus()
                + (alreadyDeleted ? ", alreadyDeleted=true" : "") + "]";
    }

    /** Builder for {@link DeleteReplicationJobResponse}. */
    public static final class Builder extends SdkResponse.Builder<Builder> {
        private boolean alreadyDeleted;

        private Builder() {
        }

        private Builder(DeleteReplicationJobResponse from) {
            super(from);
            this.alreadyDeleted = from.alreadyDeleted;
        }

        public Builder alreadyDeleted(boolean alreadyDeleted) {
            this.alreadyDeleted = alreadyDeleted;
            return this;
        }

        public DeleteReplicationJobResponse build() {
            return new DeleteReplicationJobResponse(this);
        }
    }
}
