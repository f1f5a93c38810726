package dev.migsdk.testkit;

import dev.migsdk.testkit.internal.Rfc3986;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Routes each request to its service, applies queued faults, records it in the journal and answers. */
final class EmulatorDispatcher extends Dispatcher {
    private static final Logger LOG = LoggerFactory.getLogger(MigrationEmulator.class);

    private final Clock clock;
    private final AlibabaApi alibaba;
    private final HuaweiApi huawei;
    private final Faults faults;
    private final Journal journal;
    private final RateLimits rateLimits;
    private volatile MockWebServer server;

    EmulatorDispatcher(Clock clock, AlibabaApi alibaba, HuaweiApi huawei, Faults faults, Journal journal,
                       RateLimits rateLimits) {
        this.rateLimits = rateLimits;
        this.clock = clock;
        this.alibaba = alibaba;
        this.huawei = huawei;
        this.faults = faults;
        this.journal = journal;
    }

    void attach(MockWebServer server) {
        this.server = server;
    }

    @Override
    public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
        drainServerQueue();
        Exchange ex = new Exchange(request, clock.instant());
        Reply reply;
        Faults.Fault fault = null;
        boolean alibabaRoute = "/".equals(ex.rawPath);
        try {
            if (alibabaRoute) {
                ex.service = AlibabaApi.route(ex);
            } else if (!HuaweiApi.isIam(ex)) {
                ex.service = HuaweiApi.route(ex);
            }
            fault = ex.service == null ? null : faults.poll(ex.service);
            FaultKind kind = fault == null ? null : fault.kind();
            if (kind == FaultKind.DROP_CONNECTION) {
                record(ex, 0, null, null, kind);
                return new MockResponse.Builder().onResponseStart(new SocketEffect.CloseSocket()).build();
            }
            if (kind == null && ex.service != null && !rateLimits.tryAcquire(ex.service)) {
                reply = alibabaRoute ? alibaba.throttled(ex) : huawei.throttled();
            } else if (kind == FaultKind.THROTTLE) {
                reply = alibabaRoute ? alibaba.throttled(ex) : huawei.throttled();
                if (fault.duration() != null) {
                    long seconds = (fault.duration().toMillis() + 999) / 1000;
                    reply = reply.withHeader("Retry-After", String.valueOf(seconds));
                }
            } else if (kind == FaultKind.FAIL) {
                reply = alibabaRoute ? alibaba.unavailable(ex) : huawei.unavailable();
            } else if (kind == FaultKind.TRUNCATE) {
                reply = alibabaRoute ? alibaba.success(ex) : huawei.truncatable();
            } else if (HuaweiApi.isIam(ex)) {
                reply = huawei.createToken(ex);
            } else {
                reply = alibabaRoute ? alibaba.handle(ex) : huawei.handle(ex);
            }
        } catch (RuntimeException e) {
            LOG.warn("Emulator failed to handle {} {}", ex.method, ex.rawPath, e);
            reply = alibabaRoute
                    ? alibaba.error(ex, 500, "InternalError", "The emulator failed to handle the request.")
                    : HuaweiApi.gatewayError(500, "InternalError", "The emulator failed to handle the request.");
        }
        FaultKind kind = fault == null ? null : fault.kind();
        record(ex, reply.status(), reply.errorCode(), reply.requestId(), kind);
        MockResponse.Builder response = toResponse(reply, ex);
        if (kind == FaultKind.DROP_RESPONSE_AFTER_PROCESSING) {
            return new MockResponse.Builder().onResponseStart(new SocketEffect.CloseSocket()).build();
        }
        if (kind == FaultKind.TRUNCATE) {
            response.onResponseBody(new SocketEffect.CloseSocket());
        }
        if (kind == FaultKind.DELAY) {
            response.headersDelay(fault.duration().toNanos(), TimeUnit.NANOSECONDS);
        }
        return response.build();
    }

    private MockResponse.Builder toResponse(Reply reply, Exchange ex) {
        MockResponse.Builder b = new MockResponse.Builder().code(reply.status());
        b.setHeader("Date", Bodies.httpDate(ex.now));
        for (Map.Entry<String, String> h : reply.headers().entrySet()) {
            b.setHeader(h.getKey(), h.getValue());
        }
        if (reply.contentType() != null) {
            b.setHeader("Content-Type", reply.contentType());
        }
        b.body(reply.body());
        return b;
    }

    private void record(Exchange ex, int status, String errorCode, String requestId, FaultKind fault) {
        String path;
        try {
            path = Rfc3986.decode(ex.rawPath);
        } catch (IllegalArgumentException e) {
            path = ex.rawPath;
        }
        journal.record(new JournalEntry(ex.now, ex.service, ex.operation, ex.method, path, ex.paramMap(),
                ex.headers.toMultimap(), new String(ex.body, StandardCharsets.UTF_8), status, errorCode, requestId,
                fault));
        if (LOG.isDebugEnabled()) {
            LOG.debug("{} {} {} {} -> {} {}{}", ex.service, ex.operation, ex.method, path, status,
                    errorCode == null ? "" : errorCode, fault == null ? "" : " (fault " + fault + ")");
        }
    }

    /** MockWebServer queues every request for takeRequest(); the emulator keeps its own journal instead. */
    private void drainServerQueue() throws InterruptedException {
        MockWebServer s = server;
        if (s != null) {
            while (s.takeRequest(0, TimeUnit.NANOSECONDS) != null) {
                // discard
            }
        }
    }
}
