package dev.migsdk.core.internal.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import dev.migsdk.core.ResponseMetadata;
import dev.migsdk.core.internal.protocol.BodyCodec;
import dev.migsdk.core.internal.util.ServerText;

/**
 * What a response mapper gets: the decoded body (JSON or XML as a tree, {@code null} for an empty
 * body), the answer's metadata, and whether a delete was treated as done because a retry found the
 * task already gone. A mapper that meets a field it cannot read throws {@link MalformedFieldException};
 * the pipeline turns that into an {@code SDK.UnexpectedResponse} error. Internal API.
 *
 * @param body decoded body or {@code null}
 * @param metadata request id, status, attempts, latency, headers
 * @param alreadyDeleted true when an earlier attempt's answer was lost and the retry found nothing to delete
 */
public record ResponseContext(JsonNode body, ResponseMetadata metadata, boolean alreadyDeleted) {

    /** The request id (sanitised), or {@code null}. */
    public String requestId() {
        return metadata.requestId();
    }

    /** HTTP status. */
    public int httpStatus() {
        return metadata.httpStatus();
    }

    /** Text of a top-level body field, or {@code null}. */
    public String text(String field) {
        return BodyCodec.text(body, field);
    }

    /** Integer value of a top-level field (numbers or numeric text), or {@code null} when absent. */
    public Integer integer(String field) {
        String t = text(field);
        if (t == null) {
            return null;
        }
        try {
            return Integer.valueOf(t.trim());
        } catch (NumberFormatException e) {
            // Not kept as the cause: its message quotes the server's text raw.
            throw new MalformedFieldException(field, "is not an integer: '" + ServerText.clean(t, 64) + "'");
        }
    }

    /** Boolean value of a top-level field ({@code true}/{@code false}, any case), or {@code null} when absent. */
    public Boolean bool(String field) {
        String t = text(field);
        if (t == null) {
            return null;
        }
        if (t.equalsIgnoreCase("true")) {
            return Boolean.TRUE;
        }
        if (t.equalsIgnoreCase("false")) {
            return Boolean.FALSE;
        }
        throw new MalformedFieldException(field, "is not true or false: '" + ServerText.clean(t, 64) + "'");
    }

    /**
     * The entries of a wrapped list, {@code {"Jobs":{"Job":[...]}}} in JSON or {@code <Jobs><Job/>...</Jobs>}
     * in XML (where one entry arrives as an object and none as empty text): empty when the wrapper is
     * absent or empty; throws {@link MalformedFieldException} when an entry is not an object.
     */
    public java.util.List<JsonNode> list(String wrapper, String element) {
        JsonNode outer = body == null ? null : body.get(wrapper);
        if (outer == null || outer.isNull() || (outer.isValueNode() && outer.asText().isBlank())) {
            return java.util.List.of();
        }
        if (!outer.isObject()) {
            throw new MalformedFieldException(wrapper, "is not an object");
        }
        JsonNode inner = outer.get(element);
        if (inner == null || inner.isNull() || (inner.isValueNode() && inner.asText().isBlank())) {
            return java.util.List.of();
        }
        java.util.List<JsonNode> out = new java.util.ArrayList<>();
        if (inner.isArray()) {
            inner.forEach(out::add);
        } else {
            out.add(inner);
        }
        for (JsonNode n : out) {
            if (!n.isObject()) {
                throw new MalformedFieldException(wrapper + "." + element, "has an entry that is not an object");
            }
        }
        return java.util.List.copyOf(out);
    }

    /**
     * The entries of a top-level list without a wrapper, {@code {"Jobs":[...]}} in JSON or repeated
     * {@code <Jobs>} elements in XML (one arrives as an object): empty when absent or empty; throws
     * {@link MalformedFieldException} when an entry is not an object.
     */
    public java.util.List<JsonNode> items(String field) {
        JsonNode v = body == null ? null : body.get(field);
        if (v == null || v.isNull() || (v.isValueNode() && v.asText().isBlank())) {
            return java.util.List.of();
        }
        java.util.List<JsonNode> out = new java.util.ArrayList<>();
        if (v.isArray()) {
            v.forEach(out::add);
        } else {
            out.add(v);
        }
        for (JsonNode n : out) {
            if (!n.isObject()) {
                throw new MalformedFieldException(field, "has an entry that is not an object");
            }
        }
        return java.util.List.copyOf(out);
    }

    /** Text of a field of {@code node} (any scalar), or {@code null} if missing, null or not a scalar. */
    public static String text(JsonNode node, String field) {
        return BodyCodec.text(node, field);
    }

    /** A field of a success answer that does not have the documented type. */
    public static final class MalformedFieldException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public MalformedFieldException(String field, String problem) {
            super("field " + field + " " + problem);
        }
    }
}
