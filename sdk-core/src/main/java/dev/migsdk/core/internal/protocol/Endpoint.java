package dev.migsdk.core.internal.protocol;

import dev.migsdk.core.internal.http.HttpRequest;
import java.net.URI;
import java.util.Objects;

/**
 * Where a client sends its calls: a scheme, a host name or address, and a port (-1 for the scheme's
 * default). Immutable; its {@code Host} header value is computed once, since every call sends it.
 * Internal API.
 */
public final class Endpoint {
    private final String scheme;
    private final String host;
    private final int port;
    private final String hostHeader;

    /**
     * @param scheme {@code https}, or {@code http} when plain HTTP was explicitly allowed
     * @param host host name or address
     * @param port port, or -1 for the scheme's default
     */
    public Endpoint(String scheme, String host, int port) {
        this.scheme = Objects.requireNonNull(scheme, "scheme");
        this.host = Objects.requireNonNull(host, "host");
        this.port = port;
        this.hostHeader = HttpRequest.hostHeader(scheme, host, port);
    }

    public String scheme() {
        return scheme;
    }

    public String host() {
        return host;
    }

    /** Port, or -1 for the scheme's default. */
    public int port() {
        return port;
    }

    /** Value of the {@code Host} header: the host, plus {@code :port} unless it is the scheme's default. */
    public String hostHeader() {
        return hostHeader;
    }

    /** The endpoint as a URI, e.g. {@code https://smc.aliyuncs.com}. */
    public URI toUri() {
        return URI.create(scheme + "://" + (host.indexOf(':') >= 0 ? "[" + host + "]" : host)
                + (port > 0 ? ":" + port : ""));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Endpoint e && e.port == port && e.scheme.equals(scheme) && e.host.equals(host);
    }

    @Override
    public int hashCode() {
        return Objects.hash(scheme, host, port);
    }

    @Override
    public String toString() {
        return toUri().toString();
    }
}
