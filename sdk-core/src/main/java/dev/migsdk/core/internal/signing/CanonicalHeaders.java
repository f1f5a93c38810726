package dev.migsdk.core.internal.signing;

import dev.migsdk.core.internal.http.NameValue;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * The canonical-headers block and signed-header list shared by the ACS3 and Huawei AK/SK signers:
 * lower-cased names sorted, values trimmed, one {@code name:value\n} line per name. A header that
 * occurs more than once is signed once, its values joined by {@code ,} in request order. Internal API.
 */
final class CanonicalHeaders {
    private final String[] names;
    private final String[] values;
    private final int count;
    private final String signedHeaders;

    private CanonicalHeaders(String[] names, String[] values, int count, String signedHeaders) {
        this.names = names;
        this.values = values;
        this.count = count;
        this.signedHeaders = signedHeaders;
    }

    /**
     * The headers that {@code include} accepts; it is given each name as the request spells it and must
     * decide regardless of case (only the accepted names are lower-cased). A request signs a handful of
     * headers, so they are sorted in place (a stable insertion sort: repeated names keep request order)
     * rather than through a map.
     */
    static CanonicalHeaders of(List<NameValue> headers, Predicate<String> include) {
        int size = headers.size();
        String[] names = new String[size];
        String[] values = new String[size];
        int n = 0;
        for (int i = 0; i < size; i++) {
            NameValue h = headers.get(i);
            if (!include.test(h.name())) {
                continue;
            }
            String name = h.name().toLowerCase(Locale.ROOT);
            String value = h.value().trim();
            int j = n++;
            while (j > 0 && names[j - 1].compareTo(name) > 0) {
                names[j] = names[j - 1];
                values[j] = values[j - 1];
                j--;
            }
            names[j] = name;
            values[j] = value;
        }
        StringBuilder signed = new StringBuilder(96);
        for (int i = 0; i < n; i++) {
            if (i > 0 && names[i].equals(names[i - 1])) {
                continue;
            }
            if (signed.length() > 0) {
                signed.append(';');
            }
            signed.append(names[i]);
        }
        return new CanonicalHeaders(names, values, n, signed.toString());
    }

    /**
     * Appends {@code name:value\n} per header, sorted by name; a repeated name is one line with its values
     * joined by {@code ,}. Nothing for no headers.
     */
    StringBuilder appendBlock(StringBuilder sb) {
        for (int i = 0; i < count; i++) {
            if (i > 0 && names[i].equals(names[i - 1])) {
                sb.setLength(sb.length() - 1); // same name again: join the line just written
                sb.append(',').append(values[i]).append('\n');
            } else {
                sb.append(names[i]).append(':').append(values[i]).append('\n');
            }
        }
        return sb;
    }

    /** The block {@link #appendBlock} writes, as a string. */
    String block() {
        return appendBlock(new StringBuilder(256)).toString();
    }

    /** Lower-cased names joined by {@code ;}. */
    String signedHeaders() {
        return signedHeaders;
    }
}
