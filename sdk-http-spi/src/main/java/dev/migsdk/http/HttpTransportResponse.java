package dev.migsdk.http;

import java.util.Objects;

/**
 * An answer as a transport read it: status, header lines and a body read up to a cap. Immutable (the arrays
 * it is built from are its own from then on).
 */
public final class HttpTransportResponse {
    private static final String[] NO_HEADERS = new String[0];

    private final int status;
    private final String[] headers;
    private final byte[] body;
    private final boolean bodyTruncated;

    private HttpTransportResponse(int status, String[] headers, byte[] body, boolean bodyTruncated) {
        this.status = status;
        this.headers = headers;
        this.body = body;
        this.bodyTruncated = bodyTruncated;
    }

    /**
     * An answer.
     *
     * @param status the HTTP status (100 to 999)
     * @param namesAndValues header lines as name, value, name, value... ({@code null} for none); taken over,
     *                       not copied
     * @param body body bytes, at most the transport's cap; taken over, not copied
     * @param bodyTruncated whether the body was longer than the cap (the rest was discarded)
     */
    public static HttpTransportResponse of(int status, String[] namesAndValues, byte[] body, boolean bodyTruncated) {
        if (status < 100 || status > 999) {
            throw new IllegalArgumentException("status must be 100 to 999: " + status);
        }
        String[] h = namesAndValues == null ? NO_HEADERS : namesAndValues;
        if (h.length % 2 != 0) {
            throw new IllegalArgumentException("namesAndValues must hold name, value pairs");
        }
        return new HttpTransportResponse(status, h, Objects.requireNonNull(body, "body"), bodyTruncated);
    }

    /** The HTTP status. */
    public int status() {
        return status;
    }

    /** How many header lines the answer has. */
    public int headerCount() {
        return headers.length / 2;
    }

    /** The name of header line {@code index} (0 to {@link #headerCount()} - 1). */
    public String headerName(int index) {
        return headers[2 * index];
    }

    /** The value of header line {@code index}. */
    public String headerValue(int index) {
        return headers[2 * index + 1];
    }

    /** The first value of a header, ignoring case, or {@code null}. */
    public String header(String name) {
        for (int i = 0; i < headers.length; i += 2) {
            if (headers[i].equalsIgnoreCase(name)) {
                return headers[i + 1];
            }
        }
        return null;
    }

    /** The body bytes (shared, not copied: do not change them). */
    public byte[] body() {
        return body;
    }

    /** Whether the body was longer than the cap (the rest was discarded). */
    public boolean bodyTruncated() {
        return bodyTruncated;
    }

    @Override
    public String toString() {
        return "HttpTransportResponse[status=" + status + ", headers=" + headerCount() + ", body=" + body.length
                + " bytes" + (bodyTruncated ? " (truncated)" : "") + "]";
    }
}
