package dev.migsdk.testkit.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/** Pieces shared by both providers' canonical requests. Internal API. */
final class Canonical {
    private Canonical() {
    }

    /**
     * {@code enc(name)=enc(value)} pairs sorted by encoded name (then value), joined by {@code &};
     * a null value counts as empty.
     */
    static String query(List<Map.Entry<String, String>> params) {
        List<String[]> encoded = new ArrayList<>(params.size());
        for (Map.Entry<String, String> p : params) {
            encoded.add(new String[] {Rfc3986.encode(p.getKey()),
                Rfc3986.encode(p.getValue() == null ? "" : p.getValue())});
        }
        encoded.sort(Comparator.<String[], String>comparing(a -> a[0]).thenComparing(a -> a[1]));
        StringJoiner out = new StringJoiner("&");
        for (String[] p : encoded) {
            out.add(p[0] + "=" + p[1]);
        }
        return out.toString();
    }

    /** {@code name:value\n} lines for headers already lower-cased and sorted. */
    static String headers(Map<String, String> sortedLowerCaseHeaders) {
        StringBuilder out = new StringBuilder();
        sortedLowerCaseHeaders.forEach((k, v) -> out.append(k).append(':').append(v.trim()).append('\n'));
        return out.toString();
    }
}
