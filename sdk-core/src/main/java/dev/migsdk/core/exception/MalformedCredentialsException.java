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

    /** With a message naming the source and what is wrong with it (never a secret). */
    public MalformedCredentialsException(String message) {
        super(message);
    }

    /** With a message and the error that showed the source to be malformed (e.g. a parse error). */
    public MalformedCredentialsException(String message, Throwable cause) {
        super(message, cause);
    }
}
