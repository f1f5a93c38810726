package dev.migsdk.core.internal.protocol;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.xml.XmlFactory;
import com.fasterxml.jackson.dataformat.xml.XmlMapper;
import java.io.IOException;
import javax.xml.stream.XMLInputFactory;

/**
 * Parses response bodies into Jackson trees. JSON is always ready; the XML machinery is created on
 * first use only, so JSON clients never pay for it. Parsing limits keep hostile bodies cheap.
 * Internal API.
 */
public final class BodyCodec {
    private static final StreamReadConstraints LIMITS = StreamReadConstraints.builder()
            .maxNestingDepth(64)
            .maxStringLength(1 << 20)
            .maxNumberLength(64)
            .build();

    private static final ObjectMapper JSON = JsonMapper.builder(
            JsonFactory.builder().streamReadConstraints(LIMITS).build()).build();

    private BodyCodec() {
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

    /** Parses JSON; throws {@link IOException} on anything malformed or past the limits. */
    public static JsonNode readJson(byte[] body) throws IOException {
        JsonNode node = JSON.readTree(body);
        if (node == null || node.isMissingNode()) {
            throw new IOException("empty JSON body");
        }
        return node;
    }

    /** Parses XML (root element dropped, children become fields); DTDs and external entities are refused. */
    public static JsonNode readXml(byte[] body) throws IOException {
        JsonNode node = XmlHolder.XML.readTree(body);
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
