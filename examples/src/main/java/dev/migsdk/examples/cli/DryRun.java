package dev.migsdk.examples.cli;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.regex.Pattern;
import okhttp3.HttpUrl;
import okhttp3.Interceptor;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Protocol;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * {@code --dry-run}: an OkHttp application interceptor handed to the client through the public
 * {@code httpTransport(OkHttpTransportFactory.using(OkHttpClient))} setting. It sees the request exactly as the SDK signed it, records it as a
 * curl command with every secret replaced by {@code ***}, and answers it itself, so nothing leaves the process
 * (application interceptors run before any connection is made). The answer is a stand-in success that only ends
 * the SDK's call: a captured request is reported as not sent ({@link Outcome.Kind#NOT_SENT}) and the stand-in,
 * request id included, is never shown.
 */
final class DryRun implements Interceptor {
    private static final String REQUEST_ID = "not-sent";
    private static final String MASK = "***";
    private static final Set<String> SECRET_HEADERS = Set.of("x-auth-token", "x-security-token",
            "x-acs-security-token", "x-subject-token");
    private static final Set<String> SECRET_PARAMS = Set.of("Signature", "SecurityToken");
    private static final Pattern SIGNATURE_PART = Pattern.compile("(Signature=)[^,\\s]*");
    private static final MediaType JSON = MediaType.get("application/json");

    private final ConcurrentLinkedQueue<String> captured = new ConcurrentLinkedQueue<>();

    /** An OkHttp client that never connects anywhere. */
    OkHttpClient httpClient() {
        return new OkHttpClient.Builder().addInterceptor(this).build();
    }

    /** The curl command of the oldest request not yet taken, or {@code null}. */
    String take() {
        return captured.poll();
    }

    @Override
    public Response intercept(Chain chain) {
        Request request = chain.request();
        captured.add(curl(request));
        return new Response.Builder().request(request).protocol(Protocol.HTTP_1_1).code(200).message("OK (dry run)")
                .header("X-Request-Id", REQUEST_ID)
                .body(ResponseBody.create("{\"RequestId\":\"" + REQUEST_ID + "\",\"Success\":true}", JSON))
                .build();
    }

    /** The request as a shell-quoted curl command, secrets masked. */
    static String curl(Request request) {
        StringBuilder sb = new StringBuilder("curl -X ").append(request.method()).append(' ')
                .append(quote(redactUrl(request.url())));
        for (int i = 0; i < request.headers().size(); i++) {
            String name = request.headers().name(i);
            sb.append(" \\\n  -H ").append(quote(name + ": " + redactHeader(name, request.headers().value(i))));
        }
        return sb.toString();
    }

    private static String redactUrl(HttpUrl url) {
        StringBuilder sb = new StringBuilder(url.scheme()).append("://").append(url.host());
        if (url.port() != HttpUrl.defaultPort(url.scheme())) {
            sb.append(':').append(url.port());
        }
        sb.append(url.encodedPath());
        String query = url.encodedQuery();
        if (query != null) {
            String sep = "?";
            for (String pair : query.split("&")) {
                String[] nv = pair.split("=", 2);
                boolean secret = SECRET_PARAMS.contains(URLDecoder.decode(nv[0], StandardCharsets.UTF_8));
                sb.append(sep).append(nv[0]).append('=').append(secret ? MASK : nv.length > 1 ? nv[1] : "");
                sep = "&";
            }
        }
        return sb.toString();
    }

    static String redactHeader(String name, String value) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (SECRET_HEADERS.contains(lower)) {
            return MASK;
        }
        if (lower.equals("authorization")) {
            return SIGNATURE_PART.matcher(value).replaceAll("$1" + MASK);
        }
        return value;
    }

    private static String quote(String s) {
        return "'" + s.replace("'", "'\\''") + "'";
    }
}
