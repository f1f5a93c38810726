package dev.migsdk.core.exception;

import java.time.Duration;

/** A waiter gave up: the state it waited for did not come. See the subtypes for why. */
public class WaiterException extends SdkClientException {
    private static final long serialVersionUID = 1L;

    private final Duration elapsed;
    private final String lastState;

    public WaiterException(String message, Throwable cause, int attempts, Duration elapsed, String lastState) {
        super(message, cause, attempts, false);
        this.elapsed = elapsed;
        this.lastState = lastState;
    }

    /** How long the waiter waited, by the client's clock. */
    public Duration elapsed() {
        return elapsed;
    }

    /** The state the last poll saw, as the service named it; {@code null} if no poll answered. */
    public String lastState() {
        return lastState;
    }
}
