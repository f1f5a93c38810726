package dev.migsdk.opentelemetry;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Where an attempt went, read from the redacted URL the interceptor sees: never throws, whatever the URL.
 *
 * @param host the host ({@code server.address}), without IPv6 brackets
 * @param port the port, explicit or the scheme's default ({@code server.port})
 * @param urlWithoutQuery scheme, host, port and path: the query is left out, since Alibaba's carries the
 *                        AccessKey id, nonce and timestamp ({@code url.full})
 * @param region the region the provider's endpoint names, or {@code null} (SMC's one endpoint, an override)
 */
record Target(String host, int port, String urlWithoutQuery, String region) {
    private static final Pattern REGION = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)+");
    private static final String[] PROVIDER_DOMAINS = {".aliyuncs.com", ".myhuaweicloud.com"};

    static Target of(String url) {
        String scheme = "https";
        String rest = url;
        int sep = url.indexOf("://");
        if (sep > 0) {
            scheme = url.substring(0, sep).toLowerCase(Locale.ROOT);
            rest = url.substring(sep + 3);
        }
        int q = rest.indexOf('?');
        if (q >= 0) {
            rest = rest.substring(0, q);
        }
        int slash = rest.indexOf('/');
        String authority = slash < 0 ? rest : rest.substring(0, slash);
        String path = slash < 0 ? "/" : rest.substring(slash);
        String host = authority;
        int port = -1;
        int colon = authority.lastIndexOf(':');
        if (colon >= 0 && colon > authority.lastIndexOf(']')) {
            host = authority.substring(0, colon);
            port = parsePort(authority.substring(colon + 1));
        }
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        if (port < 0) {
            port = scheme.equals("http") ? 80 : 443;
        }
        return new Target(host, port, scheme + "://" + authority + path, region(host));
    }

    /**
     * The region in a provider endpoint {@code <service>.<region>.aliyuncs.com} or
     * {@code <service>.<region>.myhuaweicloud.com} (DTS, OMS, SMS and Moscow's {@code sms-api}); none for
     * central endpoints such as {@code smc.aliyuncs.com} or {@code dts.aliyuncs.com}, or any other host.
     */
    static String region(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        for (String domain : PROVIDER_DOMAINS) {
            if (h.endsWith(domain)) {
                String[] labels = h.substring(0, h.length() - domain.length()).split("\\.", -1);
                if (labels.length == 2 && REGION.matcher(labels[1]).matches()) {
                    return labels[1];
                }
            }
        }
        return null;
    }

    private static int parsePort(String s) {
        if (s.isEmpty() || s.length() > 5) {
            return -1;
        }
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return -1;
            }
        }
        int p = Integer.parseInt(s);
        return p <= 65_535 ? p : -1;
    }
}
