package dev.migsdk.bench.floor;

import dev.migsdk.bench.e2e.Op;
import dev.migsdk.http.HttpTransport;
import dev.migsdk.http.HttpTransportOptions;
import dev.migsdk.http.HttpTransportRequest;
import dev.migsdk.http.HttpTransportResponse;
import dev.migsdk.http.okhttp.OkHttpTransportFactory;
import java.io.IOException;
import java.time.Duration;
import okhttp3.Request;

/**
 * The floor's signed request sent through the SDK's own OkHttp transport (as an SDK client builds it: 64 calls
 * at once, a 40 s attempt timeout, the default response cap) instead of {@code call.execute()}, and decoded as
 * the floor decodes. Everything the SDK adds above its transport is absent, so paired with
 * {@link RebuiltFloorCaller} this isolates the transport's cost. Loader name {@code floor-sdk-transport}.
 */
public final class SdkTransportFloorCaller extends FloorControl {
    private static final Duration ATTEMPT_TIMEOUT = Duration.ofSeconds(40);
    private final HttpTransport transport;

    public SdkTransportFloorCaller(Op op, int port) {
        super(op, port);
        transport = new OkHttpTransportFactory().create(HttpTransportOptions.builder().maxConcurrency(64).build());
    }

    @Override
    void send(Request request) throws IOException {
        HttpTransportResponse r = transport.execute(new View(request), ATTEMPT_TIMEOUT);
        FloorCaller.requestId(r.status(), r.body(), r.body().length > 0 ? null : r.header("X-Request-Id"));
    }

    @Override
    public void close() {
        transport.shutdown(Duration.ofSeconds(1));
        super.close();
    }

    /** An OkHttp request read through the transport's request interface (no copy). */
    private record View(Request r) implements HttpTransportRequest {
        private static final byte[] NO_BODY = new byte[0];

        @Override
        public String method() {
            return r.method();
        }

        @Override
        public String scheme() {
            return r.url().scheme();
        }

        @Override
        public String host() {
            return r.url().host();
        }

        @Override
        public int port() {
            return r.url().port();
        }

        @Override
        public String encodedPath() {
            return r.url().encodedPath();
        }

        @Override
        public String encodedQuery() {
            return r.url().encodedQuery();
        }

        @Override
        public int headerCount() {
            return r.headers().size();
        }

        @Override
        public String headerName(int index) {
            return r.headers().name(index);
        }

        @Override
        public String headerValue(int index) {
            return r.headers().value(index);
        }

        @Override
        public byte[] body() {
            return NO_BODY;
        }
    }
}
