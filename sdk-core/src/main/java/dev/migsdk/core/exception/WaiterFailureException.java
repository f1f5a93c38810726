package dev.migsdk.core.exception;

import java.time.Duration;

/**
 * The task reached a state from which the one waited for cannot come (e.g. it failed while stopping);
 * thrown at once, without waiting out the rest of the wait.
 */
public class WaiterFailureException extends WaiterException {
    private static final long serialVersionUID = 1L;

    private final String detail;

    public WaiterFailureException(String message, int attempts, Duration elapsed, String lastState, String detail) {
        super(message, null, attempts, elapsed, lastState);
        this.detail = detail;
    }

    /** What the service said about the state (e.g. SMC's {@code StatusInfo}), cleaned; may be {@code null}. */
    public String detail() {
        return detail;
    }
}
