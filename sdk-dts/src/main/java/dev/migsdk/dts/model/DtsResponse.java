package dev.migsdk.dts.model;

import dev.migsdk.core.SdkResponse;

/**
 * The fields every DTS answer carries ({@code HttpStatusCode}, {@code Success}, {@code ErrCode},
 * {@code ErrMessage}, {@code DynamicMessage}, {@code DynamicCode}), as sent. A response object always means
 * success: an answer with {@code Success=false} is thrown as a
 * {@link dev.migsdk.core.exception.ServiceException} instead, even on HTTP 200.
 */
public abstract class DtsResponse extends SdkResponse {
    private final Integer httpStatusCode;
    private final String errCode;
    private final Boolean success;
    private final String errMessage;
    private final String dynamicMessage;
    private final String dynamicCode;

    protected DtsResponse(Builder<?> b) {
        super(b);
        this.httpStatusCode = b.httpStatusCode;
        this.errCode = b.errCode;
        this.success = b.success;
        this.errMessage = b.errMessage;
        this.dynamicMessage = b.dynamicMessage;
        this.dynamicCode = b.dynamicCode;
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

    /** The response's name with its request id, status and envelope, for {@code toString()}. */
    protected String describe(String name) {
        return name + "[requestId=" + requestId() + ", httpStatus=" + httpStatus() + ", httpStatusCode="
                + httpStatusCode + ", success=" + success + "]";
    }

    /**
     * Shared part of the DTS response builders.
     *
     * @param <B> the concrete builder
     */
    public abstract static class Builder<B extends Builder<B>> extends SdkResponse.Builder<B> {
        private Integer httpStatusCode;
        private String errCode;
        private Boolean success;
        private String errMessage;
        private String dynamicMessage;
        private String dynamicCode;

        protected Builder() {
        }

        protected Builder(DtsResponse from) {
            super(from);
            this.httpStatusCode = from.httpStatusCode;
            this.errCode = from.errCode;
            this.success = from.success;
            this.errMessage = from.errMessage;
            this.dynamicMessage = from.dynamicMessage;
            this.dynamicCode = from.dynamicCode;
        }

        public B httpStatusCode(Integer httpStatusCode) {
            this.httpStatusCode = httpStatusCode;
            return self();
        }

        public B errCode(String errCode) {
            this.errCode = errCode;
            return self();
        }

        public B success(Boolean success) {
            this.success = success;
            return self();
        }

        public B errMessage(String errMessage) {
            this.errMessage = errMessage;
            return self();
        }

        public B dynamicMessage(String dynamicMessage) {
            this.dynamicMessage = dynamicMessage;
            return self();
        }

        public B dynamicCode(String dynamicCode) {
            this.dynamicCode = dynamicCode;
            return self();
        }
    }
}
