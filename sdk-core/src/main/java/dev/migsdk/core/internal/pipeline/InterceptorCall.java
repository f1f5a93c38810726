package dev.migsdk.core.internal.pipeline;

import dev.migsdk.core.SdkRequest;
import dev.migsdk.core.SdkResponse;
import dev.migsdk.core.exception.SdkClientException;
import dev.migsdk.core.exception.SdkException;
import dev.migsdk.core.interceptor.ExecutionInterceptor;
import dev.migsdk.core.interceptor.HttpRequestView;
import dev.migsdk.core.interceptor.HttpResponseView;
import dev.migsdk.core.interceptor.InterceptorContext;
import dev.migsdk.core.internal.http.HttpRequest;
import dev.migsdk.core.internal.http.HttpResponse;
import dev.migsdk.core.internal.http.NameValue;
import dev.migsdk.core.internal.util.ServerText;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * One call as its interceptors see it, and the running of their hooks. Only created when the client has
 * interceptors, so a client without any pays nothing. Hooks run in registration order; the first that
 * throws fails the call (not retried). Internal API.
 */
final class InterceptorCall implements InterceptorContext {
    private static final Set<String> SECRET_HEADERS = Set.of("authorization", "x-auth-token", "x-security-token",
            "x-acs-security-token", "x-subject-token", "proxy-authorization", "cookie", "set-cookie");

    private final List<ExecutionInterceptor> interceptors;
    private final String service;
    private final String operation;
    private final SdkRequest request;
    private final Map<String, Object> attributes = Collections.synchronizedMap(new HashMap<>());
    private int attempt;
    private HttpRequestView httpRequest;
    private HttpResponseView httpResponse;
    private SdkResponse response;
    private RuntimeException exception;

    InterceptorCall(List<ExecutionInterceptor> interceptors, String service, String operation, SdkRequest request) {
        this.interceptors = interceptors;
        this.service = service;
        this.operation = operation;
        this.request = request;
    }

    void beforeExecution() {
        run("beforeExecution", ExecutionInterceptor::beforeExecution);
    }

    void beforeTransmission(int number, HttpRequest signed) {
        attempt = number;
        httpRequest = view(signed);
        httpResponse = null;
        exception = null;
        run("beforeTransmission", ExecutionInterceptor::beforeTransmission);
    }

    void afterTransmission(HttpResponse answer, String requestId, Duration latency, RuntimeException failure) {
        httpResponse = answer == null ? null
                : new HttpResponseView(answer.status(), headers(answer), ServerText.clean(requestId), latency);
        exception = failure;
        run("afterTransmission", ExecutionInterceptor::afterTransmission);
    }

    void afterExecution(SdkResponse result) {
        response = result;
        exception = null;
        run("afterExecution", ExecutionInterceptor::afterExecution);
    }

    /** Runs every {@code onFailure}; what they throw is attached to {@code failure}, which stays the call's outcome. */
    void onFailure(SdkException failure) {
        exception = failure;
        for (ExecutionInterceptor i : interceptors) {
            try {
                i.onFailure(this);
            } catch (RuntimeException e) {
                failure.addSuppressed(e);
            }
        }
    }

    private void run(String hook, BiConsumer<ExecutionInterceptor, InterceptorContext> call) {
        for (ExecutionInterceptor i : interceptors) {
            try {
                call.accept(i, this);
            } catch (RuntimeException e) {
                throw new SdkClientException("Interceptor " + i.getClass().getName() + " failed in " + hook + " of "
                        + service + " " + operation + ": " + ServerText.clean(String.valueOf(e.getMessage())), e,
                        attempt, false);
            }
        }
    }

    /** The request with secret-bearing headers and the RPC {@code Signature} parameter masked. */
    static HttpRequestView view(HttpRequest r) {
        StringBuilder url = new StringBuilder(r.scheme()).append("://").append(r.host());
        if (r.port() > 0) {
            url.append(':').append(r.port());
        }
        url.append(r.pathSegments().isEmpty() ? "/" : r.encodedPath());
        String query = r.encodedQuery();
        if (query != null) {
            url.append('?');
            String sep = "";
            for (String pair : query.split("&")) {
                url.append(sep).append(pair.startsWith("Signature=") || pair.startsWith("SecurityToken=")
                        ? pair.substring(0, pair.indexOf('=') + 1) + "***" : pair);
                sep = "&";
            }
        }
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (NameValue h : r.headers()) {
            headers.computeIfAbsent(h.name(), k -> new ArrayList<>(1)).add(mask(h.name(), h.value()));
        }
        return new HttpRequestView(r.method(), url.toString(), Collections.unmodifiableMap(headers));
    }

    /** Response headers as a map, secret-bearing values masked. */
    static Map<String, List<String>> headers(HttpResponse headers) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (int i = 0; i < headers.headerCount(); i++) {
            out.computeIfAbsent(headers.headerName(i), k -> new ArrayList<>(1))
                    .add(mask(headers.headerName(i), headers.headerValue(i)));
        }
        return Collections.unmodifiableMap(out);
    }

    private static String mask(String name, String value) {
        return SECRET_HEADERS.contains(name.toLowerCase(Locale.ROOT)) ? "***" : ServerText.clean(value);
    }

    @Override
    public String service() {
        return service;
    }

    @Override
    public String operation() {
        return operation;
    }

    @Override
    public SdkRequest request() {
        return request;
    }

    @Override
    public int attempt() {
        return attempt;
    }

    @Override
    public HttpRequestView httpRequest() {
        return httpRequest;
    }

    @Override
    public HttpResponseView httpResponse() {
        return httpResponse;
    }

    @Override
    public SdkResponse response() {
        return response;
    }

    @Override
    public RuntimeException exception() {
        return exception;
    }

    @Override
    public Map<String, Object> attributes() {
        return attributes;
    }
}
