package dev.migsdk.opentelemetry;

import dev.migsdk.core.SdkResponse;
import dev.migsdk.core.exception.SdkException;
import dev.migsdk.core.exception.ServiceException;
import dev.migsdk.core.exception.ThrottlingException;
import dev.migsdk.core.interceptor.ExecutionInterceptor;
import dev.migsdk.core.interceptor.HttpRequestView;
import dev.migsdk.core.interceptor.HttpResponseView;
import dev.migsdk.core.interceptor.InterceptorContext;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.common.AttributesBuilder;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanBuilder;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import java.util.Locale;

/**
 * The interceptor behind {@link MigsdkTelemetry#newInterceptor()}: a call span from {@code beforeExecution} to
 * {@code afterExecution}/{@code onFailure}, an attempt span from each {@code beforeTransmission} to its
 * {@code afterTransmission}. It reads only names, the URL without its query, statuses, request ids, error codes
 * and exception class names: never a header value, query, body or message.
 */
final class TelemetryInterceptor implements ExecutionInterceptor {
    // Stable (HTTP and general semantic conventions).
    static final AttributeKey<String> HTTP_REQUEST_METHOD = AttributeKey.stringKey("http.request.method");
    static final AttributeKey<Long> HTTP_RESPONSE_STATUS_CODE = AttributeKey.longKey("http.response.status_code");
    static final AttributeKey<Long> HTTP_REQUEST_RESEND_COUNT = AttributeKey.longKey("http.request.resend_count");
    static final AttributeKey<String> SERVER_ADDRESS = AttributeKey.stringKey("server.address");
    static final AttributeKey<Long> SERVER_PORT = AttributeKey.longKey("server.port");
    static final AttributeKey<String> URL_FULL = AttributeKey.stringKey("url.full");
    static final AttributeKey<String> ERROR_TYPE = AttributeKey.stringKey("error.type");
    // Not yet stable: RPC (as the AWS SDK conventions use them) and cloud.region.
    static final AttributeKey<String> RPC_SYSTEM = AttributeKey.stringKey("rpc.system");
    static final AttributeKey<String> RPC_SERVICE = AttributeKey.stringKey("rpc.service");
    static final AttributeKey<String> RPC_METHOD = AttributeKey.stringKey("rpc.method");
    static final AttributeKey<String> CLOUD_REGION = AttributeKey.stringKey("cloud.region");
    // migsdk's own.
    static final AttributeKey<Long> ATTEMPTS = AttributeKey.longKey("migsdk.attempts");
    static final AttributeKey<String> REQUEST_ID = AttributeKey.stringKey("migsdk.request_id");
    static final AttributeKey<String> ERROR_CODE = AttributeKey.stringKey("migsdk.error_code");

    private static final String STATE = "dev.migsdk.opentelemetry.call";

    private final Tracer tracer;
    private final Instruments instruments;

    TelemetryInterceptor(Tracer tracer, Instruments instruments) {
        this.tracer = tracer;
        this.instruments = instruments;
    }

    @Override
    public void beforeExecution(InterceptorContext context) {
        String system = rpcSystem(context.service());
        Context parent = Context.current();
        Span span = tracer.spanBuilder(context.service() + "/" + context.operation())
                .setSpanKind(SpanKind.CLIENT)
                .setParent(parent)
                .setAttribute(RPC_SYSTEM, system)
                .setAttribute(RPC_SERVICE, context.service())
                .setAttribute(RPC_METHOD, context.operation())
                .startSpan();
        AttributesBuilder metric = Attributes.builder().put(RPC_SYSTEM, system)
                .put(RPC_SERVICE, context.service()).put(RPC_METHOD, context.operation());
        context.attributes().put(STATE, new CallState(span, parent.with(span), metric));
    }

    @Override
    public void beforeTransmission(InterceptorContext context) {
        CallState state = state(context);
        if (state == null) {
            return;
        }
        HttpRequestView request = context.httpRequest();
        Target target = Target.of(request.url());
        synchronized (state) {
            if (state.target == null) {
                state.target = target;
                state.span.setAttribute(SERVER_ADDRESS, target.host());
                state.span.setAttribute(SERVER_PORT, (long) target.port());
                if (target.region() != null) {
                    state.span.setAttribute(CLOUD_REGION, target.region());
                    state.metric.put(CLOUD_REGION, target.region());
                }
            }
            SpanBuilder builder = tracer.spanBuilder(request.method())
                    .setSpanKind(SpanKind.CLIENT)
                    .setParent(state.context)
                    .setAttribute(HTTP_REQUEST_METHOD, request.method())
                    .setAttribute(SERVER_ADDRESS, target.host())
                    .setAttribute(SERVER_PORT, (long) target.port())
                    .setAttribute(URL_FULL, target.urlWithoutQuery());
            if (context.attempt() > 1) {
                builder.setAttribute(HTTP_REQUEST_RESEND_COUNT, (long) context.attempt() - 1);
            }
            state.attempt = builder.startSpan();
            state.attemptMethod = request.method();
            state.attemptTarget = target;
            state.attemptStartNanos = System.nanoTime();
        }
    }

    @Override
    public void afterTransmission(InterceptorContext context) {
        CallState state = state(context);
        if (state == null) {
            return;
        }
        HttpResponseView response = context.httpResponse();
        synchronized (state) {
            Span attempt = state.attempt;
            if (attempt == null) {
                return;
            }
            AttributesBuilder metric = Attributes.builder().put(HTTP_REQUEST_METHOD, state.attemptMethod)
                    .put(SERVER_ADDRESS, state.attemptTarget.host())
                    .put(SERVER_PORT, (long) state.attemptTarget.port());
            if (response != null) {
                long status = response.status();
                attempt.setAttribute(HTTP_RESPONSE_STATUS_CODE, status);
                metric.put(HTTP_RESPONSE_STATUS_CODE, status);
                if (response.requestId() != null) {
                    attempt.setAttribute(REQUEST_ID, response.requestId());
                }
                if (status >= 400) {
                    String type = Long.toString(status);
                    attempt.setAttribute(ERROR_TYPE, type);
                    attempt.setStatus(StatusCode.ERROR);
                    metric.put(ERROR_TYPE, type);
                }
                if (status == 429) {
                    instruments.throttles.add(1, state.metric.build());
                }
            } else {
                String type = errorType(context.exception());
                attempt.setAttribute(ERROR_TYPE, type);
                attempt.setStatus(StatusCode.ERROR);
                metric.put(ERROR_TYPE, type);
            }
            instruments.httpRequestDuration.record(seconds(state.attemptStartNanos), metric.build());
            attempt.end();
            state.attempt = null;
        }
    }

    @Override
    public void afterExecution(InterceptorContext context) {
        CallState state = state(context);
        if (state == null) {
            return;
        }
        SdkResponse response = context.response();
        synchronized (state) {
            endOpenAttempt(state, null);
            long attempts = response != null && response.metadata().attempts() > 0 ? response.metadata().attempts()
                    : context.attempt();
            Span span = state.span;
            span.setAttribute(ATTEMPTS, attempts);
            if (response != null && response.requestId() != null) {
                span.setAttribute(REQUEST_ID, response.requestId());
            }
            if (response != null && response.httpStatus() > 0) {
                span.setAttribute(HTTP_RESPONSE_STATUS_CODE, (long) response.httpStatus());
            }
            Attributes metric = state.metric.build();
            instruments.callDuration.record(seconds(state.startNanos), metric);
            instruments.attempts.record(attempts, metric);
            span.end();
        }
    }

    @Override
    public void onFailure(InterceptorContext context) {
        CallState state = state(context);
        if (state == null) {
            return;
        }
        RuntimeException failure = context.exception();
        String type = errorType(failure);
        synchronized (state) {
            endOpenAttempt(state, type);
            Span span = state.span;
            long attempts = failure instanceof SdkException sdk && sdk.attempts() > 0 ? sdk.attempts()
                    : context.attempt();
            span.setAttribute(ATTEMPTS, attempts);
            span.setAttribute(ERROR_TYPE, type);
            span.setStatus(StatusCode.ERROR);
            if (failure instanceof ServiceException service) {
                if (service.errorCode() != null) {
                    span.setAttribute(ERROR_CODE, service.errorCode());
                }
                if (service.requestId() != null) {
                    span.setAttribute(REQUEST_ID, service.requestId());
                }
                if (service.httpStatus() > 0) {
                    span.setAttribute(HTTP_RESPONSE_STATUS_CODE, (long) service.httpStatus());
                }
            }
            Attributes metric = state.metric.build();
            // Throttles the attempts did not show (an Alibaba throttle is an HTTP 400): the failure and the
            // earlier attempts' failures attached to it, less the HTTP 429s counted already.
            long throttles = throttlesNotCounted(failure);
            if (throttles > 0) {
                instruments.throttles.add(throttles, metric);
            }
            Attributes failed = metric.toBuilder().put(ERROR_TYPE, type).build();
            instruments.callDuration.record(seconds(state.startNanos), failed);
            instruments.attempts.record(attempts, failed);
            span.end();
        }
    }

    /** An attempt still open when the call ends (an interceptor after this one failed the call). */
    private static void endOpenAttempt(CallState state, String errorType) {
        if (state.attempt != null) {
            if (errorType != null) {
                state.attempt.setAttribute(ERROR_TYPE, errorType);
                state.attempt.setStatus(StatusCode.ERROR);
            }
            state.attempt.end();
            state.attempt = null;
        }
    }

    private static long throttlesNotCounted(RuntimeException failure) {
        if (failure == null) {
            return 0;
        }
        long n = isUncountedThrottle(failure) ? 1 : 0;
        for (Throwable earlier : failure.getSuppressed()) {
            if (isUncountedThrottle(earlier)) {
                n++;
            }
        }
        return n;
    }

    private static boolean isUncountedThrottle(Throwable t) {
        return t instanceof ThrottlingException e && e.httpStatus() != 429;
    }

    private static CallState state(InterceptorContext context) {
        return context.attributes().get(STATE) instanceof CallState s ? s : null;
    }

    static String errorType(Throwable failure) {
        return failure == null ? "_OTHER" : failure.getClass().getName();
    }

    /** {@code rpc.system}: which provider's API, by service name. */
    static String rpcSystem(String service) {
        return switch (service) {
            case "SMC", "DTS" -> "alibaba_cloud";
            case "OMS", "SMS" -> "huawei_cloud";
            default -> service.toLowerCase(Locale.ROOT);
        };
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    @Override
    public String toString() {
        return "MigsdkTelemetry interceptor";
    }

    /** What one call's hooks share. Hooks of a call run one after another; the lock orders them across threads. */
    private static final class CallState {
        final Span span;
        final Context context;
        final AttributesBuilder metric;
        final long startNanos = System.nanoTime();
        Target target;
        Span attempt;
        String attemptMethod;
        Target attemptTarget;
        long attemptStartNanos;

        CallState(Span span, Context context, AttributesBuilder metric) {
            this.span = span;
            this.context = context;
            this.metric = metric;
        }
    }
}
