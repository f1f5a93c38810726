package dev.migsdk.core.exception;

/** The service refused the call because of request-rate limits ({@code Throttling*}, HTTP 429, gateway throttling codes). */
public class ThrottlingException extends ServiceException {
    private static final long serialVersionUID = 1L;

    public ThrottlingException(ServiceFailure failure) {
        super(failure);
    }
}
