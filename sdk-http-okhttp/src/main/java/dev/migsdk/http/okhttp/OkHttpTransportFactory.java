package dev.migsdk.http.okhttp;

import dev.migsdk.http.HttpTransport;
import dev.migsdk.http.HttpTransportFactory;
import dev.migsdk.http.HttpTransportOptions;
import dev.migsdk.http.okhttp.internal.OkHttpTransport;
import dev.migsdk.http.okhttp.internal.OkHttpVersions;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import okhttp3.ConnectionPool;
import okhttp3.Credentials;
import okhttp3.Dispatcher;
import okhttp3.OkHttpClient;

/**
 * The OkHttp 5 transport, migsdk's default: found by {@link java.util.ServiceLoader} when this module is on the
 * class or module path, or given to a client builder with {@code httpTransport(...)}.
 *
 * <p>Each client gets its own dispatcher admitting at most the client's {@code maxConcurrency} calls, and its own
 * connection pool keeping up to {@code maxConcurrency} idle connections for five minutes
 * (OkHttp's default keeps 5: a client running more calls at once than that closed and reopened connections, a
 * TLS handshake each, all the time). Sync
 * calls run on the caller's thread; their deadline and interrupts are watched by one daemon thread per
 * client rather than with OkHttp call timeouts (cheaper: no shared timeout queue). Redirects and OkHttp's own
 * connection retries are off. Before the first client is built, the OkHttp and okio on the class path are
 * checked: a conflicting pair fails the build with what was found and the fix, never with a
 * {@code NoSuchMethodError} on the first call.
 */
public final class OkHttpTransportFactory implements HttpTransportFactory {
    /** How long an idle pooled connection is kept (OkHttp's default). */
    static final int KEEP_ALIVE_MINUTES = 5;

    private final OkHttpClient client;

    /** The default: a new OkHttp client per SDK client, owned (and shut down) by it. */
    public OkHttpTransportFactory() {
        this.client = null;
    }

    private OkHttpTransportFactory(OkHttpClient client) {
        this.client = client;
    }

    /**
     * Clients that share {@code client}'s threads, connection pool, TLS settings and interceptors. The SDK still
     * uses its own dispatcher (running calls on {@code client.dispatcher().executorService()}), so the SDK
     * builder's {@code maxConcurrency} holds; a connect, read or write timeout or proxy set on the SDK builder
     * replaces the client's, one not set keeps the client's; redirects and OkHttp's connection retries are off.
     * Closing an SDK client shuts down neither the executor nor the pool: they stay yours.
     */
    public static OkHttpTransportFactory using(OkHttpClient client) {
        return new OkHttpTransportFactory(Objects.requireNonNull(client, "client"));
    }

    @Override
    public HttpTransport create(HttpTransportOptions options) {
        String problem = OkHttpVersions.check();
        if (problem != null) {
            throw new IllegalStateException(problem);
        }
        return new OkHttpTransport(okHttpClient(options), client == null, options.maxResponseBytes());
    }

    @Override
    public String name() {
        return "okhttp";
    }

    private OkHttpClient okHttpClient(HttpTransportOptions o) {
        OkHttpClient.Builder b;
        Dispatcher dispatcher;
        if (client != null) {
            b = client.newBuilder();
            dispatcher = new Dispatcher(client.dispatcher().executorService());
        } else {
            b = new OkHttpClient.Builder().connectTimeout(HttpTransportOptions.DEFAULT_CONNECT_TIMEOUT)
                    .readTimeout(HttpTransportOptions.DEFAULT_READ_TIMEOUT)
                    .writeTimeout(HttpTransportOptions.DEFAULT_WRITE_TIMEOUT)
                    .connectionPool(new ConnectionPool(o.maxConcurrency(), KEEP_ALIVE_MINUTES, TimeUnit.MINUTES));
            dispatcher = new Dispatcher();
        }
        dispatcher.setMaxRequests(o.maxConcurrency());
        dispatcher.setMaxRequestsPerHost(o.maxConcurrency());
        b.dispatcher(dispatcher);
        if (o.connectTimeout() != null) {
            b.connectTimeout(o.connectTimeout());
        }
        if (o.readTimeout() != null) {
            b.readTimeout(o.readTimeout());
        }
        if (o.writeTimeout() != null) {
            b.writeTimeout(o.writeTimeout());
        }
        b.followRedirects(false).followSslRedirects(false).retryOnConnectionFailure(false);
        if (o.proxyHost() != null) {
            b.proxy(new Proxy(Proxy.Type.HTTP, InetSocketAddress.createUnresolved(o.proxyHost(), o.proxyPort())));
            if (o.proxyUsername() != null) {
                String basic = Credentials.basic(o.proxyUsername(), o.proxyPassword());
                b.proxyAuthenticator((route, response) -> response.request().header("Proxy-Authorization") != null
                        ? null
                        : response.request().newBuilder().header("Proxy-Authorization", basic).build());
            }
        }
        return b.build();
    }

    @Override
    public String toString() {
        return "OkHttpTransportFactory[" + (client == null ? "own client" : "shared client") + "]";
    }
}
