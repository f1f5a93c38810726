package dev.migsdk.core.exception;

import java.time.Instant;

/**
 * The service rejected the caller's identity: bad signature, unknown or disabled key, expired token,
 * or a request timestamp outside the allowed window (clock skew). Never retried, except once for
 * clock skew (Huawei locks an AK after five failed signatures).
 */
public class AuthenticationException extends ServiceException {
    private static final long serialVersionUID = 1L;

    private final Instant localTime;
    private final Instant serverTime;

    public AuthenticationException(ServiceFailure failure) {
        this(failure, null, null);
    }

    public AuthenticationException(ServiceFailure failure, Instant localTime, Instant serverTime) {
        super(failure);
        this.localTime = localTime;
        this.serverTime = serverTime;
    }

    /** For a clock-skew rejection: the local clock when the request was signed; otherwise {@code null}. */
    public Instant localTime() {
        return localTime;
    }

    /** For a clock-skew rejection: the server's clock from the response {@code Date}; otherwise {@code null}. */
    public Instant serverTime() {
        return serverTime;
    }

    @Override
    public String getMessage() {
        String m = super.getMessage();
        if (localTime != null && serverTime != null) {
            m = m + " [clock skew: local time " + localTime + ", server time " + serverTime + "]";
        }
        return m;
    }
}
