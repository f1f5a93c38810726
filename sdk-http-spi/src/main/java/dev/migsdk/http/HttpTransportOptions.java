package dev.migsdk.http;

import java.time.Duration;
import java.util.Objects;

/**
 * What a client asks of its transport: timeouts, a proxy, how many exchanges may run at once and how much of
 * a body to read. Built by the client builder from its own settings. Immutable; {@link #toString()} never
 * shows the proxy password.
 */
public final class HttpTransportOptions {
    /** Connect timeout when none is set. */
    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(5);
    /** Read timeout when none is set. */
    public static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(30);
    /** Write timeout when none is set. */
    public static final Duration DEFAULT_WRITE_TIMEOUT = Duration.ofSeconds(30);

    private final Duration connectTimeout;
    private final Duration readTimeout;
    private final Duration writeTimeout;
    private final String proxyHost;
    private final int proxyPort;
    private final String proxyUsername;
    private final String proxyPassword;
    private final int maxConcurrency;
    private final long maxResponseBytes;

    private HttpTransportOptions(Builder b) {
        this.connectTimeout = b.connectTimeout;
        this.readTimeout = b.readTimeout;
        this.writeTimeout = b.writeTimeout;
        this.proxyHost = b.proxyHost;
        this.proxyPort = b.proxyPort;
        this.proxyUsername = b.proxyUsername;
        this.proxyPassword = b.proxyPassword;
        this.maxConcurrency = b.maxConcurrency;
        this.maxResponseBytes = b.maxResponseBytes;
    }

    /** A builder with no timeouts set, no proxy, 64 concurrent exchanges and a 1 MiB body cap. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder starting from these options. */
    public Builder toBuilder() {
        Builder b = new Builder().connectTimeout(connectTimeout).readTimeout(readTimeout).writeTimeout(writeTimeout)
                .maxConcurrency(maxConcurrency).maxResponseBytes(maxResponseBytes);
        b.proxyHost = proxyHost;
        b.proxyPort = proxyPort;
        b.proxyUsername = proxyUsername;
        b.proxyPassword = proxyPassword;
        return b;
    }

    /** The TCP/TLS connect timeout, or {@code null} when not set (the transport's own, else {@link #DEFAULT_CONNECT_TIMEOUT}). */
    public Duration connectTimeout() {
        return connectTimeout;
    }

    /** The longest silence while reading an answer, or {@code null} when not set. */
    public Duration readTimeout() {
        return readTimeout;
    }

    /** The longest stall while writing a request, or {@code null} when not set. */
    public Duration writeTimeout() {
        return writeTimeout;
    }

    /** The HTTP proxy's host, or {@code null} for a direct connection. */
    public String proxyHost() {
        return proxyHost;
    }

    /** The HTTP proxy's port (meaningful only with a {@link #proxyHost()}). */
    public int proxyPort() {
        return proxyPort;
    }

    /** The user for the proxy's Basic authentication, or {@code null} for none. */
    public String proxyUsername() {
        return proxyUsername;
    }

    /** The password for the proxy's Basic authentication, or {@code null} for none. */
    public String proxyPassword() {
        return proxyPassword;
    }

    /** The most async exchanges in flight at once, also per host; more wait in a queue. */
    public int maxConcurrency() {
        return maxConcurrency;
    }

    /** The most body bytes read of one answer; the rest is discarded and the answer marked truncated. */
    public long maxResponseBytes() {
        return maxResponseBytes;
    }

    @Override
    public String toString() {
        return "HttpTransportOptions[connectTimeout=" + connectTimeout + ", readTimeout=" + readTimeout
                + ", writeTimeout=" + writeTimeout + ", proxy=" + (proxyHost == null ? "none" : proxyHost + ":"
                + proxyPort + (proxyUsername == null ? "" : " (authenticated)")) + ", maxConcurrency="
                + maxConcurrency + ", maxResponseBytes=" + maxResponseBytes + "]";
    }

    /** Builder; not thread-safe. */
    public static final class Builder {
        private Duration connectTimeout;
        private Duration readTimeout;
        private Duration writeTimeout;
        private String proxyHost;
        private int proxyPort;
        private String proxyUsername;
        private String proxyPassword;
        private int maxConcurrency = 64;
        private long maxResponseBytes = 1 << 20;

        private Builder() {
        }

        /** The connect timeout ({@code null}: not set). */
        public Builder connectTimeout(Duration timeout) {
            this.connectTimeout = positive(timeout, "connectTimeout");
            return this;
        }

        /** The read timeout ({@code null}: not set). */
        public Builder readTimeout(Duration timeout) {
            this.readTimeout = positive(timeout, "readTimeout");
            return this;
        }

        /** The write timeout ({@code null}: not set). */
        public Builder writeTimeout(Duration timeout) {
            this.writeTimeout = positive(timeout, "writeTimeout");
            return this;
        }

        /**
         * An HTTP proxy; {@code username} and {@code password} (both or neither) for its Basic authentication.
         *
         * @throws IllegalArgumentException the port is not 1 to 65535, or only one of username and password
         *                                  is given
         */
        public Builder proxy(String host, int port, String username, String password) {
            Objects.requireNonNull(host, "proxy host");
            if (port < 1 || port > 65535) {
                throw new IllegalArgumentException("proxy port must be 1 to 65535: " + port);
            }
            if ((username == null) != (password == null)) {
                throw new IllegalArgumentException("proxy username and password go together");
            }
            this.proxyHost = host;
            this.proxyPort = port;
            this.proxyUsername = username;
            this.proxyPassword = password;
            return this;
        }

        /** The most async exchanges in flight at once (at least 1). */
        public Builder maxConcurrency(int max) {
            if (max < 1) {
                throw new IllegalArgumentException("maxConcurrency must be at least 1: " + max);
            }
            this.maxConcurrency = max;
            return this;
        }

        /** The body cap in bytes (at least 1). */
        public Builder maxResponseBytes(long max) {
            if (max < 1) {
                throw new IllegalArgumentException("maxResponseBytes must be at least 1: " + max);
            }
            this.maxResponseBytes = max;
            return this;
        }

        public HttpTransportOptions build() {
            return new HttpTransportOptions(this);
        }

        private static Duration positive(Duration d, String name) {
            if (d != null && (d.isZero() || d.isNegative())) {
                throw new IllegalArgumentException(name + " must be positive: " + d);
            }
            return d;
        }
    }
}
