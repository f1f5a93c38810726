package dev.migsdk.testkit;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import okhttp3.Headers;

/**
 * An {@code Authorization} value of the form {@code ALGORITHM k1=v1,k2=v2} (Alibaba) or
 * {@code ALGORITHM k1=v1, k2=v2} (Huawei), plus the signed-header helpers both verifiers need.
 */
record AuthorizationHeader(String algorithm, Map<String, String> parts) {

    static AuthorizationHeader parse(String value) {
        int space = value.indexOf(' ');
        Map<String, String> parts = new LinkedHashMap<>();
        if (space > 0) {
            for (String part : value.substring(space + 1).split(",")) {
                int eq = part.indexOf('=');
                if (eq > 0) {
                    parts.put(part.substring(0, eq).trim(), part.substring(eq + 1).trim());
                }
            }
        }
        return new AuthorizationHeader(space < 0 ? value : value.substring(0, space), Map.copyOf(parts));
    }

    String part(String name) {
        return parts.get(name);
    }

    /** The lower-cased names of a {@code SignedHeaders} list. */
    static Set<String> signedHeaderNames(String list) {
        return new HashSet<>(List.of(list.toLowerCase(Locale.ROOT).split(";")));
    }

    /** Signed header names (sorted) mapped to their received values, or null if one of them was not received. */
    static TreeMap<String, String> signedHeaderValues(Headers headers, Set<String> signed) {
        TreeMap<String, String> out = new TreeMap<>();
        for (String name : signed) {
            List<String> values = headers.values(name);
            if (values.isEmpty()) {
                return null;
            }
            out.put(name, String.join(",", values));
        }
        return out;
    }
}
