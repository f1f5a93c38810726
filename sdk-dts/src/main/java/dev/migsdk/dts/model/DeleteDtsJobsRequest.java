package dev.migsdk.dts.model;

/** Parameters of {@code DeleteDtsJobs}: the tasks to delete, at most 10 (documented), as {@code DtsJobIds}. Immutable. */
public final class DeleteDtsJobsRequest extends DtsBatchRequest {

    private DeleteDtsJobsRequest(Builder b) {
        super(b);
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        return new Builder(this);
    }

    /** Builder for {@link DeleteDtsJobsRequest}. */
    public static final class Builder extends DtsBatchRequest.Builder<Builder> {
        private Builder() {
        }

        private Builder(DeleteDtsJobsRequest from) {
            super(from);
        }

        public DeleteDtsJobsRequest build() {
            return new DeleteDtsJobsRequest(this);
        }
    }
}
