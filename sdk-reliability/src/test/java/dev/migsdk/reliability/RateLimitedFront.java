package dev.migsdk.reliability;

import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.util.concurrent.atomic.AtomicLong;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.Headers;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * A server-side rate limit in front of the emulator (test code, not a testkit change): a token bucket of
 * {@code ratePerSecond} with {@code burst} tokens. A request that finds a token is forwarded to the
 * emulator byte for byte ({@code Host} kept, so signatures still verify); one that does not is answered
 * the way the real gateways throttle (Alibaba 400 {@code Throttling.User}, Huawei 429 {@code APIGW.0308}).
 */
final class RateLimitedFront implements AutoCloseable {
    private final MockWebServer server = new MockWebServer();
    private final OkHttpClient forwarder = new OkHttpClient.Builder().retryOnConnectionFailure(false)
            .followRedirects(false).build();
    private final URI target;
    private final double ratePerSecond;
    private final double burst;
    private final AtomicLong forwarded = new AtomicLong();
    private final AtomicLong throttled = new AtomicLong();
    private double tokens;
    private long last = System.nanoTime();

    RateLimitedFront(URI target, double ratePerSecond, int burst) throws IOException {
        this.target = target;
        this.ratePerSecond = ratePerSecond;
        this.burst = burst;
        this.tokens = burst;
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                return handle(request);
            }
        });
        server.start(InetAddress.getByName("127.0.0.1"), 0);
    }

    URI endpoint() {
        return URI.create("http://127.0.0.1:" + server.getPort());
    }

    long forwarded() {
        return forwarded.get();
    }

    long throttled() {
        return throttled.get();
    }

    private synchronized boolean take() {
        long now = System.nanoTime();
        tokens = Math.min(burst, tokens + (now - last) / 1e9 * ratePerSecond);
        last = now;
        if (tokens >= 1) {
            tokens -= 1;
            return true;
        }
        return false;
    }

    private MockResponse handle(RecordedRequest r) {
        boolean alibaba = "/".equals(r.getUrl().encodedPath());
        if (!take()) {
            throttled.incrementAndGet();
            return alibaba
                    ? new MockResponse.Builder().code(400).setHeader("Content-Type", "application/json")
                            .body("{\"RequestId\":\"FRONT-" + throttled.get() + "\",\"Code\":\"Throttling.User\","
                                    + "\"Message\":\"Request was denied due to user flow control.\"}").build()
                    : new MockResponse.Builder().code(429).setHeader("Content-Type", "application/json")
                            .setHeader("X-Request-Id", "front-" + throttled.get())
                            .body("{\"error_code\":\"APIGW.0308\",\"error_msg\":\"The throttling threshold has been "
                                    + "reached\"}").build();
        }
        forwarded.incrementAndGet();
        String query = r.getUrl().encodedQuery();
        String url = target + r.getUrl().encodedPath() + (query == null ? "" : "?" + query);
        Headers.Builder h = new Headers.Builder();
        r.getHeaders().forEach(p -> {
            String name = p.getFirst();
            if (!name.equalsIgnoreCase("Content-Length") && !name.equalsIgnoreCase("Connection")
                    && !name.equalsIgnoreCase("Accept-Encoding")) {
                h.add(name, p.getSecond());
            }
        });
        byte[] body = r.getBody() == null ? new byte[0] : r.getBody().toByteArray();
        String ct = r.getHeaders().get("Content-Type");
        RequestBody rb = body.length == 0 && !"POST".equals(r.getMethod()) ? null
                : RequestBody.create(body, ct == null ? null : MediaType.parse(ct));
        Request forward = new Request.Builder().url(url).headers(h.build()).method(r.getMethod(), rb).build();
        try (Response resp = forwarder.newCall(forward).execute()) {
            MockResponse.Builder b = new MockResponse.Builder().code(resp.code());
            resp.headers().forEach(p -> {
                if (!p.getFirst().equalsIgnoreCase("Content-Length")) {
                    b.addHeader(p.getFirst(), p.getSecond());
                }
            });
            return b.body(resp.body().string()).build();
        } catch (IOException e) {
            return new MockResponse.Builder().code(502).body("front: " + e).build();
        }
    }

    @Override
    public void close() {
        server.close();
        forwarder.dispatcher().executorService().shutdown();
        forwarder.connectionPool().evictAll();
    }
}
