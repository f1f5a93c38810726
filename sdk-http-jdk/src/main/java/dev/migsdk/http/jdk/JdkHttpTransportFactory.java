package dev.migsdk.http.jdk;

import dev.migsdk.http.HttpTransport;
import dev.migsdk.http.HttpTransportFactory;
import dev.migsdk.http.HttpTransportOptions;
import dev.migsdk.http.jdk.internal.JdkHttpTransport;

/**
 * A transport on the JDK's {@link java.net.http.HttpClient}, for applications that cannot take OkHttp 5: no
 * third-party jar. Found by {@link java.util.ServiceLoader} when this module is on the path (and
 * {@code sdk-http-okhttp} is not), or given to a client builder with {@code httpTransport(...)}.
 *
 * <p>Each SDK client gets its own JDK client (HTTP/2 over TLS, HTTP/1.1 in plain text) on its own daemon
 * threads. Differences from the OkHttp transport: the read timeout bounds the wait for an answer's head (a body
 * that stalls later is bounded by the attempt timeout); there is no write timeout; Basic proxy authentication
 * for {@code https} endpoints (a CONNECT tunnel) needs the JDK's
 * {@code -Djdk.http.auth.tunneling.disabledSchemes=""}, which the JDK sets to {@code Basic} by default.
 */
public final class JdkHttpTransportFactory implements HttpTransportFactory {

    /** The factory; stateless, so every instance is alike. */
    public JdkHttpTransportFactory() {
    }

    @Override
    public HttpTransport create(HttpTransportOptions options) {
        return new JdkHttpTransport(options);
    }

    @Override
    public String name() {
        return "jdk";
    }

    @Override
    public String toString() {
        return "JdkHttpTransportFactory";
    }
}
