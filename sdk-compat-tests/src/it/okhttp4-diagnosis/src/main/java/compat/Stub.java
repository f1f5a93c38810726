package compat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

/** A local HTTP server answering with queued responses (JDK only, so it cannot take sides in a jar conflict). */
final class Stub implements AutoCloseable {
    record Answer(int status, String contentType, String requestId, String body) {
    }

    private final HttpServer server;
    private final ConcurrentLinkedQueue<Answer> answers = new ConcurrentLinkedQueue<>();
    final AtomicInteger requests = new AtomicInteger();
    volatile String lastAuthorization;

    Stub() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            requests.incrementAndGet();
            lastAuthorization = exchange.getRequestHeaders().getFirst("Authorization");
            exchange.getRequestBody().readAllBytes();
            Answer a = answers.poll();
            if (a == null) {
                a = new Answer(500, "text/plain", "none", "no answer queued");
            }
            byte[] body = a.body().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", a.contentType());
            exchange.getResponseHeaders().add("x-acs-request-id", a.requestId());
            exchange.sendResponseHeaders(a.status(), body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
    }

    URI endpoint() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    Stub answer(int status, String contentType, String requestId, String body) {
        answers.add(new Answer(status, contentType, requestId, body));
        return this;
    }

    Stub deleted(String requestId) {
        return answer(200, "application/json", requestId, "{\"RequestId\":\"" + requestId + "\"}");
    }

    Stub xmlError(String requestId) {
        return answer(500, "text/xml", requestId, "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Error><RequestId>"
                + requestId + "</RequestId><Code>InternalError</Code><Message>gateway failure</Message></Error>");
    }

    static void check(boolean ok, String what) {
        if (!ok) {
            throw new AssertionError(what);
        }
        System.out.println("ok: " + what);
    }

    /** The dependency tree this build wrote (maven-dependency-plugin tree), lower-cased. */
    static String tree(String file) throws IOException {
        return Files.readString(Path.of(file)).toLowerCase(Locale.ROOT);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
