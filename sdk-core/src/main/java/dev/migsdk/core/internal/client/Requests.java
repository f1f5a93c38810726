package dev.migsdk.core.internal.client;

import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.function.Supplier;

/** What every client's {@code Consumer<Builder>} overload shares. Internal API. */
public final class Requests {
    private Requests() {
    }

    /**
     * Builds a request and starts {@code call} with it. An async client's method never throws: if the
     * caller's builder code or {@code build()} throws, the returned future fails with that exception.
     */
    public static <R, T> CompletableFuture<T> async(Supplier<? extends R> build,
                                                    Function<? super R, CompletableFuture<T>> call) {
        R request;
        try {
            request = build.get();
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
        return call.apply(request);
    }
}
