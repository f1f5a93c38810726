package dev.migsdk.core.internal.protocol;

import com.fasterxml.jackson.databind.JsonNode;
import dev.migsdk.core.exception.ServiceError;
import dev.migsdk.core.internal.http.HttpResponse;

/**
 * How a 2xx answer reads against the operation's documented success: a success (its body and request
 * id), an error that the body itself names (e.g. DTS {@code Success=false}, a Huawei {@code error_code}
 * sent with 200), or neither — then {@link #unexpected()} says why. Internal API.
 *
 * @param body decoded success body, or {@code null} (also for an empty success)
 * @param requestId the answer's request id, or {@code null}
 * @param error the error the body names, or {@code null}
 * @param unexpected why the answer is not the documented success, or {@code null}
 */
public record AnswerCheck(JsonNode body, String requestId, ServiceError error, String unexpected) {

    /** The documented success. */
    public static AnswerCheck success(JsonNode body, String requestId) {
        return new AnswerCheck(body, requestId, null, null);
    }

    /** An error carried by a 2xx answer. */
    public static AnswerCheck error(ServiceError error) {
        return new AnswerCheck(null, error.requestId(), error, null);
    }

    /** Neither a success nor an error: {@code why} completes "The service answered HTTP 200 with ...". */
    public static AnswerCheck unexpected(String why, String requestId) {
        return new AnswerCheck(null, requestId, null, why);
    }

    /** Whether this is the documented success. */
    public boolean isSuccess() {
        return error == null && unexpected == null;
    }

    /**
     * The checks every provider makes before reading a 2xx body: a body cut at the size cap, an HTML page
     * (a captive portal, proxy or gateway page: by content type or first bytes), a status the operation
     * does not document. Returns {@code null} when none applies.
     */
    public static AnswerCheck commonProblems(java.util.Set<Integer> documented, HttpResponse response, String requestId) {
        if (response.bodyTruncated()) {
            return unexpected("a body larger than the size cap", requestId);
        }
        if (isHtml(response)) {
            return unexpected("an HTML page (" + contentType(response) + "), which no operation answers: a proxy,"
                    + " captive portal or gateway may stand between the client and the service", requestId);
        }
        if (!documented.contains(response.status())) {
            return unexpected("a status this operation does not document for success (it documents "
                    + documented + ")", requestId);
        }
        return null;
    }

    /** Whether the body is an HTML page, by its content type or its first characters. */
    static boolean isHtml(HttpResponse response) {
        String type = response.header("Content-Type");
        if (type != null && type.regionMatches(true, 0, "text/html", 0, 9)) {
            return true;
        }
        byte[] b = response.body();
        int i = 0;
        while (i < b.length && (b[i] == ' ' || b[i] == '\t' || b[i] == '\r' || b[i] == '\n')) {
            i++;
        }
        return startsWithIgnoreCase(b, i, "<!doctype html") || startsWithIgnoreCase(b, i, "<html");
    }

    private static boolean startsWithIgnoreCase(byte[] b, int from, String prefix) {
        if (b.length - from < prefix.length()) {
            return false;
        }
        for (int k = 0; k < prefix.length(); k++) {
            if (Character.toLowerCase((char) (b[from + k] & 0xFF)) != prefix.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    private static String contentType(HttpResponse response) {
        String type = response.header("Content-Type");
        return type == null ? "no content type" : type;
    }

    /**
     * Describes a body that is not a recognizable error, for messages: "The service answered HTTP 502
     * with an empty body", "... with a body that is not a recognizable error (text/html)".
     */
    public static String describeUnreadable(HttpResponse response) {
        if (response.body().length == 0) {
            return "The service answered HTTP " + response.status() + " with an empty body";
        }
        String type = response.header("Content-Type");
        return "The service answered HTTP " + response.status() + " with a body that is not a recognizable error"
                + (type == null ? "" : " (" + type + ")") + (response.bodyTruncated() ? " [body over size cap]" : "");
    }
}
