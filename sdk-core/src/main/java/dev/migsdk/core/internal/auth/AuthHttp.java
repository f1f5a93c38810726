package dev.migsdk.core.internal.auth;

import dev.migsdk.core.exception.CredentialsException;
import dev.migsdk.core.internal.http.HttpRequest;
import dev.migsdk.core.internal.http.HttpResponse;
import dev.migsdk.core.internal.http.Transports;
import dev.migsdk.core.internal.util.PercentEncoding;
import dev.migsdk.http.HttpTransport;
import dev.migsdk.http.HttpTransportOptions;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * The small HTTP helper that metadata and IAM providers use, on the transport found on the path (the same
 * kind the clients use): short timeouts, no redirects, no transparent retries; responses are read fully
 * (bounded). Internal API.
 */
public final class AuthHttp {
    /** Largest response body read; metadata and IAM answers are a few KiB. */
    static final long MAX_BODY_BYTES = 1 << 20;

    private AuthHttp() {
    }

    /**
     * A provider's connection to its endpoint: the transport is made on first use (so a provider that is
     * built but never asked needs no transport) and lives as long as the provider.
     */
    public static final class Client {
        private final HttpTransportOptions options;
        private volatile HttpTransport transport;

        private Client(HttpTransportOptions options) {
            this.options = options;
        }

        HttpTransport transport() {
            HttpTransport t = transport;
            if (t == null) {
                synchronized (this) {
                    t = transport;
                    if (t == null) {
                        t = Transports.create(Transports.discovered(), options);
                        transport = t;
                    }
                }
            }
            return t;
        }
    }

    /** A client with these timeouts. */
    public static Client client(Duration connectTimeout, Duration readTimeout) {
        return new Client(HttpTransportOptions.builder().connectTimeout(connectTimeout).readTimeout(readTimeout)
                .writeTimeout(readTimeout).maxConcurrency(4).maxResponseBytes(MAX_BODY_BYTES).build());
    }

    /**
     * An http(s) URL: scheme, host, port (-1 for the scheme's default) and raw (decoded) path segments.
     * {@link #toString()} is the URL without user info or query, as messages show it.
     */
    public record Url(String scheme, String host, int port, List<String> segments) {
        /**
         * This URL with {@code path}'s {@code /}-separated segments appended (e.g. {@code latest/api/token}); a
         * trailing {@code /} is kept.
         */
        public Url plus(String path) {
            List<String> s = open();
            for (String p : path.split("/")) {
                if (!p.isEmpty()) {
                    s.add(p);
                }
            }
            if (path.endsWith("/")) {
                s.add("");
            }
            return new Url(scheme, host, port, Collections.unmodifiableList(s));
        }

        /** This URL with one more segment, taken as it is (a {@code /} in it is encoded, not a separator). */
        public Url plusSegment(String segment) {
            List<String> s = open();
            s.add(segment);
            return new Url(scheme, host, port, Collections.unmodifiableList(s));
        }

        /** The segments, without a trailing empty one (a trailing {@code /}), to append to. */
        private List<String> open() {
            List<String> s = new ArrayList<>(segments);
            if (!s.isEmpty() && s.get(s.size() - 1).isEmpty()) {
                s.remove(s.size() - 1);
            }
            return s;
        }

        /** A request to this URL. */
        public HttpRequest.Builder request(String method) {
            HttpRequest.Builder b = HttpRequest.builder().method(method).scheme(scheme).host(host).port(port);
            for (String s : segments) {
                b.addPathSegment(s);
            }
            return b;
        }

        @Override
        public String toString() {
            StringBuilder sb = new StringBuilder(scheme).append("://").append(HttpRequest.hostHeader(scheme, host, port));
            if (segments.isEmpty()) {
                sb.append('/');
            }
            for (String s : segments) {
                sb.append('/').append(PercentEncoding.encode(s));
            }
            return sb.toString();
        }
    }

    /** A response read into memory. */
    public record Result(int code, HttpResponse response, String body) {
        public boolean successful() {
            return code >= 200 && code < 300;
        }

        /** First value of a response header, or {@code null}. */
        public String header(String name) {
            return response.header(name);
        }
    }

    /**
     * Executes the request. I/O failures become a {@link CredentialsException} naming {@code what} and the
     * URL (never headers or body); an interrupt restores the flag and throws.
     */
    public static Result execute(Client client, HttpRequest request, String what) {
        try {
            HttpResponse response = HttpResponse.of(client.transport().execute(request, null));
            if (response.bodyTruncated()) {
                throw new IOException("response body larger than " + MAX_BODY_BYTES + " bytes");
            }
            return new Result(response.status(), response, new String(response.body(), StandardCharsets.UTF_8));
        } catch (InterruptedIOException e) {
            if (!(e instanceof SocketTimeoutException) || Thread.currentThread().isInterrupted()) {
                Thread.currentThread().interrupt();
                throw new CredentialsException("Interrupted during " + what, e);
            }
            throw new CredentialsException(what + " timed out (" + redact(request) + ")", e);
        } catch (IOException e) {
            throw new CredentialsException(what + " failed (" + redact(request) + "): "
                    + e.getClass().getSimpleName() + ": " + e.getMessage(), e);
        }
    }

    private static String redact(HttpRequest r) {
        return r.scheme() + "://" + r.hostHeader() + r.encodedPath();
    }

    /** The URL without user info or query, for messages. */
    public static String redact(Url url) {
        return url.toString();
    }

    /** Parses and checks an endpoint URL; only {@code https} unless {@code allowHttp}. */
    public static Url endpoint(String url, String field, boolean allowHttp) {
        Url parsed = url == null ? null : parse(url.trim());
        if (parsed == null) {
            throw new IllegalArgumentException(field + " is not an http(s) URL: " + url);
        }
        if (!allowHttp && !parsed.scheme().equals("https")) {
            throw new IllegalArgumentException(field + " must use https (plain http must be enabled explicitly): "
                    + redact(parsed));
        }
        return parsed;
    }

    private static Url parse(String s) {
        URI u;
        try {
            u = new URI(s);
        } catch (java.net.URISyntaxException e) {
            return null;
        }
        String scheme = u.getScheme() == null ? null : u.getScheme().toLowerCase(Locale.ROOT);
        if (!"http".equals(scheme) && !"https".equals(scheme) || u.getHost() == null || u.getHost().isEmpty()) {
            return null;
        }
        String host = u.getHost();
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        int port = u.getPort();
        if (("http".equals(scheme) && port == 80) || ("https".equals(scheme) && port == 443)) {
            port = -1;
        }
        List<String> segments = new ArrayList<>();
        if (u.getPath() != null) {
            for (String p : u.getPath().split("/")) {
                if (!p.isEmpty()) {
                    segments.add(p);
                }
            }
        }
        return new Url(scheme, host.toLowerCase(Locale.ROOT), port, Collections.unmodifiableList(segments));
    }
}
