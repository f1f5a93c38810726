package dev.migsdk.core.interceptor;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * An attempt's HTTP answer.
 *
 * @param status HTTP status
 * @param headers headers as received (secret-bearing values masked)
 * @param requestId the service's request id from the headers or body, or {@code null}; sanitised
 * @param latency time from sending the attempt to reading the whole answer
 */
public record HttpResponseView(int status, Map<String, List<String>> headers, String requestId, Duration latency) {
}
