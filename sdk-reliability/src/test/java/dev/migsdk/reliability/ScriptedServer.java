package dev.migsdk.reliability;

import dev.migsdk.core.SdkResponse;
import dev.migsdk.core.client.SdkClientBuilder;
import dev.migsdk.core.exception.ServiceException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.IntFunction;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A MockWebServer on 127.0.0.1 that answers from a script: answer {@code n} (0-based) for the {@code n}-th
 * request since the last {@link #script}, and records every request, so a test can say both what the caller
 * got and how many requests the server saw. The signatures of recorded requests are handed to {@link Secrets}.
 * Register it as a static {@code @RegisterExtension}: it closes after the class.
 */
final class ScriptedServer implements AutoCloseable, AfterAllCallback {
    private final MockWebServer server = new MockWebServer();
    private final List<RecordedRequest> requests = new ArrayList<>();
    private IntFunction<MockResponse> script = n -> new MockResponse.Builder().code(500).build();

    ScriptedServer() {
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                return answer(request);
            }
        });
        try {
            server.start(InetAddress.getByName("127.0.0.1"), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private synchronized MockResponse answer(RecordedRequest request) {
        requests.add(request);
        String auth = request.getHeaders().get("Authorization");
        Secrets.wire(auth);
        if (auth != null && auth.contains("Signature=")) {
            Secrets.wire(auth.substring(auth.indexOf("Signature=") + "Signature=".length()));
        }
        return script.apply(requests.size() - 1);
    }

    /** Answers every request with {@code answer}. */
    void always(MockResponse answer) {
        script(n -> answer);
    }

    /** Answers the requests in turn; the last answer repeats. */
    void inTurn(MockResponse... answers) {
        script(n -> answers[Math.min(n, answers.length - 1)]);
    }

    /** Sets the script and forgets the requests seen so far. */
    synchronized void script(IntFunction<MockResponse> next) {
        script = next;
        requests.clear();
    }

    synchronized int requestCount() {
        return requests.size();
    }

    synchronized List<RecordedRequest> requests() {
        return List.copyOf(requests);
    }

    URI endpoint() {
        return URI.create("http://127.0.0.1:" + server.getPort());
    }

    /** What one call ended in. */
    record Outcome(SdkResponse response, RuntimeException error, long elapsedMs) {
        /** The call's {@link ServiceException}; fails the test on a result or another exception. */
        ServiceException serviceError(String why) {
            if (error == null) {
                throw new AssertionError(why + ", but got a result: " + response);
            }
            Secrets.seen(error);
            if (!(error instanceof ServiceException e)) {
                throw new AssertionError("expected a ServiceException, got " + error, error);
            }
            return e;
        }
    }

    /** One call of {@code op} on a fresh task id, by a client of this server configured with {@code config}. */
    Outcome call(Op op, Mode mode, Consumer<SdkClientBuilder<?, ?>> config) {
        try (Client client = op.client(endpoint(), mode, config)) {
            String id = op.svc().newId();
            long start = System.nanoTime();
            SdkResponse response = null;
            RuntimeException error = null;
            try {
                response = client.delete(id);
            } catch (RuntimeException e) {
                error = e;
            }
            return new Outcome(response, error, (System.nanoTime() - start) / 1_000_000);
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        close();
    }

    @Override
    public void close() {
        server.close();
    }
}
