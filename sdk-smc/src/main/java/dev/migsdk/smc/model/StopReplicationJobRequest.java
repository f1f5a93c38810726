package dev.migsdk.smc.model;

import dev.migsdk.core.SdkRequest;
import java.util.Objects;

/** Parameters of {@code StopReplicationJob}. Immutable. */
public final class StopReplicationJobRequest extends SdkRequest {
    private final String jobId;

    private StopReplicationJobRequest(Builder b) {
        super(b);
        this.jobId = b.jobId;
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        return new Builder(this);
    }

    /** {@code JobId}: the migration job to stop, e.g. {@code j-bw526m1vi6x21qh****}. Required. */
    public String jobId() {
        return jobId;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof StopReplicationJobRequest r && Objects.equals(jobId, r.jobId)
                && overrides().equals(r.overrides());
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(jobId);
    }

    @Override
    public String toString() {
        return "StopReplicationJobRequest[jobId=" + jobId + "]";
    }

    /** Builder for {@link StopReplicationJobRequest}. */
    public static final class Builder extends SdkRequest.Builder<Builder> {
        private String jobId;

        private Builder() {
        }

        private Builder(StopReplicationJobRequest from) {
            super(from);
            this.jobId = from.jobId;
        }

        public Builder jobId(String jobId) {
            this.jobId = jobId;
            return this;
        }

        public StopReplicationJobRequest build() {
            return new StopReplicationJobRequest(this);
        }
    }
}
