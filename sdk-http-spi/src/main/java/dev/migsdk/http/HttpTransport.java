package dev.migsdk.http;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

/**
 * Carries one client's HTTP exchanges. migsdk signs, retries, decodes and times calls itself; a transport only
 * sends a request it is given and reads the answer. An implementation is thread-safe and must:
 * <ul>
 *   <li>never follow redirects nor retry on its own (a 3xx is an answer like any other);</li>
 *   <li>read at most {@link HttpTransportOptions#maxResponseBytes()} of a body and say whether it cut it
 *       ({@link HttpTransportResponse#bodyTruncated()});</li>
 *   <li>report a connect or read timeout as a {@link SocketTimeoutException}, the passing of the
 *       {@code timeout} given to a call as an {@link InterruptedIOException} with the message {@code timeout},
 *       and an interrupted sync caller as an {@link InterruptedIOException} with the message
 *       {@code interrupted} (the caller keeps its interrupt flag) - see {@link #isInterruption};</li>
 *   <li>reuse connections across calls;</li>
 *   <li>refuse new exchanges once {@link #shutdown} has begun, with an {@link IOException}.</li>
 * </ul>
 * Implementations come from an {@link HttpTransportFactory}.
 */
public interface HttpTransport extends AutoCloseable {

    /**
     * Sends {@code request} on the calling thread and waits for the whole answer. {@code timeout} bounds the
     * whole exchange ({@code null} for none). An interrupt of the caller ends the wait promptly.
     *
     * @throws IOException no answer (see the class description for timeouts and interrupts)
     */
    HttpTransportResponse execute(HttpTransportRequest request, Duration timeout) throws IOException;

    /**
     * Sends {@code request} without blocking the caller. The future fails with the {@link IOException};
     * cancelling it cancels the exchange. {@code timeout} bounds the whole exchange ({@code null} for none).
     */
    CompletableFuture<HttpTransportResponse> executeAsync(HttpTransportRequest request, Duration timeout);

    /**
     * Stops: refuses new exchanges, lets those already on the wire finish for up to {@code grace}, cancels
     * what is left, and releases the threads and connections the transport owns.
     */
    void shutdown(Duration grace);

    /** {@link #shutdown} without a grace period. */
    @Override
    default void close() {
        shutdown(Duration.ZERO);
    }

    /** Whether {@code e} means the calling thread was interrupted (not a timeout, not a network failure). */
    static boolean isInterruption(IOException e) {
        return e instanceof InterruptedIOException && !(e instanceof SocketTimeoutException)
                && "interrupted".equals(e.getMessage());
    }
}
