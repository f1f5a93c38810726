package dev.migsdk.core.exception;

/**
 * A retry was due but the client's retry budget was empty, so the SDK failed fast instead of adding
 * load to a service that is already failing. The last failure is the cause.
 */
public class RetryBudgetExhaustedException extends SdkClientException {
    private static final long serialVersionUID = 1L;

    public RetryBudgetExhaustedException(String message, Throwable cause, int attempts) {
        super(message, cause, attempts, true);
    }
}
