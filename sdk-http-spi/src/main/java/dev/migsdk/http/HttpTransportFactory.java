package dev.migsdk.http;

/**
 * Makes the {@link HttpTransport} of a client. A client builder uses the factory it was given
 * ({@code httpTransport(...)}); without one it takes the first found by {@link java.util.ServiceLoader}
 * (an implementation module declares {@code provides dev.migsdk.http.HttpTransportFactory with ...}, or lists
 * its class in {@code META-INF/services/dev.migsdk.http.HttpTransportFactory}). A factory is thread-safe and
 * may be shared by many clients.
 */
public interface HttpTransportFactory {

    /**
     * A new transport with these options. It belongs to the client that asked for it, which shuts it down
     * when it closes.
     *
     * @throws IllegalStateException the transport cannot work here (e.g. conflicting library versions on the
     *                               class path); the message says what was found and how to fix it
     */
    HttpTransport create(HttpTransportOptions options);

    /** A short name for messages and logs, e.g. {@code okhttp} or {@code jdk}. */
    String name();
}
