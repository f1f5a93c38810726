package dev.migsdk.testkit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/** Small helpers to write JSON/XML bodies, ids and dates. */
final class Bodies {
    static final ObjectMapper MAPPER = new ObjectMapper();
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final DateTimeFormatter HTTP_DATE =
            DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.US).withZone(ZoneOffset.UTC);
    static final DateTimeFormatter SDK_DATE =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'", Locale.ROOT).withZone(ZoneOffset.UTC);
    static final DateTimeFormatter IAM_DATE =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSS'Z'", Locale.ROOT).withZone(ZoneOffset.UTC);

    private Bodies() {
    }

    static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    static String json(JsonNode node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * {@code <root><k>v</k>...</root>} with an XML declaration; values escaped. A map value becomes nested
     * elements; a list value repeats its element once per entry (the POP XML form of a JSON array).
     */
    static String xml(String root, Map<String, ?> fields) {
        StringBuilder out = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<").append(root).append('>');
        xmlFields(out, fields);
        return out.append("</").append(root).append('>').toString();
    }

    private static void xmlFields(StringBuilder out, Map<String, ?> fields) {
        fields.forEach((k, v) -> {
            if (v instanceof java.util.List<?> list) {
                list.forEach(item -> xmlElement(out, k, item));
            } else {
                xmlElement(out, k, v);
            }
        });
    }

    @SuppressWarnings("unchecked")
    private static void xmlElement(StringBuilder out, String name, Object v) {
        out.append('<').append(name).append('>');
        if (v instanceof Map<?, ?> m) {
            xmlFields(out, (Map<String, ?>) m);
        } else if (v != null) {
            out.append(escapeXml(String.valueOf(v)));
        }
        out.append("</").append(name).append('>');
    }

    static String escapeXml(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&apos;");
                case '\n' -> out.append("&#10;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** Alibaba-style request id: an upper-case UUID. */
    static String alibabaRequestId() {
        return UUID.randomUUID().toString().toUpperCase(Locale.ROOT);
    }

    /** Huawei-style request id: 32 lower-case hex characters. */
    static String huaweiRequestId() {
        byte[] b = new byte[16];
        RANDOM.nextBytes(b);
        return HexFormat.of().formatHex(b);
    }

    static String httpDate(Instant t) {
        return HTTP_DATE.format(t);
    }
}
