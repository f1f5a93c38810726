package dev.migsdk.core.exception;

/** Connecting, sending or reading failed (DNS, connect, TLS, reset, attempt timeout); the cause is kept. */
public class TransportException extends SdkClientException {
    private static final long serialVersionUID = 1L;

    public TransportException(String message, Throwable cause, int attempts, boolean retryable) {
        super(message, cause, attempts, retryable);
    }
}
