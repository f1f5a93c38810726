package dev.migsdk.core.exception;

import java.time.Duration;

/** The waiter's maximum wait or number of polls ran out before the state came. */
public class WaiterTimeoutException extends WaiterException {
    private static final long serialVersionUID = 1L;

    public WaiterTimeoutException(String message, Throwable cause, int attempts, Duration elapsed, String lastState) {
        super(message, cause, attempts, elapsed, lastState);
    }
}
