package dev.migsdk.dts.model;

/** Parameters of {@code StopDtsJobs}: the tasks to stop (end), as {@code DtsJobIds}. Immutable. */
public final class StopDtsJobsRequest extends DtsBatchRequest {

    private StopDtsJobsRequest(Builder b) {
        super(b);
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        return new Builder(this);
    }

    /** Builder for {@link StopDtsJobsRequest}. */
    public static final class Builder extends DtsBatchRequest.Builder<Builder> {
        private Builder() {
        }

        private Builder(StopDtsJobsRequest from) {
            super(from);
        }

        public StopDtsJobsRequest build() {
            return new StopDtsJobsRequest(this);
        }
    }
}
