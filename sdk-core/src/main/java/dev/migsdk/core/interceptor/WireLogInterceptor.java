package dev.migsdk.core.interceptor;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Logs one INFO line per HTTP attempt to the SLF4J logger {@code dev.migsdk.wire}: service, operation,
 * attempt, method, path, status (or the failure), latency and request id. Never a header value, query
 * or body, so never a secret. Register it with the client builder's {@code addInterceptor}.
 */
public final class WireLogInterceptor implements ExecutionInterceptor {
    private static final String START = "dev.migsdk.wire.start";
    private final Logger log;

    /** Logs to {@code dev.migsdk.wire}. */
    public WireLogInterceptor() {
        this(LoggerFactory.getLogger("dev.migsdk.wire"));
    }

    WireLogInterceptor(Logger log) {
        this.log = log;
    }

    @Override
    public void beforeTransmission(InterceptorContext context) {
        if (log.isInfoEnabled()) {
            context.attributes().put(START, System.nanoTime());
        }
    }

    @Override
    public void afterTransmission(InterceptorContext context) {
        if (!log.isInfoEnabled()) {
            return;
        }
        HttpRequestView request = context.httpRequest();
        HttpResponseView response = context.httpResponse();
        if (response != null) {
            log.info("{} {} attempt={} {} {} status={} latencyMs={} requestId={}", context.service(),
                    context.operation(), context.attempt(), request.method(), request.path(), response.status(),
                    response.latency().toMillis(), response.requestId());
        } else {
            Object start = context.attributes().get(START);
            long ms = start instanceof Long s ? (System.nanoTime() - s) / 1_000_000 : -1;
            RuntimeException e = context.exception();
            log.info("{} {} attempt={} {} {} failed={} latencyMs={}", context.service(), context.operation(),
                    context.attempt(), request.method(), request.path(),
                    e == null ? "unknown" : e.getClass().getSimpleName(), ms);
        }
    }

    @Override
    public String toString() {
        return "WireLogInterceptor";
    }
}
