package dev.migsdk.dts.model;

/** Parameters of {@code SuspendDtsJobs}: the tasks to suspend (pause), as {@code DtsJobIds}. Immutable. */
public final class SuspendDtsJobsRequest extends DtsBatchRequest {

    private SuspendDtsJobsRequest(Builder b) {
        super(b);
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        return new Builder(this);
    }

    /** Builder for {@link SuspendDtsJobsRequest}. */
    public static final class Builder extends DtsBatchRequest.Builder<Builder> {
        private Builder() {
        }

        private Builder(SuspendDtsJobsRequest from) {
            super(from);
        }

        public SuspendDtsJobsRequest build() {
            return new SuspendDtsJobsRequest(this);
        }
    }
}
