package dev.migsdk.reliability;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * An HTTP server on a plain {@link ServerSocket} (127.0.0.1), for answers MockWebServer will not give: a
 * malformed status line, or a body dripped one byte every {@code dripEvery} (a server no read timeout
 * catches). Each connection reads one request head, writes {@code head}, then the body (at once, or
 * dripped), then closes. It stops itself after {@code lifetime}, whoever forgets to close it, and records
 * when each connection was accepted.
 */
final class RawServer implements AutoCloseable {
    private final ServerSocket listener;
    private final byte[] head;
    private final byte[] body;
    private final Duration dripEvery;
    private final long startNanos = System.nanoTime();
    private final long stopNanos;
    private final List<Long> acceptedNanos = new ArrayList<>();
    private final List<Socket> sockets = new ArrayList<>();
    private final Thread acceptor;
    private volatile boolean closed;

    private RawServer(String head, String body, Duration dripEvery, Duration lifetime) {
        this.head = head.getBytes(StandardCharsets.UTF_8);
        this.body = body.getBytes(StandardCharsets.UTF_8);
        this.dripEvery = dripEvery;
        this.stopNanos = startNanos + lifetime.toNanos();
        try {
            listener = new ServerSocket(0, 50, InetAddress.getByName("127.0.0.1"));
            listener.setSoTimeout(100);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        acceptor = new Thread(this::acceptLoop, "raw-server-" + listener.getLocalPort());
        acceptor.setDaemon(true);
        acceptor.start();
    }

    /** Sends {@code head} (status line and headers, CRLF-terminated) and then {@code body} one byte every {@code every}. */
    static RawServer drip(String head, String body, Duration every, Duration lifetime) {
        return new RawServer(head, body, every, lifetime);
    }

    /** Sends {@code head} and {@code body} at once, on every connection. */
    static RawServer answer(String head, String body, Duration lifetime) {
        return new RawServer(head, body, Duration.ZERO, lifetime);
    }

    URI endpoint() {
        return URI.create("http://127.0.0.1:" + listener.getLocalPort());
    }

    synchronized int connections() {
        return acceptedNanos.size();
    }

    /** When each connection was accepted, since the server started. */
    synchronized List<Duration> acceptedAt() {
        return acceptedNanos.stream().map(n -> Duration.ofNanos(n - startNanos)).toList();
    }

    private boolean running() {
        return !closed && System.nanoTime() < stopNanos;
    }

    private void acceptLoop() {
        int n = 0;
        while (running()) {
            Socket s;
            try {
                s = listener.accept();
            } catch (SocketTimeoutException e) {
                continue;
            } catch (IOException e) {
                break;
            }
            synchronized (this) {
                acceptedNanos.add(System.nanoTime());
                sockets.add(s);
            }
            Thread t = new Thread(() -> serve(s), "raw-server-conn-" + (++n));
            t.setDaemon(true);
            t.start();
        }
        close();
    }

    private void serve(Socket s) {
        try (s) {
            InputStream in = s.getInputStream();
            OutputStream out = s.getOutputStream();
            s.setSoTimeout(5_000);
            readHead(in);
            out.write(head);
            out.flush();
            if (dripEvery.isZero()) {
                out.write(body);
                out.flush();
                return;
            }
            for (byte b : body) {
                long left = (stopNanos - System.nanoTime()) / 1_000_000;
                if (!running() || left <= 0) {
                    return;
                }
                // Waiting on the socket rather than sleeping: a client that hangs up ends the wait (read gives -1).
                s.setSoTimeout((int) Math.min(dripEvery.toMillis(), left));
                try {
                    if (in.read() < 0) {
                        return;
                    }
                } catch (SocketTimeoutException e) {
                    out.write(b);
                    out.flush();
                }
            }
        } catch (IOException e) {
            // the client went away: that is what the tests provoke
        }
    }

    private static void readHead(InputStream in) throws IOException {
        ByteArrayOutputStream seen = new ByteArrayOutputStream();
        int state = 0;
        while (state < 4 && seen.size() < 65_536) {
            int c = in.read();
            if (c < 0) {
                throw new IOException("request head cut short");
            }
            seen.write(c);
            state = (c == '\r' && (state == 0 || state == 2)) || (c == '\n' && (state == 1 || state == 3)) ? state + 1
                    : c == '\r' ? 1 : 0;
        }
    }

    @Override
    public void close() {
        closed = true;
        List<Socket> open;
        synchronized (this) {
            open = new ArrayList<>(sockets);
        }
        try {
            listener.close();
        } catch (IOException ignored) {
            // closing
        }
        for (Socket s : open) {
            try {
                s.close();
            } catch (IOException ignored) {
                // closing
            }
        }
    }
}
