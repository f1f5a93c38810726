package dev.migsdk.dts.model;

/**
 * Result of {@code SuspendDtsJob}: the DTS envelope ({@link DtsResponse}). A response object always means success: an
 * answer with {@code Success=false} is thrown as a {@link dev.migsdk.core.exception.ServiceException} instead,
 * even on HTTP 200.
 */
public final class SuspendDtsJobResponse extends DtsResponse {

    private SuspendDtsJobResponse(Builder b) {
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
        return describe("SuspendDtsJobResponse");
    }

    /** Builder for {@link SuspendDtsJobResponse}. */
    public static final class Builder extends DtsResponse.Builder<Builder> {
        private Builder() {
        }

        private Builder(SuspendDtsJobResponse from) {
            super(from);
        }

        public SuspendDtsJobResponse build() {
            return new SuspendDtsJobResponse(this);
        }
    }
}
