package dev.migsdk.core.exception;

/** No credentials could be resolved, or the ones found are unusable. Never carries a secret. */
public class CredentialsException extends SdkClientException {
    private static final long serialVersionUID = 1L;

    public CredentialsException(String message) {
        super(message, null, 0, false);
    }

    public CredentialsException(String message, Throwable cause) {
        super(message, cause, 0, false);
    }
}
