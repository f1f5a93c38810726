package dev.migsdk.core.internal.http;

import java.nio.charset.StandardCharsets;
import okhttp3.Headers;

/**
 * A response as read by the transport: status, headers and a body read up to a cap. Internal API.
 *
 * @param status HTTP status
 * @param headers response headers
 * @param body body bytes, at most the transport's cap
 * @param bodyTruncated whether the body was longer than the cap (the rest was discarded)
 */
public record HttpResponse(int status, Headers headers, byte[] body, boolean bodyTruncated) {

    /** First value of a header, ignoring case, or {@code null}. */
    public String header(String name) {
        return headers.get(name);
    }

    /** Whether the status is 2xx. */
    public boolean isSuccessful() {
        return status >= 200 && status < 300;
    }

    /** The body as UTF-8 text, cut to {@code maxChars}. */
    public String bodyText(int maxChars) {
        // At most 4 bytes per character: decode no more than can show (a capped body can still be 1 MiB).
        String s = new String(body, 0, (int) Math.min(body.length, 4L * maxChars), StandardCharsets.UTF_8);
        return s.length() <= maxChars ? s : s.substring(0, maxChars) + "…";
    }
}
