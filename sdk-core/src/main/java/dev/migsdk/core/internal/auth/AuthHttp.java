package dev.migsdk.core.internal.auth;

import dev.migsdk.core.exception.CredentialsException;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import okhttp3.Call;
import okhttp3.Headers;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.BufferedSource;

/**
 * The small HTTP helper that metadata and IAM providers use: one shared {@link OkHttpClient} with short
 * timeouts, redirects off and no transparent retries; responses are read fully (bounded) and closed.
 * Internal API.
 */
public final class AuthHttp {
    /** Largest response body read; metadata and IAM answers are a few KiB. */
    static final long MAX_BODY_BYTES = 1 << 20;

    private AuthHttp() {
    }

    private static final class Holder {
        static final OkHttpClient SHARED = new OkHttpClient.Builder()
                .connectTimeout(Duration.ofSeconds(1))
                .readTimeout(Duration.ofSeconds(1))
                .writeTimeout(Duration.ofSeconds(1))
                .followRedirects(false)
                .followSslRedirects(false)
                .retryOnConnectionFailure(false)
                .build();
    }

    /** A client sharing the pool of the shared one, with these timeouts. */
    public static OkHttpClient client(Duration connectTimeout, Duration readTimeout) {
        return Holder.SHARED.newBuilder()
                .connectTimeout(connectTimeout)
                .readTimeout(readTimeout)
                .writeTimeout(readTimeout)
                .build();
    }

    /** A response read into memory. */
    public record Result(int code, String message, Headers headers, String body) {
        public boolean successful() {
            return code >= 200 && code < 300;
        }
    }

    /**
     * Executes the request. I/O failures become a {@link CredentialsException} naming {@code what} and the
     * URL (never headers or body); an interrupt restores the flag and throws.
     */
    public static Result execute(OkHttpClient client, Request request, String what) {
        Call call = client.newCall(request);
        try (Response response = call.execute()) {
            ResponseBody body = response.body();
            String text = readBounded(body);
            return new Result(response.code(), response.message(), response.headers(), text);
        } catch (InterruptedIOException e) {
            if (!(e instanceof SocketTimeoutException) || Thread.currentThread().isInterrupted()) {
                Thread.currentThread().interrupt();
                throw new CredentialsException("Interrupted during " + what, e);
            }
            throw new CredentialsException(what + " timed out (" + redact(request.url()) + ")", e);
        } catch (IOException e) {
            throw new CredentialsException(what + " failed (" + redact(request.url()) + "): "
                    + e.getClass().getSimpleName() + ": " + e.getMessage(), e);
        }
    }

    private static String readBounded(ResponseBody body) throws IOException {
        if (body == null) {
            return "";
        }
        BufferedSource source = body.source();
        if (source.request(MAX_BODY_BYTES + 1)) {
            throw new IOException("response body larger than " + MAX_BODY_BYTES + " bytes");
        }
        return source.getBuffer().readString(StandardCharsets.UTF_8);
    }

    /** The URL without user info or query, for messages. */
    public static String redact(HttpUrl url) {
        return url.newBuilder().username("").password("").query(null).build().toString();
    }

    /** Parses and checks an endpoint URL; only {@code https} unless {@code allowHttp}. */
    public static HttpUrl endpoint(String url, String field, boolean allowHttp) {
        HttpUrl parsed = url == null ? null : HttpUrl.parse(url.trim());
        if (parsed == null) {
            throw new IllegalArgumentException(field + " is not an http(s) URL: " + url);
        }
        if (!allowHttp && !parsed.isHttps()) {
            throw new IllegalArgumentException(field + " must use https (plain http must be enabled explicitly): "
                    + redact(parsed));
        }
        return parsed;
    }
}
