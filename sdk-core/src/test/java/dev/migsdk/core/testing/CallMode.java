package dev.migsdk.core.testing;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/**
 * Runs one scenario through the sync or the async client, so a parameterized test checks that both
 * give the same result and throw the same exception. {@link #ASYNC} insists the async call returns a
 * future (a failure must arrive inside it, never be thrown by the call itself), waits for it, and
 * rethrows the exception it holds unwrapped from {@link CompletionException}/{@link ExecutionException}.
 */
public enum CallMode {
    SYNC,
    ASYNC;

    private static final long TIMEOUT_SECONDS = 10;

    /** The sync call's result, or the async call's result once its future completes. */
    public <T> T call(Supplier<T> sync, Supplier<? extends CompletableFuture<T>> async) {
        if (this == SYNC) {
            return sync.get();
        }
        CompletableFuture<T> future;
        try {
            future = async.get();
        } catch (RuntimeException e) {
            throw new AssertionError("the async call threw instead of returning a failed future", e);
        }
        if (future == null) {
            throw new AssertionError("the async call returned null");
        }
        return join(future);
    }

    /** Waits (bounded) for {@code future}; rethrows its failure unwrapped. */
    public static <T> T join(CompletableFuture<T> future) {
        try {
            return future.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw rethrow(unwrap(e));
        } catch (TimeoutException e) {
            throw new AssertionError("the future did not complete within " + TIMEOUT_SECONDS + " s", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while waiting for the future", e);
        }
    }

    /** The innermost cause below any {@link CompletionException}/{@link ExecutionException} wrappers. */
    public static Throwable unwrap(Throwable t) {
        while ((t instanceof CompletionException || t instanceof ExecutionException) && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }

    private static RuntimeException rethrow(Throwable t) {
        if (t instanceof RuntimeException r) {
            return r;
        }
        if (t instanceof Error e) {
            throw e;
        }
        return new IllegalStateException("checked exception in future", t);
    }
}
