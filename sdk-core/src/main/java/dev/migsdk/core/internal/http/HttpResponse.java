package dev.migsdk.core.internal.http;

import dev.migsdk.http.HttpTransportResponse;
import java.nio.charset.StandardCharsets;

/**
 * A response as the transport read it (status, header lines, a body read up to a cap), with the helpers the
 * pipeline uses. Internal API.
 */
public final class HttpResponse {
    private final HttpTransportResponse answer;

    private HttpResponse(HttpTransportResponse answer) {
        this.answer = answer;
    }

    /** The pipeline's view of a transport's answer. */
    public static HttpResponse of(HttpTransportResponse answer) {
        return new HttpResponse(answer);
    }

    /**
     * A response built directly (tests, benchmarks).
     *
     * @param namesAndValues header lines as name, value, name, value...
     */
    public static HttpResponse of(int status, String[] namesAndValues, byte[] body, boolean bodyTruncated) {
        return new HttpResponse(HttpTransportResponse.of(status, namesAndValues, body, bodyTruncated));
    }

    /** HTTP status. */
    public int status() {
        return answer.status();
    }

    /** Body bytes, at most the transport's cap. */
    public byte[] body() {
        return answer.body();
    }

    /** Whether the body was longer than the cap (the rest was discarded). */
    public boolean bodyTruncated() {
        return answer.bodyTruncated();
    }

    /** How many header lines. */
    public int headerCount() {
        return answer.headerCount();
    }

    /** Name of header line {@code index}. */
    public String headerName(int index) {
        return answer.headerName(index);
    }

    /** Value of header line {@code index}. */
    public String headerValue(int index) {
        return answer.headerValue(index);
    }

    /** First value of a header, ignoring case, or {@code null}. */
    public String header(String name) {
        return answer.header(name);
    }

    /** Whether the status is 2xx. */
    public boolean isSuccessful() {
        int status = answer.status();
        return status >= 200 && status < 300;
    }

    /** The body as UTF-8 text, cut to {@code maxChars}. */
    public String bodyText(int maxChars) {
        byte[] body = answer.body();
        // At most 4 bytes per character: decode no more than can show (a capped body can still be 1 MiB).
        String s = new String(body, 0, (int) Math.min(body.length, 4L * maxChars), StandardCharsets.UTF_8);
        return s.length() <= maxChars ? s : s.substring(0, maxChars) + "…";
    }
}
