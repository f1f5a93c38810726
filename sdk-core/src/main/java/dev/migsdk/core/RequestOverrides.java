package dev.migsdk.core;

import dev.migsdk.core.internal.util.Validate;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import dev.migsdk.core.auth.CredentialsProvider;

/**
 * Settings for one call that take precedence over the client's: API-call timeout, retry policy,
 * credentials and extra headers. Immutable. Header names and values are checked (no CR/LF) when the
 * overrides are built, and headers the SDK owns (see {@link #RESERVED_HEADERS}) are refused there, so a
 * bad override never reaches the wire.
 */
public final class RequestOverrides {
    /**
     * Headers the SDK sets and signs itself, refused as overrides (case-insensitive): {@code Host},
     * {@code Authorization}, {@code Content-Length}, {@code Content-Type}, {@code User-Agent} (use the
     * builder's {@code userAgentSuffix}), {@code X-Sdk-Date}, {@code X-Auth-Token}, {@code X-Security-Token},
     * {@code X-Project-Id}, {@code X-Domain-Id}, and every {@code x-acs-*} and {@code x-sdk-*} header.
     */
    public static final Set<String> RESERVED_HEADERS = Set.of("host", "authorization", "content-length",
            "content-type", "user-agent", "x-sdk-date", "x-auth-token", "x-security-token", "x-project-id",
            "x-domain-id", "x-acs-*", "x-sdk-*");

    private static final RequestOverrides NONE = builder().build();

    private final Duration apiCallTimeout;
    private final RetryPolicy retryPolicy;
    private final Map<String, String> headers;
    private final CredentialsProvider<?> credentialsProvider;

    private RequestOverrides(Builder b) {
        this.apiCallTimeout = b.apiCallTimeout == null ? null : Validate.positive(b.apiCallTimeout, "apiCallTimeout");
        this.retryPolicy = b.retryPolicy;
        this.credentialsProvider = b.credentialsProvider;
        Map<String, String> h = new LinkedHashMap<>();
        b.headers.forEach((k, v) -> {
            Validate.headerName(k, "header name");
            if (isReserved(k)) {
                throw new IllegalArgumentException("header " + k + " is set by the SDK and cannot be overridden"
                        + " (reserved: " + RESERVED_HEADERS + ")");
            }
            h.put(k, Validate.headerValue(v, "value of header " + k));
        });
        this.headers = Collections.unmodifiableMap(h);
    }

    private static boolean isReserved(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return RESERVED_HEADERS.contains(n) || n.startsWith("x-acs-") || n.startsWith("x-sdk-");
    }

    /** No overrides. */
    public static RequestOverrides none() {
        return NONE;
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        Builder b = new Builder().apiCallTimeout(apiCallTimeout).retryPolicy(retryPolicy)
                .credentialsProvider(credentialsProvider);
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

    /**
     * Credentials for this call instead of the client's, or {@code null}. It must supply the client's
     * kind of credentials (Alibaba or Huawei); anything else fails the call before sending.
     */
    public CredentialsProvider<?> credentialsProvider() {
        return credentialsProvider;
    }

    /** Extra headers sent (and, where the signature covers them, signed) with every attempt. */
    public Map<String, String> headers() {
        return headers;
    }

    @Override
    public String toString() {
        return "RequestOverrides[apiCallTimeout=" + apiCallTimeout + ", retryPolicy=" + retryPolicy
                + (credentialsProvider == null ? "" : ", credentialsProvider=" + credentialsProvider.getClass().getSimpleName())
                + ", headers=" + headers.keySet() + "]";
    }

    /** Builder for {@link RequestOverrides}. */
    public static final class Builder {
        private Duration apiCallTimeout;
        private RetryPolicy retryPolicy;
        private final Map<String, String> headers = new LinkedHashMap<>();
        private CredentialsProvider<?> credentialsProvider;

        private Builder() {
        }

        /** Credentials for this call (e.g. another account's); {@code null} uses the client's. */
        public Builder credentialsProvider(CredentialsProvider<?> provider) {
            this.credentialsProvider = provider;
            return this;
        }

        public Builder apiCallTimeout(Duration apiCallTimeout) {
            this.apiCallTimeout = apiCallTimeout;
            return this;
        }

        public Builder retryPolicy(RetryPolicy retryPolicy) {
            this.retryPolicy = retryPolicy;
            return this;
        }

        /** Adds (or replaces) one extra header; a header the SDK owns is refused at {@link #build()}. */
        public Builder putHeader(String name, String value) {
            headers.put(name, value);
            return this;
        }

        public RequestOverrides build() {
            return new RequestOverrides(this);
        }
    }
}
