package dev.migsdk.dts.model;

import dev.migsdk.core.SdkResponse;

/**
 * Result of {@code DeleteDtsJobs}, with every documented field. A response object always means success: an
 * answer with {@code Success=false} is thrown as a {@link dev.migsdk.core.exception.ServiceException}
 * instead, even on HTTP 200. DTS answers a batch as a whole (the body has no per-task result): if any task could not be
 * handled the call fails, and tasks handled before the failure may already have changed; check each with
 * {@code describeDtsJobDetail} or a waiter.
 */
public final class DeleteDtsJobsResponse extends SdkResponse {
    private final Integer httpStatusCode;
    private final String errCode;
    private final Boolean success;
    private final String errMessage;
    private final String dynamicMessage;
    private final String dynamicCode;

    private DeleteDtsJobsResponse(Builder b) {
        super(b);
        this.httpStatusCode = b.httpStatusCode;
        this.errCode = b.errCode;
        this.success = b.success;
        this.errMessage = b.errMessage;
        this.dynamicMessage = b.dynamicMessage;
        this.dynamicCode = b.dynamicCode;
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        return new Builder(this);
    }

    /** {@code HttpStatusCode} from the body, or {@code null}. */
    public Integer httpStatusCode() {
        return httpStatusCode;
    }

    /** {@code ErrCode} as sent, or {@code null}. */
    public String errCode() {
        return errCode;
    }

    /** {@code Success} as sent. */
    public Boolean success() {
        return success;
    }

    /** {@code ErrMessage} as sent, or {@code null}. */
    public String errMessage() {
        return errMessage;
    }

    /** {@code DynamicMessage}: the value DTS substitutes for {@code %s} in {@code ErrMessage}, or {@code null}. */
    public String dynamicMessage() {
        return dynamicMessage;
    }

    /** {@code DynamicCode} (deprecated by DTS), or {@code null}. */
    public String dynamicCode() {
        return dynamicCode;
    }

    @Override
    public String toString() {
        return "DeleteDtsJobsResponse[requestId=" + requestId() + ", httpStatus=" + httpStatus()
                + ", httpStatusCode=" + httpStatusCode + ", success=" + success + "]";
    }

    /** Builder for {@link DeleteDtsJobsResponse}. */
    public static final class Builder extends SdkResponse.Builder<Builder> {
        private Integer httpStatusCode;
        private String errCode;
        private Boolean success;
        private String errMessage;
        private String dynamicMessage;
        private String dynamicCode;

        private Builder() {
        }

        private Builder(DeleteDtsJobsResponse from) {
            super(from);
            this.httpStatusCode = from.httpStatusCode;
            this.errCode = from.errCode;
            this.success = from.success;
            this.errMessage = from.errMessage;
            this.dynamicMessage = from.dynamicMessage;
            this.dynamicCode = from.dynamicCode;
        }

        public Builder httpStatusCode(Integer httpStatusCode) {
            this.httpStatusCode = httpStatusCode;
            return this;
        }

        public Builder errCode(String errCode) {
            this.errCode = errCode;
            return this;
        }

        public Builder success(Boolean success) {
            this.success = success;
            return this;
        }

        public Builder errMessage(String errMessage) {
            this.errMessage = errMessage;
            return this;
        }

        public Builder dynamicMessage(String dynamicMessage) {
            this.dynamicMessage = dynamicMessage;
            return this;
        }

        public Builder dynamicCode(String dynamicCode) {
            this.dynamicCode = dynamicCode;
            return this;
        }

        public DeleteDtsJobsResponse build() {
            return new DeleteDtsJobsResponse(this);
        }
    }
}
