package dev.migsdk.http.jdk.internal;

import dev.migsdk.http.HttpTransport;
import dev.migsdk.http.HttpTransportOptions;
import dev.migsdk.http.HttpTransportRequest;
import dev.migsdk.http.HttpTransportResponse;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.Authenticator;
import java.net.InetSocketAddress;
import java.net.PasswordAuthentication;
import java.net.ProxySelector;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * The {@link HttpTransport} on one {@link HttpClient} with its own daemon executor. What the JDK client does
 * not do itself is done here: the body cap ({@link CappedBody}), at most {@code maxConcurrency} async exchanges
 * (more wait in a queue), the whole-exchange timeout, and shutdown with a grace period (the JDK 17 client has
 * no {@code close()}). The read timeout is the JDK's request timeout: the longest wait for the answer's head;
 * a body that stalls afterwards is bounded by the attempt timeout only. The JDK client has no write timeout.
 * Internal API.
 */
public final class JdkHttpTransport implements HttpTransport {
    /** Headers the JDK client sets itself and refuses from callers. */
    private static final Set<String> RESTRICTED = Set.of("host", "content-length", "connection", "expect", "upgrade");
    private static final AtomicInteger THREADS = new AtomicInteger();

    private final HttpClient client;
    private final ExecutorService executor;
    private final ScheduledThreadPoolExecutor timer;
    private final Duration readTimeout;
    private final long maxBodyBytes;
    private final HttpResponse.BodyHandler<CappedBody.Result> bodyHandler;
    /** Exchanges started and not yet finished, sync and async; {@link #shutdown} waits for them. */
    private final AtomicInteger inFlight = new AtomicInteger();
    /** The JDK futures of exchanges on the wire, cancelled when the grace runs out. */
    private final Set<CompletableFuture<?>> running = ConcurrentHashMap.newKeySet();
    private final Queue<Pending> waiting = new ConcurrentLinkedQueue<>();
    private final AtomicInteger permits;
    private volatile boolean closed;

    public JdkHttpTransport(HttpTransportOptions o) {
        int id = THREADS.incrementAndGet();
        this.executor = Executors.newCachedThreadPool(daemon("migsdk-jdk-http-" + id));
        this.timer = new ScheduledThreadPoolExecutor(1, daemon("migsdk-jdk-http-timer-" + id));
        timer.setRemoveOnCancelPolicy(true);
        HttpClient.Builder b = HttpClient.newBuilder()
                .executor(executor)
                .followRedirects(HttpClient.Redirect.NEVER)
                .version(HttpClient.Version.HTTP_2)
                .connectTimeout(o.connectTimeout() != null ? o.connectTimeout() : HttpTransportOptions.DEFAULT_CONNECT_TIMEOUT);
        if (o.proxyHost() != null) {
            b.proxy(ProxySelector.of(InetSocketAddress.createUnresolved(o.proxyHost(), o.proxyPort())));
            if (o.proxyUsername() != null) {
                String user = o.proxyUsername();
                String password = o.proxyPassword();
                b.authenticator(new Authenticator() {
                    @Override
                    protected PasswordAuthentication getPasswordAuthentication() {
                        return getRequestorType() == RequestorType.PROXY
                                ? new PasswordAuthentication(user, password.toCharArray()) : null;
                    }
                });
            }
        }
        this.client = b.build();
        this.readTimeout = o.readTimeout() != null ? o.readTimeout() : HttpTransportOptions.DEFAULT_READ_TIMEOUT;
        this.maxBodyBytes = o.maxResponseBytes();
        this.bodyHandler = CappedBody.handler(maxBodyBytes);
        this.permits = new AtomicInteger(o.maxConcurrency());
    }

    @Override
    public HttpTransportResponse execute(HttpTransportRequest request, Duration timeout) throws IOException {
        if (Thread.currentThread().isInterrupted()) {
            throw new InterruptedIOException("interrupted");
        }
        HttpRequest jdk = toJdk(request);
        enter();
        CompletableFuture<HttpResponse<CappedBody.Result>> f = null;
        try {
            f = client.sendAsync(jdk, bodyHandler);
            running.add(f);
            if (closed) {
                f.cancel(true); // shutdown began meanwhile and may have missed this one
            }
            HttpResponse<CappedBody.Result> r = timeout == null ? f.get() : f.get(timeout.toNanos(), TimeUnit.NANOSECONDS);
            return convert(r);
        } catch (InterruptedException e) {
            f.cancel(true);
            Thread.currentThread().interrupt();
            InterruptedIOException io = new InterruptedIOException("interrupted");
            io.initCause(e);
            throw io;
        } catch (TimeoutException e) {
            f.cancel(true);
            InterruptedIOException io = new InterruptedIOException("timeout");
            io.initCause(e);
            throw io;
        } catch (ExecutionException | CancellationException e) {
            throw failure(e);
        } finally {
            if (f != null) {
                running.remove(f);
            }
            inFlight.decrementAndGet();
        }
    }

    @Override
    public CompletableFuture<HttpTransportResponse> executeAsync(HttpTransportRequest request, Duration timeout) {
        HttpRequest jdk;
        try {
            jdk = toJdk(request);
            enter();
        } catch (IOException | RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
        Pending p = new Pending(jdk, timeout);
        p.result.whenComplete((r, e) -> {
            if (p.result.isCancelled()) {
                CompletableFuture<?> on = p.onWire;
                if (on != null) {
                    on.cancel(true);
                }
            }
        });
        waiting.add(p);
        drain();
        return p.result;
    }

    /** Starts waiting exchanges while permits last. */
    private void drain() {
        while (!waiting.isEmpty()) {
            int n = permits.get();
            if (n == 0) {
                return;
            }
            if (!permits.compareAndSet(n, n - 1)) {
                continue;
            }
            Pending p = waiting.poll();
            if (p == null) {
                permits.incrementAndGet();
                continue;
            }
            start(p);
        }
    }

    private void start(Pending p) {
        if (p.result.isDone() || closed) { // cancelled while waiting, or shutting down
            p.result.completeExceptionally(new IOException("Canceled: the client is closed"));
            done(p);
            return;
        }
        CompletableFuture<HttpResponse<CappedBody.Result>> f;
        try {
            f = client.sendAsync(p.request, bodyHandler);
        } catch (RuntimeException e) {
            p.result.completeExceptionally(new IOException(e.toString(), e));
            done(p);
            return;
        }
        p.onWire = f;
        running.add(f);
        if (p.timeout != null) {
            p.timer = timer.schedule(() -> {
                p.result.completeExceptionally(new InterruptedIOException("timeout"));
                f.cancel(true);
            }, p.timeout.toNanos(), TimeUnit.NANOSECONDS);
        }
        if (p.result.isCancelled()) {
            f.cancel(true);
        }
        f.whenComplete((r, e) -> {
            running.remove(f);
            ScheduledFuture<?> t = p.timer;
            if (t != null) {
                t.cancel(false);
            }
            HttpTransportResponse answer = null;
            IOException failure = null;
            if (e == null) {
                try {
                    answer = convert(r);
                } catch (IOException io) {
                    failure = io;
                }
            } else {
                failure = failure(e);
            }
            done(p);
            if (answer != null) {
                p.result.complete(answer);
            } else {
                p.result.completeExceptionally(failure);
            }
        });
    }

    /** An async exchange has ended: its permit goes to the next waiting one. */
    private void done(Pending p) {
        inFlight.decrementAndGet();
        permits.incrementAndGet();
        drain();
    }

    /** Counts an exchange in, or refuses it after {@link #shutdown} (checked after counting, so none slips past). */
    private void enter() throws IOException {
        inFlight.incrementAndGet();
        if (closed) {
            inFlight.decrementAndGet();
            throw new IOException("Canceled: the client is closed");
        }
    }

    private HttpRequest toJdk(HttpTransportRequest r) {
        StringBuilder uri = new StringBuilder(128).append(r.scheme()).append("://");
        String host = r.host();
        uri.append(host.indexOf(':') >= 0 ? "[" + host + "]" : host);
        int port = r.port();
        boolean defaultPort = port == -1 || ("https".equals(r.scheme()) && port == 443)
                || ("http".equals(r.scheme()) && port == 80);
        if (!defaultPort) {
            uri.append(':').append(port); // never the default port: the Host header the SDK signed has none
        }
        uri.append(r.encodedPath());
        if (r.encodedQuery() != null) {
            uri.append('?').append(r.encodedQuery());
        }
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(uri.toString())).timeout(readTimeout);
        if ("http".equals(r.scheme())) {
            b.version(HttpClient.Version.HTTP_1_1); // no h2c upgrade dance on plain connections
        }
        for (int i = 0, n = r.headerCount(); i < n; i++) {
            String name = r.headerName(i);
            if (!RESTRICTED.contains(name.toLowerCase(Locale.ROOT))) {
                b.header(name, r.headerValue(i));
            }
        }
        byte[] body = r.body();
        String m = r.method();
        b.method(m, body.length > 0 || "POST".equals(m) || "PUT".equals(m) || "PATCH".equals(m)
                ? HttpRequest.BodyPublishers.ofByteArray(body) : HttpRequest.BodyPublishers.noBody());
        return b.build();
    }

    private static HttpTransportResponse convert(HttpResponse<CappedBody.Result> r) throws IOException {
        Map<String, List<String>> map = r.headers().map();
        List<String> lines = new ArrayList<>(2 * map.size() + 2);
        for (Map.Entry<String, List<String>> e : map.entrySet()) {
            if (e.getKey().startsWith(":")) {
                continue; // HTTP/2 pseudo-headers
            }
            for (String v : e.getValue()) {
                lines.add(e.getKey());
                lines.add(v);
            }
        }
        CappedBody.Result body = r.body();
        if (body == null) {
            throw new IOException("no body read");
        }
        return HttpTransportResponse.of(r.statusCode(), lines.toArray(new String[0]), body.bytes(), body.truncated());
    }

    /** The transport contract's exception for a JDK client failure. */
    private static IOException failure(Throwable e) {
        Throwable t = e;
        while ((t instanceof ExecutionException || t instanceof CompletionException) && t.getCause() != null) {
            t = t.getCause();
        }
        if (t instanceof HttpConnectTimeoutException) {
            SocketTimeoutException s = new SocketTimeoutException("connect timed out");
            s.initCause(t);
            return s;
        }
        if (t instanceof HttpTimeoutException) {
            SocketTimeoutException s = new SocketTimeoutException("read timed out (no answer within the read timeout)");
            s.initCause(t);
            return s;
        }
        if (t instanceof InterruptedIOException io) {
            return io; // our own "timeout"
        }
        if (t instanceof IOException io) {
            return io;
        }
        if (t instanceof CancellationException) {
            return new IOException("Canceled", t);
        }
        return new IOException(t.toString(), t);
    }

    @Override
    public void shutdown(Duration grace) {
        closed = true;
        long deadline = System.nanoTime() + grace.toNanos();
        while (true) {
            Pending queued;
            while ((queued = waiting.poll()) != null) {
                queued.result.completeExceptionally(new IOException("Canceled: the client is closed"));
                inFlight.decrementAndGet();
                permits.incrementAndGet();
            }
            if (inFlight.get() <= 0 || System.nanoTime() >= deadline) {
                break;
            }
            LockSupport.parkNanos(Math.min(10_000_000L, Math.max(0, deadline - System.nanoTime())));
        }
        for (CompletableFuture<?> f : running) {
            f.cancel(true);
        }
        timer.shutdownNow();
        executor.shutdown();
        try { // JDK 21 and later can close the client's selector thread and connections at once
            HttpClient.class.getMethod("shutdownNow").invoke(client);
        } catch (ReflectiveOperationException | RuntimeException e) {
            // JDK 17: the selector thread ends when the client is garbage-collected
        }
    }

    private static ThreadFactory daemon(String name) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, name + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    /** An async exchange, waiting for a permit or on the wire. */
    private static final class Pending {
        final HttpRequest request;
        final Duration timeout;
        final CompletableFuture<HttpTransportResponse> result = new CompletableFuture<>();
        volatile CompletableFuture<?> onWire;
        volatile ScheduledFuture<?> timer;

        Pending(HttpRequest request, Duration timeout) {
            this.request = request;
            this.timeout = timeout;
        }
    }
}
