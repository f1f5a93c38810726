package dev.migsdk.core.internal.protocol;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.xml.XmlFactory;
import com.fasterxml.jackson.dataformat.xml.XmlMapper;
import java.io.IOException;
import javax.xml.stream.XMLInputFactory;

/**
 * Parses response bodies into Jackson trees. JSON is read with the streaming parser alone; the XML
 * machinery is created on first use only, so JSON clients never pay for it. Parsing limits keep hostile bodies cheap.
 * Internal API.
 */
public final class BodyCodec {
    private static final StreamReadConstraints LIMITS = StreamReadConstraints.builder()
            .maxNestingDepth(64)
            .maxStringLength(1 << 20)
            .maxNumberLength(64)
            .build();

    private static final JsonFactory JSON = JsonFactory.builder().streamReadConstraints(LIMITS).build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private BodyCodec() {
    }

    /** {@code tree} as compact UTF-8 JSON (request bodies). */
    public static byte[] writeJson(JsonNode tree) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(64);
        try (com.fasterxml.jackson.core.JsonGenerator g = JSON.createGenerator(out)) {
            write(g, tree);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e); // an in-memory stream does not fail
        }
        return out.toByteArray();
    }

    private static void write(com.fasterxml.jackson.core.JsonGenerator g, JsonNode n) throws IOException {
        if (n.isObject()) {
            g.writeStartObject();
            for (java.util.Iterator<java.util.Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext(); ) {
                java.util.Map.Entry<String, JsonNode> e = it.next();
                g.writeFieldName(e.getKey());
                write(g, e.getValue());
            }
            g.writeEndObject();
        } else if (n.isArray()) {
            g.writeStartArray();
            for (JsonNode e : n) {
                write(g, e);
            }
            g.writeEndArray();
        } else if (n.isTextual()) {
            g.writeString(n.textValue());
        } else if (n.isBoolean()) {
            g.writeBoolean(n.booleanValue());
        } else if (n.isIntegralNumber()) {
            g.writeNumber(n.bigIntegerValue());
        } else if (n.isNumber()) {
            g.writeNumber(n.decimalValue());
        } else {
            g.writeNull();
        }
    }

    /** The body's first non-blank character, or 0 for a blank body. */
    public static char firstSignificantChar(byte[] body) {
        for (byte b : body) {
            int u = b & 0xFF;
            boolean skip = u == ' ' || u == '\t' || u == '\r' || u == '\n' || u == 0xEF || u == 0xBB || u == 0xBF;
            if (!skip) {
                return (char) u;
            }
        }
        return 0;
    }

    /**
     * Parses JSON into a tree; throws {@link IOException} on anything malformed or past the limits.
     *
     * <p>The tree is built straight from Jackson's streaming parser, without an {@code ObjectMapper}: the
     * answers are a few fields, and the mapper's deserialization machinery (a few hundred classes to load,
     * and a context per read) would cost more than the parse. The result is what {@code readTree} gives:
     * the same node types, a repeated field's last value, content after the first value ignored.
     */
    public static JsonNode readJson(byte[] body) throws IOException {
        try (JsonParser p = JSON.createParser(body)) {
            JsonToken first = p.nextToken();
            if (first == null) {
                throw new IOException("empty JSON body");
            }
            return value(p, first);
        }
    }

    private static JsonNode value(JsonParser p, JsonToken t) throws IOException {
        switch (t) {
            case START_OBJECT: {
                ObjectNode o = NODES.objectNode();
                for (JsonToken n = p.nextToken(); n != JsonToken.END_OBJECT; n = p.nextToken()) {
                    if (n != JsonToken.FIELD_NAME) {
                        throw new IOException("malformed JSON object");
                    }
                    String name = p.currentName();
                    o.set(name, value(p, p.nextToken()));
                }
                return o;
            }
            case START_ARRAY: {
                ArrayNode a = NODES.arrayNode();
                for (JsonToken n = p.nextToken(); n != JsonToken.END_ARRAY; n = p.nextToken()) {
                    a.add(value(p, n));
                }
                return a;
            }
            case VALUE_STRING:
                return NODES.textNode(p.getText());
            case VALUE_NUMBER_INT:
                return switch (p.getNumberType()) {
                    case INT -> NODES.numberNode(p.getIntValue());
                    case LONG -> NODES.numberNode(p.getLongValue());
                    default -> NODES.numberNode(p.getBigIntegerValue());
                };
            case VALUE_NUMBER_FLOAT:
                return NODES.numberNode(p.getDoubleValue());
            case VALUE_TRUE:
                return NODES.booleanNode(true);
            case VALUE_FALSE:
                return NODES.booleanNode(false);
            case VALUE_NULL:
                return NODES.nullNode();
            default:
                // null: the document ended inside a value (the parser reports most of these itself)
                throw new IOException("malformed JSON: unexpected " + t);
        }
    }

    /** Parses XML (root element dropped, children become fields); DTDs and external entities are refused. */
    public static JsonNode readXml(byte[] body) throws IOException {
        JsonNode node;
        try {
            node = XmlHolder.XML.readTree(body);
        } catch (LinkageError e) { // jackson-dataformat-xml newer than jackson-core: see LibraryVersions
            String why = dev.migsdk.core.internal.util.LibraryVersions.xmlProblem();
            throw new IOException("XML body cannot be read with the Jackson on the class path ("
                    + (why != null ? why : dev.migsdk.core.internal.util.LibraryVersions.linkage(e, "XML decoding"))
                    + ")", e);
        }
        if (node == null || node.isMissingNode()) {
            throw new IOException("empty XML body");
        }
        return node;
    }

    /** Parses JSON or XML by sniffing the first character; throws {@link IOException} if neither. */
    public static JsonNode read(byte[] body) throws IOException {
        char c = firstSignificantChar(body);
        if (c == '{' || c == '[') {
            return readJson(body);
        }
        if (c == '<') {
            return readXml(body);
        }
        throw new IOException(c == 0 ? "empty body" : "body is neither JSON nor XML");
    }

    /** Text of a field (any scalar), or {@code null} if missing, null or not a scalar. */
    public static String text(JsonNode node, String field) {
        JsonNode v = node == null ? null : node.get(field);
        if (v == null || v.isNull() || v.isContainerNode()) {
            return null;
        }
        return v.asText();
    }

    /** Lazily created XML mapper. */
    private static final class XmlHolder {
        static final XmlMapper XML;

        static {
            XMLInputFactory input = XMLInputFactory.newFactory();
            input.setProperty(XMLInputFactory.SUPPORT_DTD, false);
            input.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
            XmlFactory factory = XmlFactory.builder().xmlInputFactory(input).streamReadConstraints(LIMITS).build();
            XML = new XmlMapper(factory);
        }
    }
}
