package dev.migsdk.core.exception;

/**
 * Root of every exception the SDK throws for a call that could not complete.
 *
 * <p>Unchecked, like the rest of the tree. {@link #attempts()} tells how many HTTP attempts were
 * made before the SDK gave up; {@link #retryable()} whether a later call might succeed.
 */
public class SdkException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int attempts;
    private final boolean retryable;

    public SdkException(String message, Throwable cause, int attempts, boolean retryable) {
        super(message, cause);
        this.attempts = attempts;
        this.retryable = retryable;
    }

    /** Number of HTTP attempts made for the call (0 if it failed before sending anything). */
    public int attempts() {
        return attempts;
    }

    /** Whether the failure is of a kind that a retry could overcome (throttling, 5xx, I/O). */
    public boolean retryable() {
        return retryable;
    }
}
