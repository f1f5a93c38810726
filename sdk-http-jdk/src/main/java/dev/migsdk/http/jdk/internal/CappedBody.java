package dev.migsdk.http.jdk.internal;

import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * Reads a body into memory up to a cap; at the cap it stops reading (cancels the subscription, which closes
 * the connection) and marks the body truncated, so a hostile endless body costs at most the cap. Internal API.
 */
final class CappedBody implements HttpResponse.BodySubscriber<CappedBody.Result> {
    /** The bytes read and whether more were cut off. */
    record Result(byte[] bytes, boolean truncated) {
    }

    private final long cap;
    private final CompletableFuture<Result> result = new CompletableFuture<>();
    private byte[] buf;
    private int size;
    private boolean done;
    private Flow.Subscription subscription;

    /** {@code expected}: the Content-Length, or -1 when unknown. */
    CappedBody(long cap, long expected) {
        this.cap = cap;
        this.buf = new byte[(int) (expected >= 0 && expected <= cap ? expected : Math.min(cap, 8192))];
    }

    static HttpResponse.BodyHandler<Result> handler(long cap) {
        return info -> new CappedBody(cap, info.headers().firstValueAsLong("Content-Length").orElse(-1));
    }

    @Override
    public CompletionStage<Result> getBody() {
        return result;
    }

    @Override
    public void onSubscribe(Flow.Subscription s) {
        subscription = s;
        s.request(Long.MAX_VALUE);
    }

    @Override
    public void onNext(List<ByteBuffer> items) {
        if (done) {
            return;
        }
        for (ByteBuffer b : items) {
            int take = (int) Math.min(b.remaining(), cap - size);
            if (take > 0) {
                if (size + take > buf.length) {
                    buf = Arrays.copyOf(buf, (int) Math.min(cap, Math.max(size + take, 2L * buf.length)));
                }
                b.get(buf, size, take);
                size += take;
            }
            if (b.hasRemaining()) {
                done = true;
                subscription.cancel();
                result.complete(new Result(bytes(), true));
                return;
            }
        }
    }

    @Override
    public void onError(Throwable t) {
        if (!done) {
            done = true;
            result.completeExceptionally(t);
        }
    }

    @Override
    public void onComplete() {
        if (!done) {
            done = true;
            result.complete(new Result(bytes(), false));
        }
    }

    private byte[] bytes() {
        return size == buf.length ? buf : Arrays.copyOf(buf, size);
    }
}
