package dev.migsdk.bench.floor;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.migsdk.bench.e2e.Caller;
import dev.migsdk.bench.e2e.Op;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import okhttp3.Call;
import okhttp3.Callback;
import okhttp3.ConnectionPool;
import okhttp3.Dispatcher;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * The floor: what a careful programmer writes by hand with OkHttp 5, {@code javax.crypto} and Jackson.
 * Same wire work as the SDK: the same method, path, query and headers (ACS3-HMAC-SHA256 for Alibaba,
 * SDK-HMAC-SHA256 for Huawei, same signed-header set), the same body decode (a Jackson tree, the
 * request id read from it). No retries, no validation, no error mapping: that is the SDK's overhead.
 * Sync calls use {@code call.execute()} on the caller's thread.
 */
public final class FloorCaller implements Caller {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final RequestBody EMPTY = RequestBody.create(new byte[0], null);
    private static final String EMPTY_SHA256 = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";
    private static final char[] HEX = "0123456789abcdef".toCharArray();
    private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'")
            .withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter BASIC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);
    private static final String USER_AGENT = "floor-java/0.1.0-SNAPSHOT Java/" + System.getProperty("java.version")
            + " " + System.getProperty("os.name") + "/" + System.getProperty("os.arch");
    private static final ThreadLocal<MessageDigest> SHA256 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    });
    private static final ThreadLocal<Mac> HMAC = ThreadLocal.withInitial(() -> {
        try {
            return Mac.getInstance("HmacSHA256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    });

    private final Op op;
    private final OkHttpClient client;
    private final String hostPort;
    private final HttpUrl base;

    public FloorCaller(Op op, int port) {
        this(op, port, new OkHttpClient.Builder());
    }

    /** On a client made from {@code builder} (the in-process benchmark adds its canned-answer interceptor). */
    public FloorCaller(Op op, int port, OkHttpClient.Builder builder) {
        this.op = op;
        Dispatcher dispatcher = new Dispatcher();
        dispatcher.setMaxRequests(64);
        dispatcher.setMaxRequestsPerHost(64);
        // Configured like the SDK's own client: 64 calls at once, and their connections kept (OkHttp's default pool
        // keeps 5 idle, and at 8 threads both sides kept closing and reopening connections: noise in every ratio).
        this.client = builder.dispatcher(dispatcher).connectionPool(new ConnectionPool(64, 5, TimeUnit.MINUTES))
                .followRedirects(false)
                .followSslRedirects(false).retryOnConnectionFailure(false).build();
        this.hostPort = "127.0.0.1:" + port;
        this.base = new HttpUrl.Builder().scheme("http").host("127.0.0.1").port(port).build();
    }

    @Override
    public void call() {
        try (Response response = client.newCall(request()).execute()) {
            check(response);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public CompletableFuture<?> callAsync() {
        CompletableFuture<String> f = new CompletableFuture<>();
        client.newCall(request()).enqueue(new Callback() {
            @Override
            public void onFailure(Call call, IOException e) {
                f.completeExceptionally(e);
            }

            @Override
            public void onResponse(Call call, Response response) {
                try (response) {
                    f.complete(check(response));
                } catch (IOException | RuntimeException e) {
                    f.completeExceptionally(e);
                }
            }
        });
        return f;
    }

    /** This call's signed request (also sent, rebuilt, by {@link RebuiltFloorCaller} and {@link SdkTransportFloorCaller}). */
    Request request() {
        return switch (op) {
            case SMC_DELETE -> alibaba("DeleteReplicationJob", "2019-06-01",
                    new String[] {"Format", "JSON", "JobId", Op.JOB_ID});
            case SMC_STOP -> alibaba("StopReplicationJob", "2019-06-01",
                    new String[] {"Format", "JSON", "JobId", Op.JOB_ID});
            case DTS_DELETE -> alibaba("DeleteDtsJob", "2020-01-01",
                    new String[] {"DtsJobId", Op.DTS_JOB_ID, "Format", "JSON", "RegionId", Op.DTS_REGION});
            case OMS_DELETE -> huawei(new String[] {"v2", Op.PROJECT_ID, "tasks", Long.toString(Op.OMS_TASK_ID)},
                    "x-project-id", Op.PROJECT_ID);
            case SMS_DELETE -> huawei(new String[] {"v3", "tasks", Op.SMS_TASK_ID}, "x-domain-id", Op.DOMAIN_ID);
        };
    }

    /** ACS3-HMAC-SHA256, RPC style: POST /, parameters in the query (already in sorted order), empty body. */
    private Request alibaba(String action, String version, String[] sortedQuery) {
        HttpUrl.Builder url = base.newBuilder();
        StringBuilder canonicalQuery = new StringBuilder();
        for (int i = 0; i < sortedQuery.length; i += 2) {
            String v = percentEncode(sortedQuery[i + 1]);
            url.addEncodedQueryParameter(sortedQuery[i], v);
            if (i > 0) {
                canonicalQuery.append('&');
            }
            canonicalQuery.append(sortedQuery[i]).append('=').append(v);
        }
        String date = ISO.format(Instant.now());
        String nonce = nonce();
        String canonicalHeaders = "host:" + hostPort + "\nx-acs-action:" + action + "\nx-acs-content-sha256:"
                + EMPTY_SHA256 + "\nx-acs-date:" + date + "\nx-acs-signature-nonce:" + nonce + "\nx-acs-version:"
                + version + "\n";
        String signedHeaders = "host;x-acs-action;x-acs-content-sha256;x-acs-date;x-acs-signature-nonce;x-acs-version";
        String canonicalRequest = "POST\n/\n" + canonicalQuery + "\n" + canonicalHeaders + "\n" + signedHeaders + "\n"
                + EMPTY_SHA256;
        String stringToSign = "ACS3-HMAC-SHA256\n" + hex(SHA256.get().digest(bytes(canonicalRequest)));
        String signature = hex(hmac(Op.AK_SECRET, stringToSign));
        return new Request.Builder().url(url.build())
                .header("host", hostPort)
                .header("x-acs-action", action)
                .header("x-acs-version", version)
                .header("User-Agent", USER_AGENT)
                .header("x-acs-date", date)
                .header("x-acs-signature-nonce", nonce)
                .header("x-acs-content-sha256", EMPTY_SHA256)
                .header("Authorization", "ACS3-HMAC-SHA256 Credential=" + Op.AK_ID + ",SignedHeaders=" + signedHeaders
                        + ",Signature=" + signature)
                .post(EMPTY)
                .build();
    }

    /** SDK-HMAC-SHA256: DELETE, signing host, user-agent, the scope id header and x-sdk-date. */
    private Request huawei(String[] segments, String scopeHeader, String scopeId) {
        HttpUrl.Builder url = base.newBuilder();
        StringBuilder canonicalUri = new StringBuilder("/");
        for (String s : segments) {
            url.addPathSegment(s);
            canonicalUri.append(percentEncode(s)).append('/');
        }
        String date = BASIC.format(Instant.now());
        String canonicalHeaders = "host:" + hostPort + "\nuser-agent:" + USER_AGENT + "\n" + scopeHeader + ":"
                + scopeId + "\nx-sdk-date:" + date + "\n";
        String signedHeaders = "host;user-agent;" + scopeHeader + ";x-sdk-date";
        String canonicalRequest = "DELETE\n" + canonicalUri + "\n\n" + canonicalHeaders + "\n" + signedHeaders + "\n"
                + EMPTY_SHA256;
        String stringToSign = "SDK-HMAC-SHA256\n" + date + "\n" + hex(SHA256.get().digest(bytes(canonicalRequest)));
        String signature = hex(hmac(Op.HW_SK, stringToSign));
        return new Request.Builder().url(url.build())
                .header("Host", hostPort)
                .header(scopeHeader.equals("x-project-id") ? "X-Project-Id" : "X-Domain-Id", scopeId)
                .header("User-Agent", USER_AGENT)
                .header("X-Sdk-Date", date)
                .header("Authorization", "SDK-HMAC-SHA256 Access=" + Op.HW_AK + ", SignedHeaders=" + signedHeaders
                        + ", Signature=" + signature)
                .delete()
                .build();
    }

    /** Reads the body; a JSON body becomes a Jackson tree and gives the request id, else the header does. */
    private static String check(Response response) throws IOException {
        if (!response.isSuccessful()) {
            throw new IOException("HTTP " + response.code());
        }
        byte[] body = response.body().bytes();
        return requestId(response.code(), body, body.length > 0 ? null : response.header("X-Request-Id"));
    }

    /**
     * The floor's judgement of an answer: a 2xx whose JSON body has a {@code RequestId} (and no
     * {@code Success=false}), or an empty one with {@code headerRequestId}; an {@link IOException} otherwise.
     */
    static String requestId(int status, byte[] body, String headerRequestId) throws IOException {
        if (status / 100 != 2) {
            throw new IOException("HTTP " + status);
        }
        String requestId = headerRequestId;
        if (body.length > 0) {
            JsonNode tree = JSON.readTree(body);
            JsonNode id = tree.get("RequestId");
            requestId = id == null ? null : id.asText();
            JsonNode success = tree.get("Success");
            if (success != null && !success.asBoolean()) {
                throw new IOException("Success=false");
            }
        }
        if (requestId == null) {
            throw new IOException("no request id");
        }
        return requestId;
    }

    /** The OkHttp client the floor sends on. */
    OkHttpClient client() {
        return client;
    }

    private static byte[] hmac(String key, String data) {
        Mac mac = HMAC.get();
        try {
            mac.init(new SecretKeySpec(bytes(key), "HmacSHA256"));
        } catch (java.security.InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
        return mac.doFinal(bytes(data));
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static String hex(byte[] b) {
        char[] out = new char[b.length * 2];
        for (int i = 0; i < b.length; i++) {
            out[2 * i] = HEX[(b[i] >> 4) & 0xF];
            out[2 * i + 1] = HEX[b[i] & 0xF];
        }
        return new String(out);
    }

    private static String nonce() {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        return Long.toHexString(r.nextLong() | Long.MIN_VALUE) + Long.toHexString(r.nextLong() | Long.MIN_VALUE);
    }

    /** RFC 3986 unreserved characters stay; everything else is %XX (UTF-8). */
    private static String percentEncode(String s) {
        StringBuilder sb = null;
        byte[] b = bytes(s);
        for (int i = 0; i < b.length; i++) {
            int c = b[i] & 0xFF;
            boolean unreserved = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
                    || c == '-' || c == '_' || c == '.' || c == '~';
            if (sb == null && !unreserved) {
                sb = new StringBuilder(s.length() + 16).append(s, 0, i);
            }
            if (sb != null) {
                if (unreserved) {
                    sb.append((char) c);
                } else {
                    sb.append('%').append("0123456789ABCDEF".charAt(c >> 4)).append("0123456789ABCDEF".charAt(c & 0xF));
                }
            }
        }
        return sb == null ? s : sb.toString();
    }

    @Override
    public void close() {
        client.dispatcher().executorService().shutdown();
        client.connectionPool().evictAll();
    }
}
