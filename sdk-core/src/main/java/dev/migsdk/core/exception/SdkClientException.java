package dev.migsdk.core.exception;

/** The call ended without a usable answer from the service: I/O, timeouts, credentials, interruption. */
public class SdkClientException extends SdkException {
    private static final long serialVersionUID = 1L;

    public SdkClientException(String message, Throwable cause, int attempts, boolean retryable) {
        super(message, cause, attempts, retryable);
    }

    public SdkClientException(String message) {
        this(message, null, 0, false);
    }
}
