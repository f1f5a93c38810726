package dev.migsdk.core.internal.pipeline;

import dev.migsdk.core.internal.http.HttpResponse;
import java.util.AbstractMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An answer's headers as the read-only map {@link dev.migsdk.core.ResponseMetadata} exposes, built on
 * first use: most callers never look, and a call should not pay for a map per answer. Internal API.
 */
final class RedactedHeaders extends AbstractMap<String, List<String>> {
    private final HttpResponse headers;
    private volatile Map<String, List<String>> map;

    RedactedHeaders(HttpResponse headers) {
        this.headers = headers;
    }

    @Override
    public Set<Entry<String, List<String>>> entrySet() {
        Map<String, List<String>> m = map;
        if (m == null) {
            m = InterceptorCall.headers(headers);
            map = m;
        }
        return m.entrySet();
    }
}
