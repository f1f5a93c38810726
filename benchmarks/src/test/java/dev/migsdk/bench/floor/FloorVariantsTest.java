package dev.migsdk.bench.floor;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.migsdk.bench.e2e.Caller;
import dev.migsdk.bench.e2e.Op;
import dev.migsdk.bench.stub.StubServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The two controls that split the SDK's cost (floor-rebuilt, floor-sdk-transport) put the floor's own request on
 * the wire, unchanged but for its time and nonce, and succeed on the stub's answers: otherwise pairing them would
 * compare different jobs.
 */
class FloorVariantsTest {
    private final List<String> seen = new CopyOnWriteArrayList<>();
    private HttpServer server;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::answer);
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @ParameterizedTest
    @EnumSource(Op.class)
    void theControlsSendTheFloorsRequest(Op op) {
        String floor = sentBy("floor", op);
        String rebuilt = sentBy("floor-rebuilt", op);
        assertThat(sentBy("floor-sdk-transport", op)).isEqualTo(rebuilt);
        // The one difference: like the SDK's transport, the rebuilt request gives a DELETE no body, where
        // OkHttp's delete() sends an empty one (Content-Length: 0).
        assertThat(rebuilt).isEqualTo(floor.startsWith("DELETE ") ? floor.replace("content-length, ", "") : floor);
        assertThat(seen).hasSize(3);
    }

    /** Method, path, query and the sorted header names of the one request {@code impl} sent for {@code op}. */
    private String sentBy(String impl, Op op) {
        int before = seen.size();
        try (Caller caller = Caller.create(impl, op, server.getAddress().getPort())) {
            caller.call();
        }
        assertThat(seen).hasSize(before + 1);
        return seen.get(before);
    }

    private void answer(HttpExchange exchange) throws IOException {
        TreeSet<String> names = new TreeSet<>();
        exchange.getRequestHeaders().keySet().forEach(n -> names.add(n.toLowerCase(Locale.ROOT)));
        seen.add(exchange.getRequestMethod() + " " + exchange.getRequestURI().getRawPath() + "?"
                + exchange.getRequestURI().getRawQuery() + " " + names);
        String action = exchange.getRequestHeaders().getFirst("x-acs-action");
        if (action == null) {
            exchange.getResponseHeaders().add("X-Request-Id", StubServer.HUAWEI_REQUEST_ID);
            exchange.sendResponseHeaders(200, -1);
        } else {
            byte[] body = ("DeleteDtsJob".equals(action) ? StubServer.DTS_BODY : StubServer.SMC_BODY)
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", StubServer.JSON_TYPE);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
        }
        exchange.close();
    }
}
