package dev.migsdk.dts.model;

/**
 * Result of {@code StopDtsJob}: the DTS envelope ({@link DtsResponse}). A response object always means success: an
 * answer with {@code Success=false} is thrown as a {@link dev.migsdk.core.exception.ServiceException} instead,
 * even on HTTP 200.
 */
public final class StopDtsJobResponse extends DtsResponse {

    private StopDtsJobResponse(Builder b) {
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
        return describe("StopDtsJobResponse");
    }

    /** Builder for {@link StopDtsJobResponse}. */
    public static final class Builder extends DtsResponse.Builder<Builder> {
        private Builder() {
        }

        private Builder(StopDtsJobResponse from) {
            super(from);
        }

        public StopDtsJobResponse build() {
            return new StopDtsJobResponse(this);
        }
    }
}
