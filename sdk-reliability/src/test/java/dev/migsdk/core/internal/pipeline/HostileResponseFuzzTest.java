package dev.migsdk.core.internal.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migsdk.core.RetryPolicy;
import dev.migsdk.core.SdkRequest;
import dev.migsdk.core.SdkResponse;
import dev.migsdk.core.Sleeper;
import dev.migsdk.core.auth.AlibabaCredentials;
import dev.migsdk.core.auth.AlibabaSignatureAlgorithm;
import dev.migsdk.core.auth.Credentials;
import dev.migsdk.core.auth.HuaweiAkSkCredentials;
import dev.migsdk.core.auth.HuaweiCredentials;
import dev.migsdk.core.auth.HuaweiSignatureAlgorithm;
import dev.migsdk.core.auth.StaticCredentialsProvider;
import dev.migsdk.core.client.ResponseFormat;
import dev.migsdk.core.exception.SdkException;
import dev.migsdk.core.exception.ServiceError;
import dev.migsdk.core.exception.ServiceException;
import dev.migsdk.core.internal.http.HttpRequest;
import dev.migsdk.core.internal.http.HttpResponse;
import dev.migsdk.http.okhttp.internal.OkHttpTransport;
import dev.migsdk.http.okhttp.OkHttpTransportFactory;
import dev.migsdk.core.internal.protocol.AlibabaRpcProtocol;
import dev.migsdk.core.internal.protocol.Endpoint;
import dev.migsdk.core.internal.protocol.HuaweiRestProtocol;
import dev.migsdk.core.internal.protocol.Protocol;
import dev.migsdk.dts.internal.DtsOperations;
import dev.migsdk.dts.model.DeleteDtsJobRequest;
import dev.migsdk.oms.internal.OmsOperations;
import dev.migsdk.reliability.Report;
import dev.migsdk.reliability.Secrets;
import dev.migsdk.smc.SmcClient;
import dev.migsdk.smc.internal.SmcOperations;
import dev.migsdk.smc.model.DeleteReplicationJobRequest;
import dev.migsdk.sms.internal.SmsOperations;
import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import mockwebserver3.MockResponse;
import mockwebserver3.MockResponseBody;
import mockwebserver3.MockWebServer;
import okhttp3.Headers;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.BufferedSink;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile answers: a seeded generator ({@link #SEED}, override with {@code -Dreliability.seed}) feeds
 * random and mutated bodies, statuses and headers to the decoders through {@link Pipeline}, the
 * per-attempt judge every call goes through, and then through whole client calls over a fake transport
 * (an OkHttp interceptor answering in-process). Only clean results or {@link SdkException}s may come
 * out: no NPE, Jackson, IllegalState or other exception; no secret or signature in any message. Huge
 * bodies over a real socket are read no further than the 1 MiB cap, and XML DTDs/external entities
 * are refused, never resolved. Lives in the pipeline's package to reach {@link Pipeline}.
 */
@ExtendWith(Secrets.class)
class HostileResponseFuzzTest {
    /** The fuzz seed; a failure prints the case number to replay. */
    static final long SEED = Report.seed();
    static final String ALI_SECRET = "FuzzAliSecret-9c1e7b";
    static final String HW_SK = "FuzzHuaweiSk-44d2aa";
    static final String STS = "FuzzStsToken-0b5f";
    static final Map<String, AtomicLong> OUTCOMES = new TreeMap<>();

    static {
        Secrets.secret(ALI_SECRET);
        Secrets.secret(HW_SK);
        Secrets.secret(STS);
    }

    static final AlibabaCredentials ALI = AlibabaCredentials.of("LTAIfuzzKeyId", ALI_SECRET, STS);
    static final HuaweiAkSkCredentials HW = HuaweiAkSkCredentials.builder().accessKey("FUZZAK").secretKey(HW_SK)
            .securityToken(STS).projectId("0a1b2c3d4e5f60718293a4b5c6d7e8f9").domainId("f9e8d7c6b5a4").build();
    static final OkHttpTransport UNUSED = (OkHttpTransport) new OkHttpTransportFactory().create(
            dev.migsdk.http.HttpTransportOptions.builder().build());

    @AfterAll
    static void report() {
        UNUSED.close();
    }

    /** One service as the pipeline sees it. */
    record Target(String name, RuntimeSettings<? extends Credentials> settings, Operation<?, ?> op, SdkRequest request) {
    }

    static <C extends Credentials> RuntimeSettings<C> settings(ServiceSpec spec, Protocol<C> protocol, C creds) {
        return new RuntimeSettings<>(spec, protocol, new Endpoint("https", "fuzz.example.com", -1),
                StaticCredentialsProvider.create(creds), RetryPolicy.builder().maxAttempts(3).build(),
                RetryBudget.unlimited(), new AdaptiveRateLimiter(System::nanoTime, 10_000), Duration.ofSeconds(30),
                null, Clock.systemUTC(), Sleeper.system(), "fuzz", true, UNUSED);
    }

    static List<Target> targets() {
        return List.of(
                new Target("SMC JSON", settings(SmcOperations.SERVICE, new AlibabaRpcProtocol("2019-06-01",
                        AlibabaSignatureAlgorithm.ACS3_HMAC_SHA256, ResponseFormat.JSON), ALI),
                        SmcOperations.DELETE_REPLICATION_JOB, DeleteReplicationJobRequest.builder().jobId("j-1").build()),
                new Target("SMC XML V1", settings(SmcOperations.SERVICE, new AlibabaRpcProtocol("2019-06-01",
                        AlibabaSignatureAlgorithm.RPC_HMAC_SHA1, ResponseFormat.XML), ALI),
                        SmcOperations.STOP_REPLICATION_JOB,
                        dev.migsdk.smc.model.StopReplicationJobRequest.builder().jobId("j-1").build()),
                new Target("DTS", settings(DtsOperations.SERVICE, new AlibabaRpcProtocol("2020-01-01",
                        AlibabaSignatureAlgorithm.ACS3_HMAC_SHA256, ResponseFormat.JSON), ALI),
                        DtsOperations.DELETE_DTS_JOB, DeleteDtsJobRequest.builder().dtsJobId("dts1").build()),
                new Target("OMS", settings(OmsOperations.SERVICE, new HuaweiRestProtocol(ServiceSpec.HuaweiScope.PROJECT,
                        HuaweiSignatureAlgorithm.SDK_HMAC_SHA256), (HuaweiCredentials) HW),
                        OmsOperations.DELETE_TASK, dev.migsdk.oms.model.DeleteTaskRequest.builder().taskId(7L).build()),
                new Target("SMS", settings(SmsOperations.SERVICE, new HuaweiRestProtocol(ServiceSpec.HuaweiScope.DOMAIN,
                        HuaweiSignatureAlgorithm.SDK_HMAC_SHA256), (HuaweiCredentials) HW),
                        SmsOperations.DELETE_TASK, dev.migsdk.sms.model.DeleteTaskRequest.builder().taskId("t-1").build()));
    }

    @Test
    void randomAndMutatedAnswersOnlyEverYieldResultsOrSdkExceptions() {
        int cases = Integer.getInteger("reliability.fuzzCases", Report.profile() ? 300_000 : 100_000);
        Map<String, Long> outcomes = new java.util.concurrent.ConcurrentSkipListMap<>();
        List<Target> targets = targets();
        long t0 = System.nanoTime();
        int threads = 2;
        Secrets.quietly(() -> {
            // Two generators, seeds SEED and SEED + 1, each taking every other case number.
            java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(threads);
            List<java.util.concurrent.CompletableFuture<Void>> parts = new ArrayList<>();
            for (int w = 0; w < threads; w++) {
                int worker = w;
                parts.add(java.util.concurrent.CompletableFuture.runAsync(() -> {
                    Random random = new Random(SEED + worker);
                    for (int i = worker; i < cases; i += threads) {
                        Target t = targets.get(random.nextInt(targets.size()));
                        String outcome = runCase(t, random, i);
                        outcomes.merge(outcome, 1L, Long::sum);
                    }
                }, pool));
            }
            try {
                parts.forEach(java.util.concurrent.CompletableFuture::join);
            } finally {
                pool.shutdownNow();
            }
        });
        long ms = (System.nanoTime() - t0) / 1_000_000;
        Report.section("hostile responses: decoder fuzz (pipeline level)", cases + " cases, seeds " + SEED + " and " + (SEED + 1) + " (two threads)"
                + ", " + ms + " ms\noutcomes: " + outcomes);
        assertThat(outcomes.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(cases);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    static String runCase(Target t, Random random, int index) {
        RuntimeSettings s = t.settings();
        Credentials creds = s.credentials().resolveCredentials();
        Pipeline pipeline = new Pipeline(s, new Lifecycle("fuzz", null), List.of());
        Call call = pipeline.begin(t.op(), t.request());
        byte[] lastBody = new byte[0];
        try {
            while (true) {
                Attempt attempt = pipeline.attempt(call, creds);
                String signature = signatureOf(attempt.request());
                HttpResponse response = Hostile.response(random, signature);
                lastBody = response.body();
                if (index % 4 == 0) {
                    directDecoders(s.protocol(), t.op(), response, index);
                }
                Step step = pipeline.onAnswer(call, attempt, response);
                if (!step.isRetry()) {
                    Object r = pipeline.finish(call, step);
                    assertThat(r).isInstanceOf(SdkResponse.class);
                    return "result";
                }
            }
        } catch (SdkException e) {
            String text = textOf(e);
            for (String secret : List.of(ALI_SECRET, HW_SK, STS)) {
                if (text.contains(secret)) {
                    throw new AssertionError("case " + index + ": secret in exception text: " + e);
                }
            }
            if (index % 997 == 0) {
                Secrets.seen(e);
            }
            return e.getClass().getSimpleName();
        } catch (RuntimeException | StackOverflowError e) {
            throw new AssertionError("case " + index + " (seed " + SEED + ") of " + t.name() + ": " + e
                    + "\nbody: " + preview(lastBody), e);
        }
    }

    /** The protocol's decoders called directly: decodeError and checkSuccess never throw. */
    static void directDecoders(Protocol<?> p, Operation<?, ?> op, HttpResponse r, int index) {
        ServiceError error = p.decodeError(r);
        assertThat(error).as("case %d decodeError", index).isNotNull();
        assertThat(p.checkSuccess(op, r, p.headerRequestId(r))).as("case %d checkSuccess", index).isNotNull();
    }

    static String signatureOf(HttpRequest r) {
        String auth = r.header("Authorization");
        if (auth != null) {
            int i = auth.indexOf("Signature=");
            return i < 0 ? auth : auth.substring(i + "Signature=".length());
        }
        String q = r.encodedQuery();
        if (q != null) {
            for (String p : q.split("&")) {
                if (p.startsWith("Signature=")) {
                    return java.net.URLDecoder.decode(p.substring(10), StandardCharsets.UTF_8);
                }
            }
        }
        return "no-signature";
    }

    static String textOf(Throwable t) {
        StringBuilder b = new StringBuilder();
        while (t != null) {
            b.append(t.getMessage()).append('\n').append(t).append('\n');
            for (Throwable s : t.getSuppressed()) {
                b.append(textOf(s));
            }
            if (t instanceof ServiceException se) {
                b.append(se.rawBody()).append('\n');
            }
            t = t.getCause();
        }
        return b.toString();
    }

    static String preview(byte[] body) {
        byte[] head = java.util.Arrays.copyOf(body, Math.min(body.length, 300));
        return body.length + " bytes: " + HexFormat.of().formatHex(head) + " | "
                + new String(head, StandardCharsets.UTF_8);
    }

    /** Whole client calls whose transport is an in-process interceptor answering with hostile responses. */
    @Test
    void wholeCallsOverAFakeTransportOnlyYieldResultsOrSdkExceptions() {
        int calls = Report.profile() ? 100_000 : 10_000;
        Random random = new Random(SEED + 2);
        Map<String, Long> outcomes = new TreeMap<>();
        String[] signature = {"none"};
        OkHttpClient fake = new OkHttpClient.Builder().addInterceptor(chain -> {
            String auth = chain.request().header("Authorization");
            signature[0] = auth == null ? "none" : auth;
            HttpResponse h = Hostile.response(random, auth == null ? "none" : auth);
            Response.Builder b = new Response.Builder().request(chain.request()).protocol(okhttp3.Protocol.HTTP_1_1)
                    .code(h.status()).message("fuzz");
            // hostile headers may hold non-ASCII, which Response.Builder.addHeader refuses
            okhttp3.Headers.Builder headers = new okhttp3.Headers.Builder();
            for (int i = 0; i < h.headerCount(); i++) {
                headers.addUnsafeNonAscii(h.headerName(i), h.headerValue(i));
            }
            b.headers(headers.build());
            return b.body(ResponseBody.create(h.body(), MediaType.parse("application/json"))).build();
        }).build();
        long t0 = System.nanoTime();
        try (SmcClient smc = SmcClient.builder().endpointOverride(URI.create("https://fuzz.example.com"))
                .credentials(ALI).httpTransport(OkHttpTransportFactory.using(fake)).retryPolicy(RetryPolicy.none()).build();
             dev.migsdk.sms.SmsClient sms = dev.migsdk.sms.SmsClient.builder()
                     .endpointOverride(URI.create("https://fuzz.example.com")).credentials(HW).httpTransport(OkHttpTransportFactory.using(fake))
                     .retryPolicy(RetryPolicy.builder().maxAttempts(2).baseDelay(Duration.ZERO)
                             .throttlingBaseDelay(Duration.ZERO).maxBackoff(Duration.ZERO).build()).build()) {
            Secrets.quietly(() -> {
            for (int i = 0; i < calls; i++) {
                try {
                    if (i % 2 == 0) {
                        smc.deleteReplicationJob(r -> r.jobId("j-1"));
                    } else {
                        sms.deleteTask(r -> r.taskId("t-1"));
                    }
                    outcomes.merge("result", 1L, Long::sum);
                } catch (SdkException e) {
                    assertThat(textOf(e)).doesNotContain(ALI_SECRET).doesNotContain(HW_SK).doesNotContain(STS)
                            .doesNotContain(signature[0]);
                    outcomes.merge(e.getClass().getSimpleName(), 1L, Long::sum);
                    if (i % 499 == 0) {
                        Secrets.seen(e);
                    }
                }
            }
            });
        } finally {
            fake.dispatcher().executorService().shutdown();
        }
        long ms = (System.nanoTime() - t0) / 1_000_000;
        Report.section("hostile responses: whole calls over a fake transport", calls + " calls (SMC, SMS), seed "
                + (SEED + 2) + ", " + ms + " ms\noutcomes: " + outcomes);
    }

    /** 50 MB streamed over a real socket: the client reads up to its 1 MiB cap and hangs up. */
    @Test
    void fiftyMegabyteBodiesAreCutAtTheCapNotBuffered() throws Exception {
        long size = 50L << 20;
        StringBuilder figures = new StringBuilder();
        for (int status : new int[] {200, 500}) {
            AtomicLong written = new AtomicLong();
            try (MockWebServer server = new MockWebServer()) {
                server.enqueue(new MockResponse.Builder().code(status).setHeader("Content-Type", "application/json")
                        .body(new MockResponseBody() {
                            @Override
                            public long getContentLength() {
                                return size;
                            }

                            @Override
                            public void writeTo(BufferedSink sink) throws IOException {
                                byte[] chunk = new byte[64 * 1024];
                                java.util.Arrays.fill(chunk, (byte) 'a');
                                chunk[0] = '{';
                                sink.write(chunk);
                                written.addAndGet(chunk.length);
                                chunk[0] = 'a';
                                while (written.get() < size) {
                                    sink.write(chunk);
                                    written.addAndGet(chunk.length);
                                }
                            }
                        }).build());
                server.start(InetAddress.getByName("127.0.0.1"), 0);
                long allocatedBefore = allocatedByClientThreads();
                try (SmcClient smc = SmcClient.builder().endpointOverride(URI.create("http://127.0.0.1:"
                        + server.getPort())).allowPlainHttp(true).credentials(ALI).retryPolicy(RetryPolicy.none())
                        .build()) {
                    Throwable error = null;
                    try {
                        smc.deleteReplicationJob(r -> r.jobId("j-1"));
                    } catch (Throwable t) {
                        error = t;
                    }
                    Secrets.seen(error);
                    assertThat(error).isInstanceOf(ServiceException.class);
                    ServiceException se = (ServiceException) error;
                    assertThat(se.httpStatus()).isEqualTo(status);
                    assertThat(se.rawBody() == null ? 0 : se.rawBody().length()).isLessThanOrEqualTo(4_100);
                    long allocated = allocatedByClientThreads() - allocatedBefore;
                    assertThat(allocated).as("bytes allocated by client-side threads while reading 50 MB")
                            .isLessThan(24L << 20);
                    figures.append("HTTP ").append(status).append(": ").append(error.getClass().getSimpleName())
                            .append(", server wrote ").append(written.get() >> 10).append(" KiB of 51200 KiB (OkHttp reads"
                            + " and discards the rest for up to 100 ms to try to keep the connection), client threads"
                            + " allocated ").append(allocated >> 20).append(" MiB\n");
                }
            }
        }
        Report.section("hostile responses: 50 MB bodies", figures.toString().trim());
    }

    /** Bytes allocated so far by every live thread except the test server's. */
    static long allocatedByClientThreads() {
        com.sun.management.ThreadMXBean mx =
                (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();
        long sum = 0;
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            if (!t.getName().startsWith("MockWebServer")) {
                sum += Math.max(0, mx.getThreadAllocatedBytes(t.getId()));
            }
        }
        return sum;
    }

    @Test
    void xmlWithADtdOrExternalEntityIsRefusedNotResolved(@TempDir Path dir) throws Exception {
        Path marker = dir.resolve("xxe.txt");
        Files.writeString(marker, "XXE-MARKER-CONTENT");
        List<String> bodies = List.of(
                "<?xml version=\"1.0\"?><!DOCTYPE Error [<!ENTITY xxe SYSTEM \"" + marker.toUri()
                        + "\">]><Error><Code>&xxe;</Code><Message>&xxe;</Message><RequestId>r</RequestId></Error>",
                "<?xml version=\"1.0\"?><!DOCTYPE Error [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;"
                        + "&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">]><Error><Code>&c;</Code></Error>",
                "<!DOCTYPE Error SYSTEM \"" + marker.toUri() + "\"><Error><Code>X</Code></Error>");
        Target smcXml = targets().get(1);
        for (String body : bodies) {
            for (int status : new int[] {200, 400}) {
                HttpResponse r = HttpResponse.of(status, Hostile.lines(Headers.of("Content-Type", "text/xml")),
                        body.getBytes(StandardCharsets.UTF_8), false);
                ServiceError e = smcXml.settings().protocol().decodeError(r);
                assertThat(String.valueOf(e.errorCode()) + e.errorMessage()).doesNotContain("XXE-MARKER")
                        .doesNotContain("aaaaaaaaaaaaaaaaaaaa");
                if (body.contains("&")) {
                    assertThat(e.errorCode()).as("a body using entities is refused, not decoded").isNull();
                }
            }
        }
    }
}
