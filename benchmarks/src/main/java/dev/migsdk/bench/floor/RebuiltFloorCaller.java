package dev.migsdk.bench.floor;

import dev.migsdk.bench.e2e.Op;
import java.io.IOException;
import okhttp3.HttpUrl;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * A control for {@link SdkTransportFloorCaller}: the floor's request, rebuilt into a second OkHttp request the
 * way the SDK's transport builds one (base URL reused, encoded path and query set, {@code addHeader} per header,
 * a body only for POST: a DELETE goes without the floor's {@code Content-Length: 0}) and sent with a
 * plain {@code call.execute()} on a client configured as the floor's. Paired with {@code floor-sdk-transport}, the difference is the SDK transport's own work per call (its interrupt and
 * deadline watchdog, its in-flight count, its body read); paired with {@code floor}, the cost of one more request
 * build. Loader name {@code floor-rebuilt}.
 */
public final class RebuiltFloorCaller extends FloorControl {
    private static final RequestBody EMPTY_BODY = RequestBody.create(new byte[0], null);
    private volatile HttpUrl lastBase;

    public RebuiltFloorCaller(Op op, int port) {
        super(op, port);
    }

    @Override
    void send(Request r) throws IOException {
        HttpUrl b = lastBase;
        if (b == null || b.port() != r.url().port() || !b.host().equals(r.url().host())) {
            b = new HttpUrl.Builder().scheme(r.url().scheme()).host(r.url().host()).port(r.url().port()).build();
            lastBase = b;
        }
        HttpUrl.Builder url = b.newBuilder();
        String path = r.url().encodedPath();
        if (!"/".equals(path)) {
            url.encodedPath(path);
        }
        String query = r.url().encodedQuery();
        if (query != null) {
            url.encodedQuery(query);
        }
        Request.Builder rebuilt = new Request.Builder().url(url.build());
        for (int i = 0, n = r.headers().size(); i < n; i++) {
            rebuilt.addHeader(r.headers().name(i), r.headers().value(i));
        }
        rebuilt.method(r.method(), "POST".equals(r.method()) ? EMPTY_BODY : null);
        try (Response response = floor.client().newCall(rebuilt.build()).execute()) {
            byte[] body = response.body().bytes();
            FloorCaller.requestId(response.code(), body, body.length > 0 ? null : response.header("X-Request-Id"));
        }
    }
}
