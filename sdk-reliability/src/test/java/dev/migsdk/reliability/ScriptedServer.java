package dev.migsdk.reliability;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;

/**
 * A MockWebServer on 127.0.0.1 that answers from a script: answer {@code n} (0-based) for the {@code n}-th
 * request since the last {@link #script}, and records every request, so a test can say both what the caller
 * got and how many requests the server saw. The signatures of recorded requests are handed to {@link Secrets}.
 */
final class ScriptedServer implements AutoCloseable {
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

    @Override
    public void close() {
        server.close();
    }
}
