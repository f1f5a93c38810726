package dev.migsdk.core.auth;

/**
 * Supplies credentials for each attempt of a call. Implementations must be thread-safe and may cache
 * and refresh; they throw {@link dev.migsdk.core.exception.CredentialsException} when none can be found.
 *
 * @param <C> the kind of credentials
 */
@FunctionalInterface
public interface CredentialsProvider<C extends Credentials> {

    /** Returns credentials to sign the next attempt with; never {@code null}. */
    C resolveCredentials();

    /**
     * Tells the provider that the service rejected the credentials it last returned, so a caching
     * provider can fetch new ones. The default does nothing.
     */
    default void invalidate() {
    }
}
