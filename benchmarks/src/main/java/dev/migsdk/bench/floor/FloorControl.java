package dev.migsdk.bench.floor;

import dev.migsdk.bench.e2e.Caller;
import dev.migsdk.bench.e2e.Op;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.CompletableFuture;
import okhttp3.Request;

/** A control caller: sends the floor's signed request its own way and decodes as the floor does. Sync only. */
abstract class FloorControl implements Caller {
    final FloorCaller floor;

    FloorControl(Op op, int port) {
        floor = new FloorCaller(op, port);
    }

    /** Sends {@code request} and checks the answer as the floor does. */
    abstract void send(Request request) throws IOException;

    @Override
    public final void call() {
        try {
            send(floor.request());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public final CompletableFuture<?> callAsync() {
        throw new UnsupportedOperationException("sync calls only");
    }

    @Override
    public void close() {
        floor.close();
    }
}
