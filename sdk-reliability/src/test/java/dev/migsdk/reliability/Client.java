package dev.migsdk.reliability;

import dev.migsdk.core.SdkResponse;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.function.Function;

/** A sync or async client of one service, reduced to "delete task {@code id}" (see {@link Op} for stop). */
public final class Client implements AutoCloseable {
    private final Svc svc;
    private final AutoCloseable client;
    private final Function<String, ? extends SdkResponse> sync;
    private final Function<String, ? extends CompletableFuture<? extends SdkResponse>> async;

    Client(Svc svc, AutoCloseable client, Function<String, ? extends SdkResponse> sync,
           Function<String, ? extends CompletableFuture<? extends SdkResponse>> async) {
        this.svc = svc;
        this.client = client;
        this.sync = sync;
        this.async = async;
    }

    public Svc svc() {
        return svc;
    }

    public boolean isAsync() {
        return async != null;
    }

    /** The SDK client itself (for reaching into its transport in leak tests). */
    public Object unwrap() {
        return client;
    }

    /** Deletes; async clients are awaited and their failure cause rethrown as is. */
    public SdkResponse delete(String id) {
        if (sync != null) {
            return sync.apply(id);
        }
        try {
            return async.apply(id).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw rethrow(e.getCause());
        }
    }

    /** Starts a delete; sync clients complete before returning. */
    public CompletableFuture<? extends SdkResponse> deleteAsync(String id) {
        if (async != null) {
            return async.apply(id);
        }
        try {
            return CompletableFuture.completedFuture(sync.apply(id));
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    static RuntimeException rethrow(Throwable t) {
        while (t instanceof CompletionException && t.getCause() != null) {
            t = t.getCause();
        }
        if (t instanceof RuntimeException r) {
            return r;
        }
        if (t instanceof Error e) {
            throw e;
        }
        return new IllegalStateException("checked exception out of the SDK", t);
    }

    @Override
    public void close() {
        try {
            client.close();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
