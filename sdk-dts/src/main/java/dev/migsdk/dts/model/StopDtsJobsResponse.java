package dev.migsdk.dts.model;

/**
 * Result of {@code StopDtsJobs}: the DTS envelope ({@link DtsResponse}). A response object always means success: an
 * answer with {@code Success=false} is thrown as a {@link dev.migsdk.core.exception.ServiceException} instead,
 * even on HTTP 200. DTS answers a batch as a whole (the body has no per-task result): if any task could not be
 * handled the call fails, and tasks handled before the failure may already have changed; check each with
 * {@code describeDtsJobDetail} or a waiter.
 */
public final class StopDtsJobsResponse extends DtsResponse {

    private StopDtsJobsResponse(Builder b) {
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
        return describe("StopDtsJobsResponse");
    }

    /** Builder for {@link StopDtsJobsResponse}. */
    public static final class Builder extends DtsResponse.Builder<Builder> {
        private Builder() {
        }

        private Builder(StopDtsJobsResponse from) {
            super(from);
        }

        public StopDtsJobsResponse build() {
            return new StopDtsJobsResponse(this);
        }
    }
}
