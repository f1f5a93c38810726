/**
 * The transport SPI: {@link dev.migsdk.http.HttpTransport} carries a client's exchanges, and an
 * {@link dev.migsdk.http.HttpTransportFactory} found by {@link java.util.ServiceLoader} (or given to the client
 * builder) makes one per client. Implementations: {@code sdk-http-okhttp} (the default) and
 * {@code sdk-http-jdk} ({@code java.net.http.HttpClient}, no third-party jar).
 */
package dev.migsdk.http;
