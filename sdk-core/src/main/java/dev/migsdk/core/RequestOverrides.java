package dev.migsdk.core;

import dev.migsdk.core.internal.util.Validate;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Settings for one call that take precedence over the client's: API-call timeout, retry policy and
 * extra headers. Immutable. Header names and values are checked (no CR/LF) before anything is sent.
 */
public final class RequestOverrides {
    private static final RequestOverrides NONE = builder().build();

    private final Duration apiCallTimeout;
    private final RetryPolicy retryPolicy;
    private final Map<String, String> headers;

    private RequestOverrides(Builder b) {
        this.apiCallTimeout = b.apiCallTimeout == null ? null : Validate.positive(b.apiCallTimeout, "apiCallTimeout");
        this.retryPolicy = b.retryPolicy;
        Map<String, String> h = new LinkedHashMap<>();
        b.headers.forEach((k, v) -> h.put(Validate.headerName(k, "header name"), Validate.headerValue(v,
                "value of header " + k)));
        this.headers = Collections.unmodifiableMap(h);
    }

    /** No overrides. */
    public static RequestOverrides none() {
        return NONE;
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        Builder b = new Builder().apiCallTimeout(apiCallTimeout).retryPolicy(retryPolicy);
        b.headers.putAll(headers);
        return b;
    }

    /** Deadline for the whole call, or {@code null} to use the client's. */
    public Duration apiCallTimeout() {
        return apiCallTimeout;
    }

    /** Retry policy for this call, or {@code null} to use the client's. */
    public RetryPolicy retryPolicy() {
        return retryPolicy;
    }

    /** Extra headers sent (and, where the signature covers them, signed) with every attempt. */
    public Map<String, String> headers() {
        return headers;
    }

    @Override
    public String toString() {
        return "RequestOverrides[apiCallTimeout=" + apiCallTimeout + ", retryPolicy=" + retryPolicy
                + ", headers=" + headers.keySet() + "]";
    }

    /** Builder for {@link RequestOverrides}. */
    public static final class Builder {
        private Duration apiCallTimeout;
        private RetryPolicy retryPolicy;
        private final Map<String, String> headers = new LinkedHashMap<>();

        private Builder() {
        }

        public Builder apiCallTimeout(Duration apiCallTimeout) {
            this.apiCallTimeout = apiCallTimeout;
            return this;
        }

        public Builder retryPolicy(RetryPolicy retryPolicy) {
            this.retryPolicy = retryPolicy;
            return this;
        }

        /** Adds (or replaces) one extra header. */
        public Builder putHeader(String name, String value) {
            headers.put(name, value);
            return this;
        }

        public RequestOverrides build() {
            return new RequestOverrides(this);
        }
    }
}
