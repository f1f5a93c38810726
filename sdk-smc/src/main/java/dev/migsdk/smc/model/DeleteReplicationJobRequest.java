package dev.migsdk.smc.model;

import dev.migsdk.core.SdkRequest;
import java.util.Objects;

/** Parameters of {@code DeleteReplicationJob}. Immutable. */
public final class DeleteReplicationJobRequest extends SdkRequest {
    private final String jobId;

    private DeleteReplicationJobRequest(Builder b) {
        super(b);
        this.jobId = b.jobId;
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        return new Builder(this);
    }

    /** {@code JobId}: the migration job to delete, e.g. {@code j-bp17m1vi6x21qhqk****}. Required. */
    public String jobId() {
        return jobId;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DeleteReplicationJobRequest r && Objects.equals(jobId, r.jobId)
                && overrides().equals(r.overrides());
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(jobId);
    }

    @Override
    public String toString() {
        return "DeleteReplicationJobRequest[jobId=" + jobId + "]";
    }

    /** Builder for {@link DeleteReplicationJobRequest}. */
    public static final class Builder extends SdkRequest.Builder<Builder> {
        private String jobId;

        private Builder() {
        }

        private Builder(DeleteReplicationJobRequest from) {
            super(from);
            this.jobId = from.jobId;
        }

        public Builder jobId(String jobId) {
            this.jobId = jobId;
            return this;
        }

        public DeleteReplicationJobRequest build() {
            return new DeleteReplicationJobRequest(this);
        }
    }
}
