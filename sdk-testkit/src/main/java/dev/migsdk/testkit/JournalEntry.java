package dev.migsdk.testkit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * One request the emulator received, and what it did with it. {@link #toString()} hides signatures and tokens.
 *
 * @param receivedAt      emulator-clock time of arrival
 * @param service         the service it was routed to, or null (IAM token endpoint, unknown route)
 * @param operation       the operation ({@code DeleteReplicationJob}, {@code StopReplicationJob},
 *                        {@code DeleteDtsJob}, {@code DeleteTask}, {@code CreateToken}), or null if unknown
 * @param method          HTTP method
 * @param path            the decoded path
 * @param queryParameters decoded query parameters in arrival order (form-body parameters included)
 * @param headers         headers by lower-case name
 * @param body            the request body as UTF-8 text (empty if none)
 * @param httpStatus      the status answered; 0 if no answer was sent ({@link FaultKind#DROP_CONNECTION}); for
 *                        {@link FaultKind#DROP_RESPONSE_AFTER_PROCESSING} the status that would have been sent
 * @param errorCode       the error code answered ({@code Code}, DTS {@code ErrCode}, Huawei {@code error_code},
 *                        IAM {@code error.code}), or null on success
 * @param requestId       the request id the answer carried, or null
 * @param fault           the fault injected into this request, or null
 */
public record JournalEntry(Instant receivedAt, EmulatedService service, String operation, String method,
                           String path, Map<String, List<String>> queryParameters,
                           Map<String, List<String>> headers, String body, int httpStatus, String errorCode,
                           String requestId, FaultKind fault) {
    private static final Set<String> SECRET_HEADERS = Set.of("authorization", "x-auth-token", "x-security-token",
            "x-acs-security-token", "x-subject-token");
    private static final Set<String> SECRET_PARAMS = Set.of("Signature", "SecurityToken");

    /** Copies the maps so the entry is immutable. */
    public JournalEntry {
        queryParameters = copy(queryParameters, false);
        headers = copy(headers, true);
        body = body == null ? "" : body;
    }

    /**
     * Whether the operation was carried out: a 2xx outcome that reported success (DTS: {@code Success=true}),
     * including one whose answer was then dropped ({@link FaultKind#DROP_RESPONSE_AFTER_PROCESSING}); false for a
     * {@link FaultKind#TRUNCATE truncated} fake answer.
     */
    public boolean succeeded() {
        return httpStatus >= 200 && httpStatus < 300 && errorCode == null && fault != FaultKind.TRUNCATE;
    }

    /** First value of a query parameter, or null. */
    public String queryParameter(String name) {
        List<String> values = queryParameters.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    /** First value of a header (name case-insensitive), or null. */
    public String header(String name) {
        List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    @Override
    public String toString() {
        Map<String, Object> q = new LinkedHashMap<>();
        queryParameters.forEach((k, v) -> q.put(k, SECRET_PARAMS.contains(k) ? "***" : v));
        Map<String, Object> h = new TreeMap<>();
        headers.forEach((k, v) -> h.put(k, SECRET_HEADERS.contains(k) ? "***" : v));
        return "JournalEntry[" + receivedAt + " " + service + " " + operation + " " + method + " " + path
                + " query=" + q + " headers=" + h + " -> " + httpStatus
                + (errorCode == null ? "" : " " + errorCode)
                + (fault == null ? "" : " fault=" + fault)
                + (requestId == null ? "" : " requestId=" + requestId) + "]";
    }

    private static Map<String, List<String>> copy(Map<String, List<String>> in, boolean lowerCaseKeys) {
        if (in == null) {
            return Map.of();
        }
        Map<String, List<String>> out = new LinkedHashMap<>();
        in.forEach((k, v) -> out.computeIfAbsent(lowerCaseKeys ? k.toLowerCase(Locale.ROOT) : k,
                x -> new ArrayList<>()).addAll(v));
        out.replaceAll((k, v) -> List.copyOf(v));
        return Collections.unmodifiableMap(out);
    }
}
