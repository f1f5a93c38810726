package dev.migsdk.core;

import dev.migsdk.core.internal.util.Validate;
import java.util.Objects;

/**
 * An HTTP proxy for a client, optionally with Basic credentials. Immutable; {@link #toString()} hides
 * the password. Nothing JVM-global is touched.
 */
public final class ProxyConfig {
    private final String host;
    private final int port;
    private final String username;
    private final String password;

    private ProxyConfig(String host, int port, String username, String password) {
        this.host = Validate.token(host, "proxy host");
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("proxy port must be 1..65535 (was " + port + ")");
        }
        this.port = port;
        if ((username == null) != (password == null)) {
            throw new IllegalArgumentException("proxy username and password must be given together");
        }
        this.username = username == null ? null : Validate.token(username, "proxy username");
        this.password = password == null ? null : Validate.credential(password, "proxy password");
    }

    /** A proxy without authentication. */
    public static ProxyConfig of(String host, int port) {
        return new ProxyConfig(host, port, null, null);
    }

    /** A proxy that wants Basic authentication. */
    public static ProxyConfig of(String host, int port, String username, String password) {
        return new ProxyConfig(host, port, Objects.requireNonNull(username, "proxy username"),
                Objects.requireNonNull(password, "proxy password"));
    }

    public String host() {
        return host;
    }

    public int port() {
        return port;
    }

    /** User name for Basic proxy authentication, or {@code null}. */
    public String username() {
        return username;
    }

    /** Password for Basic proxy authentication, or {@code null}. */
    public String password() {
        return password;
    }

    @Override
    public String toString() {
        return "ProxyConfig[" + host + ":" + port + (username == null ? "" : ", username=" + username
                + ", password=***") + "]";
    }
}
