package dev.migsdk.core.internal.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import dev.migsdk.core.internal.pipeline.ResponseContext.MalformedFieldException;
import dev.migsdk.core.internal.util.ServerText;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Typed reads of fields of a JSON object anywhere in a success body (top level, nested objects, list
 * entries). An absent or {@code null} field is {@code null}; a field of the wrong type is a
 * {@link MalformedFieldException} naming it (with {@code path} as the prefix, e.g. {@code tasks[2].status}),
 * which the pipeline turns into {@code SDK.UnexpectedResponse}. Internal API.
 */
public final class RestFields {
    private RestFields() {
    }

    /** A scalar as text (numbers and booleans as written); an object or array is malformed. */
    public static String text(JsonNode node, String path, String field) {
        JsonNode v = value(node, field);
        if (v == null) {
            return null;
        }
        if (v.isContainerNode()) {
            throw new MalformedFieldException(name(path, field), "is not text but a JSON " + kind(v));
        }
        return v.asText();
    }

    /** A whole number within {@code long}, as a JSON number or numeric text. */
    public static Long longValue(JsonNode node, String path, String field) {
        JsonNode v = value(node, field);
        if (v == null) {
            return null;
        }
        if (v.isIntegralNumber() && v.canConvertToLong()) {
            return v.longValue();
        }
        if (v.isTextual()) {
            try {
                return Long.valueOf(v.asText().trim());
            } catch (NumberFormatException e) {
                // Not kept as the cause: its message quotes the server's text raw.
            }
        }
        throw new MalformedFieldException(name(path, field), "is not a whole number: '" + show(v) + "'");
    }

    /** A whole number within {@code int}. */
    public static Integer intValue(JsonNode node, String path, String field) {
        Long l = longValue(node, path, field);
        if (l == null) {
            return null;
        }
        if (l < Integer.MIN_VALUE || l > Integer.MAX_VALUE) {
            throw new MalformedFieldException(name(path, field), "is out of range: " + l);
        }
        return l.intValue();
    }

    /** A number, as a JSON number or numeric text. */
    public static Double doubleValue(JsonNode node, String path, String field) {
        JsonNode v = value(node, field);
        if (v == null) {
            return null;
        }
        if (v.isNumber()) {
            return v.doubleValue();
        }
        if (v.isTextual()) {
            try {
                return new BigDecimal(v.asText().trim()).doubleValue();
            } catch (NumberFormatException e) {
                // see longValue
            }
        }
        throw new MalformedFieldException(name(path, field), "is not a number: '" + show(v) + "'");
    }

    /** {@code true}/{@code false} as a JSON boolean or text (any case). */
    public static Boolean bool(JsonNode node, String path, String field) {
        JsonNode v = value(node, field);
        if (v == null) {
            return null;
        }
        if (v.isBoolean()) {
            return v.booleanValue();
        }
        if (v.isTextual() && (v.asText().equalsIgnoreCase("true") || v.asText().equalsIgnoreCase("false"))) {
            return Boolean.valueOf(v.asText().toLowerCase(java.util.Locale.ROOT));
        }
        throw new MalformedFieldException(name(path, field), "is not true or false: '" + show(v) + "'");
    }

    /** A nested object, or {@code null} when absent, {@code null} or an empty string (OMS sends "" for "none"). */
    public static JsonNode object(JsonNode node, String path, String field) {
        JsonNode v = value(node, field);
        if (v == null || (v.isTextual() && v.asText().isEmpty())) {
            return null;
        }
        if (!v.isObject()) {
            throw new MalformedFieldException(name(path, field), "is not an object but a JSON " + kind(v));
        }
        return v;
    }

    /** Any JSON value as compact text (e.g. SMS {@code error_json}, an object or a string), or {@code null}. */
    public static String json(JsonNode node, String field) {
        JsonNode v = value(node, field);
        if (v == null) {
            return null;
        }
        return v.isTextual() ? v.asText() : v.toString();
    }

    /** Each entry of an array of objects mapped with {@code entry(node, path)}; absent is an empty list. */
    public static <T> List<T> list(JsonNode node, String path, String field,
                                   java.util.function.BiFunction<JsonNode, String, T> entry) {
        JsonNode v = value(node, field);
        if (v == null) {
            return List.of();
        }
        if (!v.isArray()) {
            throw new MalformedFieldException(name(path, field), "is not an array but a JSON " + kind(v));
        }
        List<T> out = new ArrayList<>(v.size());
        String prefix = name(path, field);
        for (int i = 0; i < v.size(); i++) {
            JsonNode e = v.get(i);
            String at = prefix + "[" + i + "]";
            if (!e.isObject()) {
                throw new MalformedFieldException(at, "is not an object but a JSON " + kind(e));
            }
            out.add(entry.apply(e, at));
        }
        return out;
    }

    /** The mapper's result, checking that a required top-level field is present. */
    public static <T> T required(JsonNode node, String field, Function<JsonNode, T> read) {
        T t = read.apply(node);
        if (t == null) {
            throw new MalformedFieldException(field, "is missing");
        }
        return t;
    }

    private static JsonNode value(JsonNode node, String field) {
        JsonNode v = node == null ? null : node.get(field);
        return v == null || v.isNull() ? null : v;
    }

    private static String name(String path, String field) {
        return path == null || path.isEmpty() ? field : path + "." + field;
    }

    private static String kind(JsonNode v) {
        return v.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
    }

    private static String show(JsonNode v) {
        return ServerText.clean(v.asText(), 64);
    }
}
