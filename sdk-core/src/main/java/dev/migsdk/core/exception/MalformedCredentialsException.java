package dev.migsdk.core.exception;

/**
 * A credentials source exists but cannot be used as written (a malformed file, a profile missing a
 * required key). Unlike a plain {@link CredentialsException} ("nothing here"), this stops a
 * {@link dev.migsdk.core.auth.CredentialsProviderChain}: silently falling through to another identity
 * would hide the mistake. Custom providers throw it for the same purpose. Messages name the source (file
 * and line) but never a value.
 */
public class MalformedCredentialsException extends CredentialsException {
    private static final long serialVersionUID = 1L;

    public MalformedCredentialsException(String message) {
        super(message);
    }

    public MalformedCredentialsException(String message, Throwable cause) {
        super(message, cause);
    }
}
