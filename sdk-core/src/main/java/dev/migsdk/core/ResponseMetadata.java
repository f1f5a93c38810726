package dev.migsdk.core;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What the SDK knows about the answer behind a response: the service's request id, the HTTP status,
 * how many attempts the call took, how long it took in all, and the answer's headers (values that
 * could carry a secret are shown as {@code ***}). Immutable.
 *
 * @param requestId the service's request id (body or header), or {@code null} if it sent none
 * @param httpStatus HTTP status of the answer
 * @param attempts HTTP attempts the call made (1 when the first one succeeded)
 * @param latency time from the start of the call to its answer, retries and backoff included
 * @param headers the answer's headers, names as received, redacted
 */
public record ResponseMetadata(String requestId, int httpStatus, int attempts, Duration latency,
                               Map<String, List<String>> headers) {
    private static final ResponseMetadata NONE = new ResponseMetadata(null, 200, 0, Duration.ZERO, Map.of());

    public ResponseMetadata {
        Objects.requireNonNull(latency, "latency");
        headers = headers == null ? Map.of() : headers;
    }

    /** Metadata of a response that was built by hand (e.g. a stub in a test): no request id, status 200, 0 attempts. */
    public static ResponseMetadata none() {
        return NONE;
    }

    /** First value of a header, ignoring case, or {@code null}. */
    public String header(String name) {
        for (Map.Entry<String, List<String>> e : headers.entrySet()) {
            if (e.getKey().equalsIgnoreCase(name) && !e.getValue().isEmpty()) {
                return e.getValue().get(0);
            }
        }
        return null;
    }
}
