package dev.migsdk.core.internal.signing;

import dev.migsdk.core.internal.http.NameValue;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * The canonical-headers block and signed-header list shared by the ACS3 and Huawei AK/SK signers:
 * lower-cased names sorted, values trimmed, one {@code name:value\n} line per name. A header that
 * occurs more than once is signed once, its values joined by {@code ,} in request order. Internal API.
 */
final class CanonicalHeaders {
    private final String block;
    private final String signedHeaders;

    private CanonicalHeaders(String block, String signedHeaders) {
        this.block = block;
        this.signedHeaders = signedHeaders;
    }

    /** The headers whose lower-cased name {@code include} accepts. */
    static CanonicalHeaders of(List<NameValue> headers, Predicate<String> include) {
        Map<String, String> sorted = new TreeMap<>();
        for (NameValue h : headers) {
            String name = h.name().toLowerCase(Locale.ROOT);
            if (include.test(name)) {
                sorted.merge(name, h.value().trim(), (a, b) -> a + "," + b);
            }
        }
        StringBuilder block = new StringBuilder(256);
        StringBuilder signed = new StringBuilder(96);
        for (Map.Entry<String, String> e : sorted.entrySet()) {
            block.append(e.getKey()).append(':').append(e.getValue()).append('\n');
            if (signed.length() > 0) {
                signed.append(';');
            }
            signed.append(e.getKey());
        }
        return new CanonicalHeaders(block.toString(), signed.toString());
    }

    /** {@code name:value\n} per header, sorted by name; ends with a newline unless empty. */
    String block() {
        return block;
    }

    /** Lower-cased names joined by {@code ;}. */
    String signedHeaders() {
        return signedHeaders;
    }
}
