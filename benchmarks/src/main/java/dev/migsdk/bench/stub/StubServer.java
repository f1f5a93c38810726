package dev.migsdk.bench.stub;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The benchmarks' stub server: HTTP/1.1 keep-alive on 127.0.0.1, one blocking thread per connection,
 * canned success answers for the five operations. It checks nothing (no signature, no state): both the
 * SDK and the floor hit the same code, so it costs them the same. {@code GET /__count} answers how many
 * other requests it has served, so a client can prove one HTTP request per call.
 *
 * <p>Why a JVM server and not nginx: it ships in the module, needs nothing but the JDK (CI and fresh
 * machines), and returns exactly the providers' bodies and request-id headers. It runs in its own
 * process, so its CPU is not charged to the client being measured.
 *
 * <pre>java -cp benchmarks.jar dev.migsdk.bench.stub.StubServer [portFile] [maxSeconds]</pre>
 */
public final class StubServer {
    /** The answers' parts, also used by the in-process answers ({@code CannedAnswers}). */
    public static final String JSON_TYPE = "application/json;charset=utf-8";
    public static final String SMC_REQUEST_ID = "6C8439B6-3E5C-4A1B-9F4D-8A2E1F0C7D3B";
    public static final String SMC_BODY = "{\"RequestId\":\"" + SMC_REQUEST_ID + "\"}";
    public static final String DTS_REQUEST_ID = "0F3B5A7C-1D2E-4F60-8192-A3B4C5D6E7F8";
    public static final String DTS_BODY = "{\"HttpStatusCode\":200,\"RequestId\":\"" + DTS_REQUEST_ID
            + "\",\"Success\":true}";
    public static final String HUAWEI_REQUEST_ID = "5f2a1c9e8d7b6a5f4e3d2c1b0a998877";

    private static final byte[] SMC = response(200, JSON_TYPE, "x-acs-request-id: " + SMC_REQUEST_ID, SMC_BODY);
    private static final byte[] DTS = response(200, JSON_TYPE, "x-acs-request-id: " + DTS_REQUEST_ID, DTS_BODY);
    private static final byte[] HUAWEI = response(200, null, "X-Request-Id: " + HUAWEI_REQUEST_ID, "");

    private final AtomicLong served = new AtomicLong();

    public static void main(String[] args) throws IOException {
        Path portFile = args.length > 0 ? Path.of(args[0]) : null;
        long maxSeconds = args.length > 1 ? Long.parseLong(args[1]) : 3600;
        // Bounded lifetime: the server stops by itself even if its parent dies.
        Thread killer = new Thread(() -> {
            try {
                Thread.sleep(maxSeconds * 1000);
            } catch (InterruptedException ignored) {
                // exit anyway
            }
            System.exit(0);
        }, "stub-lifetime");
        killer.setDaemon(true);
        killer.start();
        new StubServer().serve(portFile);
    }

    void serve(Path portFile) throws IOException {
        try (ServerSocket server = new ServerSocket(0, 1024, InetAddress.getLoopbackAddress())) {
            String port = Integer.toString(server.getLocalPort());
            if (portFile != null) {
                Path tmp = portFile.resolveSibling(portFile.getFileName() + ".tmp");
                Files.writeString(tmp, port);
                Files.move(tmp, portFile, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            }
            System.out.println("stub listening on 127.0.0.1:" + port);
            System.out.flush();
            while (true) {
                Socket s = server.accept();
                s.setTcpNoDelay(true);
                Thread t = new Thread(() -> handle(s), "stub-conn");
                t.setDaemon(true);
                t.start();
            }
        }
    }

    private void handle(Socket socket) {
        try (socket; InputStream raw = socket.getInputStream(); OutputStream out = socket.getOutputStream()) {
            BufferedInputStream in = new BufferedInputStream(raw, 16 * 1024);
            byte[] head = new byte[16 * 1024];
            while (true) {
                int n = readHead(in, head);
                if (n < 0) {
                    return;
                }
                String text = new String(head, 0, n, StandardCharsets.ISO_8859_1);
                long contentLength = contentLength(text);
                for (long i = 0; i < contentLength; i++) {
                    if (in.read() < 0) {
                        return;
                    }
                }
                byte[] reply;
                if (text.startsWith("GET /__count")) {
                    out.write(response(200, "text/plain", "Connection: close", Long.toString(served.get())));
                    out.flush();
                    return;
                } else {
                    served.incrementAndGet();
                    if (text.startsWith("DELETE ")) {
                        reply = HUAWEI;
                    } else if (text.contains("DeleteDtsJob")) {
                        reply = DTS;
                    } else {
                        reply = SMC;
                    }
                }
                out.write(reply);
                out.flush();
            }
        } catch (IOException ignored) {
            // client went away
        }
    }

    /** Reads up to and including the blank line; returns its length, or -1 at end of stream. */
    private static int readHead(InputStream in, byte[] buf) throws IOException {
        int n = 0;
        while (true) {
            int b = in.read();
            if (b < 0) {
                return -1;
            }
            if (n == buf.length) {
                throw new IOException("request head too large");
            }
            buf[n++] = (byte) b;
            if (n >= 4 && buf[n - 1] == '\n' && buf[n - 2] == '\r' && buf[n - 3] == '\n' && buf[n - 4] == '\r') {
                return n;
            }
        }
    }

    private static long contentLength(String head) {
        int i = indexOfIgnoreCase(head, "\r\ncontent-length:");
        if (i < 0) {
            return 0;
        }
        int start = i + "\r\ncontent-length:".length();
        int end = head.indexOf('\r', start);
        return Long.parseLong(head.substring(start, end).trim());
    }

    private static int indexOfIgnoreCase(String s, String needle) {
        for (int i = 0; i + needle.length() <= s.length(); i++) {
            if (s.regionMatches(true, i, needle, 0, needle.length())) {
                return i;
            }
        }
        return -1;
    }

    private static byte[] response(int status, String contentType, String extraHeader, String body) {
        byte[] b = body.getBytes(StandardCharsets.UTF_8);
        StringBuilder sb = new StringBuilder("HTTP/1.1 ").append(status).append(" OK\r\n");
        sb.append("Date: Mon, 01 Jan 2024 00:00:00 GMT\r\n");
        if (contentType != null) {
            sb.append("Content-Type: ").append(contentType).append("\r\n");
        }
        if (extraHeader != null) {
            sb.append(extraHeader).append("\r\n");
        }
        sb.append("Content-Length: ").append(b.length).append("\r\n\r\n");
        byte[] h = sb.toString().getBytes(StandardCharsets.ISO_8859_1);
        byte[] all = new byte[h.length + b.length];
        System.arraycopy(h, 0, all, 0, h.length);
        System.arraycopy(b, 0, all, h.length, b.length);
        return all;
    }
}
