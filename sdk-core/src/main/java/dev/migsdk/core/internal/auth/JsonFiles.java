package dev.migsdk.core.internal.auth;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.migsdk.core.exception.MalformedCredentialsException;

/**
 * JSON parsing for credential sources. Errors report where (line and column) but never what: Jackson's
 * own messages quote the offending token, which may be a secret. Internal API.
 */
public final class JsonFiles {
    /** Shared, immutable after construction. */
    public static final ObjectMapper MAPPER = JsonMapper.builder()
            .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .build();

    private JsonFiles() {
    }

    /**
     * Parses {@code text}; {@code origin} (a file path or "response from URL") names it in errors.
     *
     * @throws MalformedCredentialsException if it is not JSON, naming origin, line and column only
     */
    public static JsonNode parse(String text, String origin) {
        try {
            JsonNode node = MAPPER.readTree(text);
            if (node == null || node.isMissingNode()) {
                throw new MalformedCredentialsException("Malformed JSON in " + origin + ": empty document");
            }
            return node;
        } catch (JsonProcessingException e) {
            // Deliberately no cause and no Jackson message: both can contain the offending (secret) token.
            JsonLocation loc = e.getLocation();
            String where = loc == null ? "" : " at line " + loc.getLineNr() + ", column " + loc.getColumnNr();
            throw new MalformedCredentialsException("Malformed JSON in " + origin + where + " ("
                    + e.getClass().getSimpleName() + ")");
        }
    }

    /** A text field, trimmed, or {@code null} if missing, null or blank. */
    public static String text(JsonNode node, String field) {
        JsonNode v = node == null ? null : node.get(field);
        if (v == null || v.isNull() || !v.isValueNode()) {
            return null;
        }
        return SystemContext.trimToNull(v.asText());
    }
}
