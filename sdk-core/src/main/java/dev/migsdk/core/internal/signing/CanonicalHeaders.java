package dev.migsdk.core.internal.signing;

import dev.migsdk.core.internal.http.NameValue;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * The canonical-headers block and signed-header list shared by the ACS3 and Huawei AK/SK signers:
 * lower-cased names sorted, values trimmed, one {@code name:value\n} line per name. A header that
 * occurs more than once is signed once, its values joined by {@code ,} in request order. Internal API.
 */
final class CanonicalHeaders {
    private final Layout layout;
    private final String[] values;

    private CanonicalHeaders(Layout layout, String[] values) {
        this.layout = layout;
        this.values = values;
    }

    /**
     * The headers that {@code include} accepts; it is given each name as the request spells it and must
     * decide regardless of case (only the accepted names are lower-cased).
     */
    static CanonicalHeaders of(List<NameValue> headers, Predicate<String> include) {
        return Layout.of(headers, include).apply(headers);
    }

    /**
     * Appends {@code name:value\n} per header, sorted by name; a repeated name is one line with its values
     * joined by {@code ,}. Nothing for no headers.
     */
    StringBuilder appendBlock(StringBuilder sb) {
        String[] names = layout.names;
        for (int i = 0; i < names.length; i++) {
            if (layout.repeats[i]) {
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
        return layout.signedHeaders;
    }

    /**
     * One signer's choice of headers, remembering the layouts (which headers, in what order, under which
     * lower-case names) of the last two lists of header names it saw. A client sends the same header names
     * on every call (two, for a signer shared by two services' clients), so the filter, the lower-casing,
     * the sort and the signed-header list are worked out once; a call then checks the names against the
     * remembered ones (the same {@code String}s, so mostly by identity) and trims the values. Thread-safe:
     * layouts are immutable, and a miss replaces the older one.
     */
    static final class Selection {
        private final Predicate<String> include;
        private volatile Layout last;
        private volatile Layout previous;

        /** @param include a function of the name as spelled, deciding regardless of case */
        Selection(Predicate<String> include) {
            this.include = include;
        }

        CanonicalHeaders of(List<NameValue> headers) {
            Layout l = last;
            if (l == null || !l.matches(headers)) {
                Layout p = previous;
                if (p != null && p.matches(headers)) {
                    l = p;
                } else {
                    l = Layout.of(headers, include);
                    previous = last;
                    last = l;
                }
            }
            return l.apply(headers);
        }
    }

    /** Which of a list of headers are signed, in canonical order: everything but the values. */
    private static final class Layout {
        /** The names as the request spelled them, all of them, in request order: what a later list must match. */
        private final String[] requestNames;
        /** For each signed header in canonical order, its index in the request. */
        private final int[] order;
        private final String[] names;
        /** Whether the name at this position is the same as the one before (its value joins that line). */
        private final boolean[] repeats;
        private final String signedHeaders;

        private Layout(String[] requestNames, int[] order, String[] names, boolean[] repeats, String signedHeaders) {
            this.requestNames = requestNames;
            this.order = order;
            this.names = names;
            this.repeats = repeats;
            this.signedHeaders = signedHeaders;
        }

        /**
         * A request signs a handful of headers, so they are sorted in place (a stable insertion sort: repeated
         * names keep request order) rather than through a map.
         */
        static Layout of(List<NameValue> headers, Predicate<String> include) {
            int size = headers.size();
            String[] requestNames = new String[size];
            String[] names = new String[size];
            int[] order = new int[size];
            int n = 0;
            for (int i = 0; i < size; i++) {
                String raw = headers.get(i).name();
                requestNames[i] = raw;
                if (!include.test(raw)) {
                    continue;
                }
                String name = raw.toLowerCase(Locale.ROOT);
                int j = n++;
                while (j > 0 && names[j - 1].compareTo(name) > 0) {
                    names[j] = names[j - 1];
                    order[j] = order[j - 1];
                    j--;
                }
                names[j] = name;
                order[j] = i;
            }
            String[] signedNames = Arrays.copyOf(names, n);
            boolean[] repeats = new boolean[n];
            StringBuilder signed = new StringBuilder(96);
            for (int i = 0; i < n; i++) {
                repeats[i] = i > 0 && signedNames[i].equals(signedNames[i - 1]);
                if (repeats[i]) {
                    continue;
                }
                if (signed.length() > 0) {
                    signed.append(';');
                }
                signed.append(signedNames[i]);
            }
            return new Layout(requestNames, Arrays.copyOf(order, n), signedNames, repeats, signed.toString());
        }

        boolean matches(List<NameValue> headers) {
            if (headers.size() != requestNames.length) {
                return false;
            }
            for (int i = 0; i < requestNames.length; i++) {
                String name = headers.get(i).name();
                if (name != requestNames[i] && !name.equals(requestNames[i])) {
                    return false;
                }
            }
            return true;
        }

        /** The signed headers of {@code headers} (which must {@link #matches match}), values trimmed. */
        CanonicalHeaders apply(List<NameValue> headers) {
            String[] values = new String[order.length];
            for (int i = 0; i < order.length; i++) {
                values[i] = headers.get(order[i]).value().trim();
            }
            return new CanonicalHeaders(this, values);
        }
    }
}
