package dev.migsdk.core.internal.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import dev.migsdk.core.internal.protocol.BodyCodec;

/**
 * What a response mapper gets: the decoded body (JSON or XML as a tree, {@code null} for an empty
 * body), the request id, the HTTP status, and whether a delete was treated as done because a retry
 * found the task already gone. Internal API.
 *
 * @param body decoded body or {@code null}
 * @param requestId request id from body or headers, or {@code null}
 * @param httpStatus HTTP status
 * @param alreadyDeleted true when an earlier attempt's answer was lost and the retry found nothing to delete
 */
public record ResponseContext(JsonNode body, String requestId, int httpStatus, boolean alreadyDeleted) {

    /** Text of a top-level body field, or {@code null}. */
    public String text(String field) {
        return BodyCodec.text(body, field);
    }

    /** Integer value of a top-level field (numbers or numeric text), or {@code null}. */
    public Integer integer(String field) {
        String t = text(field);
        if (t == null) {
            return null;
        }
        try {
            return Integer.valueOf(t.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Boolean value of a top-level field ({@code true}/{@code false}, any case), or {@code null}. */
    public Boolean bool(String field) {
        String t = text(field);
        if (t == null) {
            return null;
        }
        if (t.equalsIgnoreCase("true")) {
            return Boolean.TRUE;
        }
        return t.equalsIgnoreCase("false") ? Boolean.FALSE : null;
    }
}
