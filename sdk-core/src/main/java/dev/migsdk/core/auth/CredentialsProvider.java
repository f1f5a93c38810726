package dev.migsdk.core.auth;

import java.util.concurrent.CompletableFuture;

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
     * Credentials for an async call, without blocking the calling thread. The default calls
     * {@link #resolveCredentials()} on the calling thread, which suits providers that answer from memory
     * or a local file; a provider that may wait (a network fetch, a lock) overrides it. A failure
     * completes the future exceptionally rather than throwing.
     */
    default CompletableFuture<C> resolveCredentialsAsync() {
        try {
            return CompletableFuture.completedFuture(resolveCredentials());
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    /**
     * Tells the provider that the service rejected the credentials it last returned, so a caching
     * provider can fetch new ones. The default does nothing.
     */
    default void invalidate() {
    }
}
