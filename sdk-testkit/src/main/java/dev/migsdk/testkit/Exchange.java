package dev.migsdk.testkit;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import mockwebserver3.RecordedRequest;
import okhttp3.Headers;
import okhttp3.HttpUrl;
import okio.ByteString;

/** One received request, parsed once, plus what routing learned about it. */
final class Exchange {
    final Instant now;
    final String method;
    /** Path as received (percent-encoded). */
    final String rawPath;
    /** Decoded URL query parameters, in order. */
    final List<Map.Entry<String, String>> query;
    /** URL query plus form-body parameters, in order. */
    final List<Map.Entry<String, String>> params;
    final Headers headers;
    final byte[] body;

    EmulatedService service;
    String operation;

    Exchange(RecordedRequest request, Instant now) {
        this.now = now;
        this.method = request.getMethod();
        HttpUrl url = request.getUrl();
        this.rawPath = url.encodedPath();
        List<Map.Entry<String, String>> q = new ArrayList<>();
        for (int i = 0; i < url.querySize(); i++) {
            String value = url.queryParameterValue(i);
            q.add(Map.entry(url.queryParameterName(i), value == null ? "" : value));
        }
        this.query = List.copyOf(q);
        this.headers = request.getHeaders();
        ByteString b = request.getBody();
        this.body = b == null ? new byte[0] : b.toByteArray();
        List<Map.Entry<String, String>> all = new ArrayList<>(q);
        String contentType = headers.get("Content-Type");
        if (contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded")
                && body.length > 0) {
            for (String pair : new String(body, StandardCharsets.UTF_8).split("&")) {
                if (pair.isEmpty()) {
                    continue;
                }
                int eq = pair.indexOf('=');
                String name = eq < 0 ? pair : pair.substring(0, eq);
                String value = eq < 0 ? "" : pair.substring(eq + 1);
                all.add(Map.entry(URLDecoder.decode(name, StandardCharsets.UTF_8),
                        URLDecoder.decode(value, StandardCharsets.UTF_8)));
            }
        }
        this.params = List.copyOf(all);
    }

    /** First value of a parameter (query or form body), or null. */
    String param(String name) {
        for (Map.Entry<String, String> e : params) {
            if (e.getKey().equals(name)) {
                return e.getValue();
            }
        }
        return null;
    }

    String header(String name) {
        return headers.get(name);
    }

    String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }

    Map<String, List<String>> paramMap() {
        Map<String, List<String>> out = new LinkedHashMap<>();
        params.forEach(e -> out.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        return out;
    }
}
