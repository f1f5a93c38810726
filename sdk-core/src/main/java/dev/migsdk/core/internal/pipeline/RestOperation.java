package dev.migsdk.core.internal.pipeline;

import dev.migsdk.core.SdkRequest;
import dev.migsdk.core.SdkResponse;
import com.fasterxml.jackson.databind.JsonNode;
import dev.migsdk.core.auth.Credentials;
import dev.migsdk.core.internal.http.NameValue;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * A Huawei Cloud REST operation: method, path template and where each request field goes. Each path
 * parameter becomes exactly one path segment whatever it contains; query parameters whose value is
 * {@code null} are left out; a declared JSON body is sent as {@code application/json}. Internal API.
 */
public final class RestOperation<Req extends SdkRequest, Resp extends SdkResponse> extends Operation<Req, Resp> {
    private final String method;
    private final String pathTemplate;
    private final List<String> templateSegments;
    private final Map<String, BiFunction<Req, Credentials, String>> pathParams;
    private final List<QueryParam<Req>> queryParams;
    private final Function<Req, JsonNode> jsonBody;

    private RestOperation(Builder<Req, Resp> b) {
        super(b);
        this.queryParams = List.copyOf(b.queryParams);
        this.jsonBody = b.jsonBody;
        this.method = b.method;
        this.pathTemplate = b.pathTemplate;
        this.templateSegments = parse(b.pathTemplate);
        this.pathParams = Map.copyOf(b.pathParams);
        for (String s : templateSegments) {
            if (isParam(s) && !pathParams.containsKey(paramName(s))) {
                throw new IllegalStateException("no value declared for path parameter " + s + " of " + name());
            }
        }
    }

    public static <Req extends SdkRequest, Resp extends SdkResponse> Builder<Req, Resp> builder(
            String name, String method, String pathTemplate) {
        return new Builder<>(name, method, pathTemplate);
    }

    public String method() {
        return method;
    }

    public String pathTemplate() {
        return pathTemplate;
    }

    /** The decoded path segments for {@code request}, template parameters filled in. */
    public List<String> pathSegments(Req request, Credentials credentials) {
        List<String> out = new ArrayList<>(templateSegments.size());
        for (String s : templateSegments) {
            if (isParam(s)) {
                String name = paramName(s);
                String v = pathParams.get(name).apply(request, credentials);
                if (v == null || v.isEmpty()) {
                    throw new IllegalArgumentException(name + " must not be empty");
                }
                if (v.equals(".") || v.equals("..")) {
                    throw new IllegalArgumentException(name + " must not be '" + v
                            + "': URL rules would remove it from the path");
                }
                out.add(v);
            } else {
                out.add(s);
            }
        }
        return out;
    }

    /** The query parameters of {@code request} in declaration order; {@code null} values are left out. */
    public List<NameValue> queryParameters(Req request) {
        if (queryParams.isEmpty()) {
            return List.of();
        }
        List<NameValue> out = new ArrayList<>(queryParams.size());
        for (QueryParam<Req> q : queryParams) {
            String v = q.value().apply(request);
            if (v != null) {
                out.add(new NameValue(q.name(), v));
            }
        }
        return out;
    }

    /** The JSON body of {@code request}, or {@code null} when the operation sends none. */
    public JsonNode jsonBody(Req request) {
        return jsonBody == null ? null : jsonBody.apply(request);
    }

    private record QueryParam<R>(String name, Function<R, String> value) {
    }

    /** Value of one path parameter for {@code request}, or {@code null} if the template has no such parameter. */
    public String pathParam(String name, Req request, Credentials credentials) {
        BiFunction<Req, Credentials, String> f = pathParams.get(name);
        return f == null ? null : f.apply(request, credentials);
    }

    private static List<String> parse(String template) {
        if (!template.startsWith("/")) {
            throw new IllegalArgumentException("path template must start with '/': " + template);
        }
        List<String> out = new ArrayList<>();
        for (String s : template.substring(1).split("/")) {
            if (!s.isEmpty()) {
                out.add(s);
            }
        }
        return out;
    }

    private static boolean isParam(String segment) {
        return segment.startsWith("{") && segment.endsWith("}");
    }

    private static String paramName(String segment) {
        return segment.substring(1, segment.length() - 1);
    }

    /** Builder for a {@link RestOperation}. */
    public static final class Builder<Req extends SdkRequest, Resp extends SdkResponse>
            extends Operation.Builder<Req, Resp, Builder<Req, Resp>> {
        private final String method;
        private final String pathTemplate;
        private final Map<String, BiFunction<Req, Credentials, String>> pathParams = new HashMap<>();
        private final List<QueryParam<Req>> queryParams = new ArrayList<>();
        private Function<Req, JsonNode> jsonBody;

        private Builder(String name, String method, String pathTemplate) {
            super(name);
            this.method = Objects.requireNonNull(method, "method");
            this.pathTemplate = Objects.requireNonNull(pathTemplate, "pathTemplate");
        }

        /** Fills {@code {name}} from the request. */
        public Builder<Req, Resp> pathParam(String name, Function<Req, String> value) {
            pathParams.put(name, (r, c) -> value.apply(r));
            return this;
        }

        /** Fills {@code {name}} from the request and the credentials of the attempt (e.g. a project id). */
        public Builder<Req, Resp> pathParam(String name, BiFunction<Req, Credentials, String> value) {
            pathParams.put(name, value);
            return this;
        }

        /** Adds query parameter {@code name}; a {@code null} value leaves it out of the request. */
        public Builder<Req, Resp> queryParam(String name, Function<Req, String> value) {
            queryParams.add(new QueryParam<>(Objects.requireNonNull(name, "name"), value));
            return this;
        }

        /** Sends {@code body(request)} as the JSON request body. */
        public Builder<Req, Resp> jsonBody(Function<Req, JsonNode> body) {
            this.jsonBody = Objects.requireNonNull(body, "body");
            return this;
        }

        public RestOperation<Req, Resp> build() {
            return new RestOperation<>(this);
        }
    }
}
