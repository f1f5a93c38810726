package dev.migsdk.core.internal.http;

import dev.migsdk.core.internal.util.PercentEncoding;
import dev.migsdk.http.HttpTransportRequest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * An HTTP request as the SDK builds and signs it, and as the transport sends it. Immutable.
 *
 * <p>Path segments and query values are held raw (decoded); {@link #encodedPath()} and
 * {@link #encodedQuery()} give the wire form, each segment or value percent-encoded with
 * {@link PercentEncoding}, so a value can never add a segment or a parameter. Header names keep their
 * case; lookups ignore it. Internal API.
 *
 * <p>Signing derives a new request from the marshalled one on every attempt, so derivation is cheap:
 * a {@link #toBuilder() builder} shares this request's (immutable) lists and copies one only when it is
 * changed, and the wire path and query, computed at most once, travel with an unchanged path or query.
 */
public final class HttpRequest implements HttpTransportRequest {
    /** The body of a request without one; never written to, so one array serves every request. */
    private static final byte[] NO_BODY = new byte[0];
    private final String method;
    private final String scheme;
    private final String host;
    private final int port;
    private final List<String> pathSegments;
    private final List<NameValue> query;
    private final List<NameValue> headers;
    private final byte[] body;
    private String encodedPath;
    private String encodedQuery;

    private HttpRequest(Builder b) {
        this.method = Objects.requireNonNull(b.method, "method");
        this.scheme = Objects.requireNonNull(b.scheme, "scheme");
        this.host = Objects.requireNonNull(b.host, "host");
        this.port = b.port;
        this.pathSegments = b.pathSegments.share();
        this.query = b.query.share();
        this.headers = b.headers.share();
        this.body = b.body;
        this.encodedPath = b.encodedPath;
        this.encodedQuery = b.encodedQuery;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder starting from this request; it copies a list only when that list is changed. */
    public Builder toBuilder() {
        Builder b = new Builder().method(method).scheme(scheme).host(host).port(port).body(body);
        b.pathSegments.shareFrom(pathSegments);
        b.query.shareFrom(query);
        b.headers.shareFrom(headers);
        b.encodedPath = encodedPath;
        b.encodedQuery = encodedQuery;
        return b;
    }
    @Override
    public String method() {
        return method;
    }

    @Override
    public String scheme() {
        return scheme;
    }

    @Override
    public String host() {
        return host;
    }

    /** Port, or -1 for the scheme's default. */
    @Override
    public int port() {
        return port;
    }

    /** Value for the {@code Host} header: the host, plus {@code :port} when it is not the scheme's default. */
    public String hostHeader() {
        return hostHeader(scheme, host, port);
    }

    /** {@code Host} header value for a scheme, host and port (-1 for the scheme's default). */
    public static String hostHeader(String scheme, String host, int port) {
        boolean defaultPort = port == -1
                || ("https".equals(scheme) && port == 443)
                || ("http".equals(scheme) && port == 80);
        String h = host.indexOf(':') >= 0 ? "[" + host + "]" : host;
        return defaultPort ? h : h + ":" + port;
    }

    /** Decoded path segments; empty for the root path {@code /}. */
    public List<String> pathSegments() {
        return pathSegments;
    }

    /** Query parameters in insertion order, raw. */
    public List<NameValue> query() {
        return query;
    }

    /** Headers in insertion order. */
    public List<NameValue> headers() {
        return headers;
    }

    @Override
    public int headerCount() {
        return headers.size();
    }

    @Override
    public String headerName(int index) {
        return headers.get(index).name();
    }

    @Override
    public String headerValue(int index) {
        return headers.get(index).value();
    }

    /** First value of the header, ignoring case, or {@code null}. */
    @Override
    public String header(String name) {
        for (int i = 0, n = headers.size(); i < n; i++) { // indexed: no iterator per lookup
            NameValue h = headers.get(i);
            if (h.name().equalsIgnoreCase(name)) {
                return h.value();
            }
        }
        return null;
    }

    /** First value of the query parameter (case-sensitive), or {@code null}. */
    public String queryParameter(String name) {
        for (NameValue p : query) {
            if (p.name().equals(name)) {
                return p.value();
            }
        }
        return null;
    }

    /** Body bytes; empty array for none. */
    @Override
    public byte[] body() {
        return body;
    }

    /** Wire path: {@code /} for no segments, else each segment percent-encoded. */
    @Override
    public String encodedPath() {
        String p = encodedPath;
        if (p == null) {
            if (pathSegments.isEmpty()) {
                p = "/";
            } else {
                StringBuilder sb = new StringBuilder(64);
                for (int i = 0, n = pathSegments.size(); i < n; i++) {
                    sb.append('/').append(PercentEncoding.encode(pathSegments.get(i)));
                }
                p = sb.toString();
            }
            encodedPath = p; // racy but idempotent, like String.hashCode
        }
        return p;
    }

    /** Wire query in insertion order, names and values percent-encoded; {@code null} if there is none. */
    @Override
    public String encodedQuery() {
        if (query.isEmpty()) {
            return null;
        }
        String q = encodedQuery;
        if (q == null) {
            StringBuilder sb = new StringBuilder(128);
            for (int i = 0, n = query.size(); i < n; i++) {
                NameValue p = query.get(i);
                if (sb.length() > 0) {
                    sb.append('&');
                }
                sb.append(PercentEncoding.encode(p.name())).append('=').append(PercentEncoding.encode(p.value()));
            }
            q = sb.toString();
            encodedQuery = q;
        }
        return q;
    }

    /** Builder; not thread-safe. */
    public static final class Builder {
        private String method;
        private String scheme = "https";
        private String host;
        private int port = -1;
        private final CopyOnWrite<String> pathSegments = new CopyOnWrite<>();
        private final CopyOnWrite<NameValue> query = new CopyOnWrite<>();
        private final CopyOnWrite<NameValue> headers = new CopyOnWrite<>();
        private byte[] body = NO_BODY;
        private String encodedPath;
        private String encodedQuery;

        private Builder() {
        }

        public Builder method(String method) {
            this.method = method;
            return this;
        }

        public Builder scheme(String scheme) {
            this.scheme = scheme;
            return this;
        }

        public Builder host(String host) {
            this.host = host;
            return this;
        }

        public Builder port(int port) {
            this.port = port;
            return this;
        }

        /** Appends one decoded path segment. */
        public Builder addPathSegment(String segment) {
            pathSegments.add(Objects.requireNonNull(segment, "segment"));
            encodedPath = null;
            return this;
        }

        public Builder addQuery(String name, String value) {
            return addQuery(new NameValue(name, value));
        }

        public Builder addHeader(String name, String value) {
            headers.add(new NameValue(name, value));
            return this;
        }

        /** Adds a query parameter. */
        public Builder addQuery(NameValue parameter) {
            query.add(Objects.requireNonNull(parameter, "parameter"));
            encodedQuery = null;
            return this;
        }

        /** The headers so far, in insertion order (a read-only view). */
        public List<NameValue> headers() {
            return Collections.unmodifiableList(headers.view());
        }

        /** Replaces every header of that name (ignoring case) with one value. */
        public Builder setHeader(String name, String value) {
            removeHeader(name);
            return addHeader(name, value);
        }

        /** Removes every header with one of these names (ignoring case), in one pass; copies only on a match. */
        public Builder removeHeader(String... names) {
            List<NameValue> current = headers.view();
            for (int i = 0; i < current.size(); i++) {
                if (matchesAny(current.get(i).name(), names)) {
                    headers.mutable().removeIf(h -> matchesAny(h.name(), names));
                    return this;
                }
            }
            return this;
        }

        /**
         * Whether {@code name} equals one of {@code names}, ignoring case. Signing asks this of every header
         * for five names, so a name of another length or first letter is passed over before
         * {@code equalsIgnoreCase} (which cost a fifth of a signature when called for every pair).
         */
        private static boolean matchesAny(String name, String[] names) {
            int length = name.length();
            char first = length == 0 ? 0 : name.charAt(0);
            for (String n : names) {
                if (n.length() != length) {
                    continue;
                }
                char c = length == 0 ? 0 : n.charAt(0);
                // ASCII letters equal ignoring case differ at most in bit 0x20; anything else is left to equalsIgnoreCase
                if (c < 0x80 && first < 0x80 && (c | 0x20) != (first | 0x20)) {
                    continue;
                }
                if (n.equalsIgnoreCase(name)) {
                    return true;
                }
            }
            return false;
        }

        public Builder body(byte[] body) {
            this.body = body == null ? NO_BODY : body;
            return this;
        }

        /** The request; the builder stays usable (a later change copies the lists it shares with it). */
        public HttpRequest build() {
            return new HttpRequest(this);
        }
    }

    /**
     * A list that is either shared (an immutable list of a built request) or owned by the builder. The
     * first change to a shared list copies it; building shares the owned list and drops ownership, so a
     * built request never sees a later change.
     */
    private static final class CopyOnWrite<T> {
        private List<T> list = List.of();
        private boolean owned;

        void shareFrom(List<T> immutable) {
            list = immutable;
            owned = false;
        }

        List<T> view() {
            return list;
        }

        List<T> mutable() {
            if (!owned) {
                List<T> copy = new ArrayList<>(list.size() + 4);
                copy.addAll(list);
                list = copy;
                owned = true;
            }
            return list;
        }

        void add(T item) {
            mutable().add(item);
        }

        List<T> share() {
            if (owned) {
                list = Collections.unmodifiableList(list);
                owned = false;
            }
            return list;
        }
    }
}
