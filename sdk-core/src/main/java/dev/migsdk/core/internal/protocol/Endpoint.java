package dev.migsdk.core.internal.protocol;

import dev.migsdk.core.internal.http.HttpRequest;
import java.net.URI;
import java.util.Objects;

/**
 * Where a client sends its calls. Internal API.
 *
 * @param scheme {@code https}, or {@code http} when plain HTTP was explicitly allowed
 * @param host host name or address
 * @param port port, or -1 for the scheme's default
 */
public record Endpoint(String scheme, String host, int port) {
    public Endpoint {
        Objects.requireNonNull(scheme, "scheme");
        Objects.requireNonNull(host, "host");
    }

    /** Value of the {@code Host} header: the host, plus {@code :port} unless it is the scheme's default. */
    public String hostHeader() {
        return HttpRequest.hostHeader(scheme, host, port);
    }

    /** The endpoint as a URI, e.g. {@code https://smc.aliyuncs.com}. */
    public URI toUri() {
        return URI.create(scheme + "://" + (host.indexOf(':') >= 0 ? "[" + host + "]" : host)
                + (port > 0 ? ":" + port : ""));
    }

    @Override
    public String toString() {
        return toUri().toString();
    }
}
