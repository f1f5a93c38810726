package dev.migsdk.http.okhttp.internal;

import dev.migsdk.http.HttpTransport;
import dev.migsdk.http.HttpTransportRequest;
import dev.migsdk.http.HttpTransportResponse;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import okhttp3.Call;
import okhttp3.Callback;
import okhttp3.Dispatcher;
import okhttp3.Headers;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.Buffer;
import okio.BufferedSource;

/**
 * The {@link HttpTransport} on one {@link OkHttpClient}: reads bodies up to a cap. Closing it releases the
 * dispatcher threads and pooled connections it owns (a caller-supplied client's executor and pool are left
 * alone). Internal API.
 */
public final class OkHttpTransport implements HttpTransport {
    private static final RequestBody EMPTY_BODY = RequestBody.create(new byte[0], null);

    private final OkHttpClient client;
    private final boolean owned;
    private final long maxBodyBytes;
    private volatile HttpUrl lastBase;
    private final InterruptWatchdog watchdog = new InterruptWatchdog();
    /** Exchanges started and not yet finished; {@link #shutdown} waits for them. */
    private final AtomicInteger inFlight = new AtomicInteger();
    private volatile boolean closed;

    public OkHttpTransport(OkHttpClient client, boolean owned, long maxBodyBytes) {
        this.client = client;
        this.owned = owned;
        this.maxBodyBytes = maxBodyBytes;
    }

    /** The OkHttp client in use (for tests and diagnostics). */
    public OkHttpClient client() {
        return client;
    }

    /**
     * Sends and waits; {@code timeout} bounds the whole attempt (null for none). The exchange runs on the
     * caller's thread. The wait is interruptible: an interrupted caller's call is cancelled (within
     * {@value InterruptWatchdog#POLL_MILLIS} ms, by the {@link InterruptWatchdog}), and the caller keeps
     * its interrupt flag and gets an {@link InterruptedIOException} with the message {@code interrupted}.
     */
    @Override
    public HttpTransportResponse execute(HttpTransportRequest request, Duration timeout) throws IOException {
        if (Thread.currentThread().isInterrupted()) {
            throw new InterruptedIOException("interrupted");
        }
        Call call = newCall(request, null); // the deadline is the watchdog's: see InterruptWatchdog
        enter();
        Call outer = watchdog.watch(call, timeout == null ? Long.MAX_VALUE : System.nanoTime() + timeout.toNanos());
        try (Response response = call.execute()) {
            return read(response);
        } catch (IOException e) {
            if (watchdog.timedOut()) {
                InterruptedIOException timedOut = new InterruptedIOException("timeout"); // as OkHttp's call timeout
                timedOut.initCause(e);
                throw timedOut;
            }
            if (Thread.currentThread().isInterrupted() && !isInterruption(e)) {
                InterruptedIOException io = new InterruptedIOException("interrupted");
                io.initCause(e);
                throw io;
            }
            throw e;
        } finally {
            watchdog.unwatch(outer);
            inFlight.decrementAndGet();
        }
    }

    /** Counts an exchange in, or refuses it after {@link #shutdown} (checked after counting, so none slips past). */
    private void enter() throws IOException {
        inFlight.incrementAndGet();
        if (closed) {
            inFlight.decrementAndGet();
            throw new IOException("Canceled: the client is closed");
        }
    }

    /**
     * Sends without blocking. The future fails with the {@link IOException}; cancelling the future
     * cancels the call.
     */
    @Override
    public CompletableFuture<HttpTransportResponse> executeAsync(HttpTransportRequest request, Duration timeout) {
        Call call = newCall(request, timeout);
        CompletableFuture<HttpTransportResponse> future = new CompletableFuture<>();
        try {
            enter();
        } catch (IOException e) {
            return CompletableFuture.failedFuture(e);
        }
        future.whenComplete((r, e) -> {
            if (future.isCancelled()) {
                call.cancel();
            }
        });
        call.enqueue(new Callback() {
            @Override
            public void onFailure(Call c, IOException e) {
                inFlight.decrementAndGet();
                future.completeExceptionally(e);
            }

            @Override
            public void onResponse(Call c, Response response) {
                HttpTransportResponse read;
                try (response) {
                    read = read(response);
                } catch (IOException | RuntimeException e) {
                    inFlight.decrementAndGet();
                    future.completeExceptionally(e);
                    return;
                }
                inFlight.decrementAndGet();
                future.complete(read);
            }
        });
        return future;
    }

    private Call newCall(HttpTransportRequest request, Duration timeout) {
        HttpUrl.Builder url = baseUrl(request).newBuilder();
        String path = request.encodedPath();
        if (!"/".equals(path)) { // the base URL's path is already the root, /
            url.encodedPath(path);
        }
        String query = request.encodedQuery();
        if (query != null) {
            url.encodedQuery(query);
        }
        Request.Builder b = new Request.Builder().url(url.build());
        for (int i = 0, n = request.headerCount(); i < n; i++) {
            b.addHeader(request.headerName(i), request.headerValue(i));
        }
        RequestBody body = null;
        if (request.body().length > 0) {
            String ct = request.header("Content-Type");
            body = RequestBody.create(request.body(), ct == null ? null : MediaType.parse(ct));
        } else if (requiresBody(request.method())) {
            body = EMPTY_BODY;
        }
        b.method(request.method(), body);
        Call call = client.newCall(b.build());
        if (timeout != null) {
            call.timeout().timeout(timeout.toNanos(), TimeUnit.NANOSECONDS);
        }
        return call;
    }

    /**
     * The scheme, host and port of {@code request} as an {@link HttpUrl}, reused across calls: a client
     * talks to one endpoint, and canonicalizing the host (IDN mapping) was a fifth of the SDK's own CPU
     * per call in profiles.
     */
    private HttpUrl baseUrl(HttpTransportRequest request) {
        HttpUrl b = lastBase;
        int port = request.port() > 0 ? request.port() : HttpUrl.defaultPort(request.scheme());
        if (b == null || b.port() != port || !b.scheme().equals(request.scheme()) || !b.host().equals(request.host())) {
            HttpUrl.Builder builder = new HttpUrl.Builder().scheme(request.scheme()).host(request.host());
            if (request.port() > 0) {
                builder.port(request.port());
            }
            b = builder.build();
            lastBase = b;
        }
        return b;
    }

    private static boolean requiresBody(String method) {
        return "POST".equals(method) || "PUT".equals(method) || "PATCH".equals(method);
    }

    private HttpTransportResponse read(Response response) throws IOException {
        ResponseBody body = response.body();
        BufferedSource source = body.source();
        long length = body.contentLength();
        if (length >= 0 && length <= maxBodyBytes) {
            // The usual case, a Content-Length within the cap: read exactly that much, with no staging buffer.
            return HttpTransportResponse.of(response.code(), lines(response.headers()), source.readByteArray(length), false);
        }
        Buffer buffer = new Buffer();
        boolean truncated = false;
        while (buffer.size() <= maxBodyBytes) {
            long n = source.read(buffer, 8192);
            if (n == -1) {
                break;
            }
        }
        if (buffer.size() > maxBodyBytes) {
            truncated = true;
            Buffer kept = new Buffer();
            buffer.read(kept, maxBodyBytes);
            buffer = kept;
        }
        return HttpTransportResponse.of(response.code(), lines(response.headers()), buffer.readByteArray(), truncated);
    }

    private static String[] lines(Headers headers) {
        String[] out = new String[2 * headers.size()];
        for (int i = 0; i < headers.size(); i++) {
            out[2 * i] = headers.name(i);
            out[2 * i + 1] = headers.value(i);
        }
        return out;
    }

    /** Whether an I/O failure means the calling thread was interrupted (as opposed to a timeout). */
    static boolean isInterruption(IOException e) {
        return HttpTransport.isInterruption(e);
    }

    /**
     * Stops: refuses new exchanges, cancels the queued ones (never sent), lets those on the wire finish for
     * up to {@code grace}, cancels what is left, then releases the threads and connections it owns.
     */
    @Override
    public void shutdown(Duration grace) {
        closed = true;
        watchdog.close();
        Dispatcher dispatcher = client.dispatcher();
        long deadline = System.nanoTime() + grace.toNanos();
        while (true) {
            for (Call queued : dispatcher.queuedCalls()) {
                queued.cancel();
            }
            if (inFlight.get() == 0 || System.nanoTime() >= deadline) {
                break;
            }
            LockSupport.parkNanos(Math.min(10_000_000L, Math.max(0, deadline - System.nanoTime())));
        }
        dispatcher.cancelAll();
        if (owned) {
            dispatcher.executorService().shutdown();
            client.connectionPool().evictAll();
        }
    }

}
