package dev.migsdk.bench.e2e;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/** Asks the stub how many requests it has served, over a plain socket (no client library involved). */
final class StubClient {
    private StubClient() {
    }

    static long served(int port) {
        try (Socket s = new Socket(InetAddress.getLoopbackAddress(), port)) {
            s.setSoTimeout(10_000);
            OutputStream out = s.getOutputStream();
            out.write("GET /__count HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n"
                    .getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = s.getInputStream();
            String all = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
            return Long.parseLong(all.substring(all.indexOf("\r\n\r\n") + 4).trim());
        } catch (IOException e) {
            throw new IllegalStateException("stub not reachable on port " + port, e);
        }
    }
}
