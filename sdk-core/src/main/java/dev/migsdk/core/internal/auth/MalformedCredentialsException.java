package dev.migsdk.core.internal.auth;

import dev.migsdk.core.exception.CredentialsException;

/**
 * A credentials source exists but cannot be used as written (a malformed file, a profile missing a
 * required key). Unlike "not found", this stops a provider chain: silently falling through to another
 * identity would hide the mistake. Messages name the file and line but never a value. Internal API.
 */
public final class MalformedCredentialsException extends CredentialsException {
    private static final long serialVersionUID = 1L;

    public MalformedCredentialsException(String message) {
        super(message);
    }
}
