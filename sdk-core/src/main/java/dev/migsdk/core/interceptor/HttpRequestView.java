package dev.migsdk.core.interceptor;

import java.util.List;
import java.util.Map;

/**
 * An attempt's HTTP request as sent, with secrets masked: {@code Authorization}, {@code X-Auth-Token},
 * security-token headers and the {@code Signature} query parameter read {@code ***}.
 *
 * @param method HTTP method
 * @param url scheme, host, port, path and query
 * @param headers headers in the order sent
 */
public record HttpRequestView(String method, String url, Map<String, List<String>> headers) {

    /** The path of {@link #url()} (no query). */
    public String path() {
        int start = url.indexOf("//");
        int slash = url.indexOf('/', start < 0 ? 0 : start + 2);
        if (slash < 0) {
            return "/";
        }
        int q = url.indexOf('?', slash);
        return q < 0 ? url.substring(slash) : url.substring(slash, q);
    }
}
