package dev.migsdk.core.exception;

/** The whole call, retries and backoff included, ran past its API-call timeout. */
public class ApiCallTimeoutException extends SdkClientException {
    private static final long serialVersionUID = 1L;

    public ApiCallTimeoutException(String message, Throwable cause, int attempts) {
        super(message, cause, attempts, false);
    }
}
