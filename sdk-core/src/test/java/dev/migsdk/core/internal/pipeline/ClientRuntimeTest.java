package dev.migsdk.core.internal.pipeline;

import dev.migsdk.http.okhttp.internal.OkHttpTransport;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.migsdk.core.RequestOverrides;
import dev.migsdk.core.RetryPolicy;
import dev.migsdk.core.auth.AlibabaCredentials;
import dev.migsdk.core.auth.AlibabaSignatureAlgorithm;
import dev.migsdk.core.auth.HuaweiAkSkCredentials;
import dev.migsdk.core.auth.HuaweiCredentials;
import dev.migsdk.core.exception.ApiCallTimeoutException;
import dev.migsdk.core.exception.AuthenticationException;
import dev.migsdk.core.exception.InvalidStatusException;
import dev.migsdk.core.exception.RetryBudgetExhaustedException;
import dev.migsdk.core.exception.SdkClientException;
import dev.migsdk.core.exception.ServiceException;
import dev.migsdk.core.exception.ThrottlingException;
import dev.migsdk.core.exception.TransportException;
import dev.migsdk.core.internal.pipeline.TestClients.DeleteThing;
import dev.migsdk.core.internal.pipeline.TestClients.Deleted;
import dev.migsdk.core.internal.pipeline.TestClients.RecordingSleeper;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ClientRuntimeTest {
    private static final AlibabaCredentials ALI = AlibabaCredentials.of("AKID-test", "ali-secret-value");
    private static final HuaweiAkSkCredentials HW = HuaweiAkSkCredentials.builder().accessKey("HWAK")
            .secretKey("hw-secret-value").projectId("p-123").build();

    private MockWebServer server;
    private RecordingSleeper sleeper;
    private final List<AutoCloseable> toClose = new ArrayList<>();

    @BeforeEach
    void start() throws Exception {
        server = new MockWebServer();
        server.start();
        sleeper = new RecordingSleeper();
    }

    @AfterEach
    void stop() throws Exception {
        for (AutoCloseable c : toClose) {
            c.close();
        }
        server.close();
    }

    private ClientRuntime<AlibabaCredentials> alibaba() {
        return alibaba(b -> { });
    }

    private ClientRuntime<AlibabaCredentials> alibaba(java.util.function.Consumer<TestClients.AlibabaBuilder> tweak) {
        TestClients.AlibabaBuilder b = TestClients.alibaba().endpointOverride(server.url("/").uri())
                .allowPlainHttp(true).credentials(ALI).sleeper(sleeper);
        tweak.accept(b);
        ClientRuntime<AlibabaCredentials> rt = b.build();
        toClose.add(rt);
        return rt;
    }

    private ClientRuntime<HuaweiCredentials> huawei() {
        ClientRuntime<HuaweiCredentials> rt = TestClients.huawei().endpointOverride(server.url("/").uri())
                .allowPlainHttp(true).credentials(HW).sleeper(sleeper).build();
        toClose.add(rt);
        return rt;
    }

    private static MockResponse json(int code, String body) {
        return new MockResponse.Builder().code(code).setHeader("Content-Type", "application/json").body(body).build();
    }

    private static MockResponse ok() {
        return json(200, "{\"RequestId\":\"req-ok\"}");
    }

    private Deleted call(ClientRuntime<AlibabaCredentials> rt, boolean async) {
        return call(rt, async, DeleteThing.of("t-1"));
    }

    private static <C extends dev.migsdk.core.auth.Credentials> Deleted call(ClientRuntime<C> rt, boolean async,
                                                                               DeleteThing req) {
        RpcOperation<DeleteThing, Deleted> rpc = TestClients.RPC_DELETE;
        RestOperation<DeleteThing, Deleted> rest = TestClients.REST_DELETE;
        Operation<DeleteThing, Deleted> op = rt.settings().spec() == TestClients.ALIBABA ? rpc : rest;
        if (!async) {
            return rt.execute(op, req);
        }
        try {
            return rt.executeAsync(op, req).join();
        } catch (CompletionException e) {
            throw (RuntimeException) e.getCause();
        }
    }

    @ParameterizedTest(name = "async={0}")
    @ValueSource(booleans = {false, true})
    void retriesOn503WithFreshNonceAndSignature(boolean async) throws Exception {
        ClientRuntime<AlibabaCredentials> rt = alibaba();
        server.enqueue(json(503, "{\"Code\":\"ServiceUnavailable\",\"Message\":\"down\",\"RequestId\":\"r1\"}"));
        server.enqueue(ok());

        Deleted d = call(rt, async);

        assertThat(d.requestId()).isEqualTo("req-ok");
        RecordedRequest first = server.takeRequest();
        RecordedRequest second = server.takeRequest();
        assertThat(first.getHeaders().get("x-acs-signature-nonce"))
                .isNotEqualTo(second.getHeaders().get("x-acs-signature-nonce"));
        assertThat(first.getHeaders().get("Authorization")).isNotEqualTo(second.getHeaders().get("Authorization"));
        assertThat(sleeper.waits).hasSize(1);
    }

    @ParameterizedTest(name = "async={0}")
    @ValueSource(booleans = {false, true})
    void retriesThrottlingUserWithTheSlowerThrottlingBackoff(boolean async) {
        ClientRuntime<AlibabaCredentials> rt = alibaba(b -> b.retryPolicy(RetryPolicy.builder()
                .baseDelay(Duration.ZERO).throttlingBaseDelay(Duration.ofSeconds(1)).build()));
        server.enqueue(json(400, "{\"Code\":\"Throttling.User\",\"Message\":\"Request was denied due to user flow "
                + "control.\",\"RequestId\":\"r1\"}"));
        server.enqueue(ok());

        assertThat(call(rt, async).requestId()).isEqualTo("req-ok");
        assertThat(server.getRequestCount()).isEqualTo(2);
        assertThat(sleeper.waits).hasSize(1);
        assertThat(sleeper.waits.get(0)).isLessThan(Duration.ofSeconds(1));
    }

    @ParameterizedTest(name = "async={0}")
    @ValueSource(booleans = {false, true})
    void retriesADroppedConnection(boolean async) {
        ClientRuntime<AlibabaCredentials> rt = alibaba();
        server.enqueue(new MockResponse.Builder().onRequestStart(new SocketEffect.CloseSocket(true, false, false)).build());
        server.enqueue(ok());

        assertThat(call(rt, async).requestId()).isEqualTo("req-ok");
        assertThat(sleeper.waits).hasSize(1); // exactly one retry, after one backoff
    }

    @ParameterizedTest(name = "async={0}")
    @ValueSource(booleans = {false, true})
    void honoursRetryAfterWithoutSleepingForReal(boolean async) {
        ClientRuntime<AlibabaCredentials> rt = alibaba();
        server.enqueue(new MockResponse.Builder().code(429).setHeader("Retry-After", "7")
                .body("{\"Code\":\"Throttling\",\"Message\":\"slow down\"}").build());
        server.enqueue(ok());

        call(rt, async);

        assertThat(sleeper.waits).containsExactly(Duration.ofSeconds(7));
    }

    @Test
    void clampsRetryAfterToTheBackoffCap() {
        ClientRuntime<AlibabaCredentials> rt = alibaba(b -> b.retryPolicy(RetryPolicy.builder()
                .maxBackoff(Duration.ofSeconds(2)).build()));
        server.enqueue(new MockResponse.Builder().code(503).setHeader("Retry-After", "3600").body("").build());
        server.enqueue(ok());

        call(rt, false);

        assertThat(sleeper.waits).containsExactly(Duration.ofSeconds(2));
    }

    @ParameterizedTest(name = "async={0}")
    @ValueSource(booleans = {false, true})
    void doesNotRetrySignatureDoesNotMatch(boolean async) {
        ClientRuntime<AlibabaCredentials> rt = alibaba();
        server.enqueue(json(400, "{\"Code\":\"SignatureDoesNotMatch\",\"Message\":\"Specified signature is not "
                + "matched with our calculation.\",\"RequestId\":\"r-sig\"}"));

        assertThatThrownBy(() -> call(rt, async))
                .isInstanceOf(AuthenticationException.class)
                .satisfies(e -> {
                    AuthenticationException a = (AuthenticationException) e;
                    assertThat(a.errorCode()).isEqualTo("SignatureDoesNotMatch");
                    assertThat(a.requestId()).isEqualTo("r-sig");
                    assertThat(a.attempts()).isEqualTo(1);
                    assertThat(a.retryable()).isFalse();
                });
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @ParameterizedTest(name = "async={0}")
    @ValueSource(booleans = {false, true})
    void doesNotRetryHuaweiGatewayAuthFailure(boolean async) {
        ClientRuntime<HuaweiCredentials> rt = huawei();
        server.enqueue(new MockResponse.Builder().code(401).setHeader("X-Request-Id", "hdr-id")
                .body("{\"error_msg\":\"Incorrect IAM authentication information: verify aksk signature fail\","
                        + "\"error_code\":\"APIGW.0301\",\"request_id\":\"body-id\"}").build());

        assertThatThrownBy(() -> call(rt, async, DeleteThing.of("x")))
                .isInstanceOf(AuthenticationException.class)
                .hasMessageContaining("APIGW.0301").hasMessageContaining("body-id")
                .hasMessageEndingWith("(Service: HTS, Operation: DeleteThing, Status: 401, Code: APIGW.0301, "
                        + "Request ID: body-id, Attempts: 1)");
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @ParameterizedTest(name = "async={0}")
    @ValueSource(booleans = {false, true})
    void givesUpAfterMaxAttemptsWithEarlierFailuresSuppressed(boolean async) {
        ClientRuntime<AlibabaCredentials> rt = alibaba();
        for (int i = 0; i < 3; i++) {
            server.enqueue(json(500, "{\"Code\":\"InternalError\",\"Message\":\"boom " + i + "\",\"RequestId\":\"r"
                    + i + "\"}"));
        }
        assertThatThrownBy(() -> call(rt, async))
                .isInstanceOfSatisfying(ServiceException.class, e -> {
                    assertThat(e.attempts()).isEqualTo(3);
                    assertThat(e.requestId()).isEqualTo("r2");
                    assertThat(e.getSuppressed()).hasSize(2);
                    assertThat(e.getMessage()).endsWith("(Service: TST, Operation: DeleteThing, Status: 500, "
                            + "Code: InternalError, Request ID: r2, Attempts: 3)");
                });
        assertThat(server.getRequestCount()).isEqualTo(3);
    }

    @Test
    void mapsServiceSpecificCodes() {
        ClientRuntime<AlibabaCredentials> rt = alibaba();
        server.enqueue(json(400, "{\"Code\":\"Job.Busy\",\"Message\":\"busy\",\"RequestId\":\"r\"}"));
        assertThatThrownBy(() -> call(rt, false)).isInstanceOf(InvalidStatusException.class);
    }

    @ParameterizedTest(name = "async={0}")
    @ValueSource(booleans = {false, true})
    void wholeCallDeadlineHolds(boolean async) {
        ClientRuntime<AlibabaCredentials> rt = alibaba(b -> b.apiCallTimeout(Duration.ofMillis(300)));
        server.enqueue(new MockResponse.Builder().headersDelay(3, TimeUnit.SECONDS).body("{}").build());

        long start = System.nanoTime();
        assertThatThrownBy(() -> call(rt, async)).isInstanceOf(ApiCallTimeoutException.class)
                .hasMessageContaining("API call timeout");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
    }

    @Test
    void perCallTimeoutOverridesTheClient() {
        ClientRuntime<AlibabaCredentials> rt = alibaba();
        server.enqueue(new MockResponse.Builder().headersDelay(3, TimeUnit.SECONDS).body("{}").build());
        DeleteThing req = DeleteThing.builder().id("t").overrides(o -> o.apiCallTimeout(Duration.ofMillis(200)))
                .build();
        assertThatThrownBy(() -> call(rt, false, req)).isInstanceOf(ApiCallTimeoutException.class);
    }

    @Test
    void attemptTimeoutIsRetried() {
        ClientRuntime<AlibabaCredentials> rt = alibaba(b -> b.apiCallAttemptTimeout(Duration.ofMillis(200)));
        server.enqueue(new MockResponse.Builder().headersDelay(2, TimeUnit.SECONDS).body("{}").build());
        server.enqueue(ok());
        assertThat(call(rt, false).requestId()).isEqualTo("req-ok");
    }

    @Test
    void interruptedCallerGetsAnExceptionAndKeepsTheFlag() throws Exception {
        ClientRuntime<AlibabaCredentials> rt = alibaba();
        server.enqueue(new MockResponse.Builder().headersDelay(5, TimeUnit.SECONDS).body("{}").build());
        AtomicReference<Throwable> thrown = new AtomicReference<>();
        AtomicReference<Boolean> flag = new AtomicReference<>();
        Thread t = new Thread(() -> {
            try {
                call(rt, false);
            } catch (Throwable e) {
                thrown.set(e);
                flag.set(Thread.currentThread().isInterrupted());
            }
        });
        t.start();
        server.takeRequest(2, TimeUnit.SECONDS);
        t.interrupt();
        t.join(3000);
        assertThat(thrown.get()).isInstanceOf(SdkClientException.class).hasMessageContaining("interrupted");
        assertThat(flag.get()).isTrue();
    }

    @Test
    void interruptDuringBackoffIsNotSwallowed() {
        ClientRuntime<AlibabaCredentials> rt = alibaba(b -> b.sleeper(new dev.migsdk.core.Sleeper() {
            @Override
            public void sleep(Duration d) throws InterruptedException {
                throw new InterruptedException();
            }

            @Override
            public java.util.concurrent.CompletableFuture<Void> delay(Duration d) {
                return java.util.concurrent.CompletableFuture.completedFuture(null);
            }
        }));
        server.enqueue(json(503, "{}"));
        assertThatThrownBy(() -> call(rt, false)).isInstanceOf(SdkClientException.class)
                .hasMessageContaining("interrupted");
        assertThat(Thread.interrupted()).isTrue();
    }

    @Test
    void learnsClockSkewFromDateAndRetriesOnce() throws Exception {
        Instant local = Instant.parse("2024-01-01T00:00:00Z");
        Instant serverNow = local.plus(Duration.ofHours(1));
        ClientRuntime<AlibabaCredentials> rt = alibaba(b -> b.clock(Clock.fixed(local, ZoneOffset.UTC)));
        server.enqueue(new MockResponse.Builder().code(400)
                .setHeader("Date", DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.ofInstant(serverNow,
                        ZoneOffset.UTC)))
                .body("{\"Code\":\"InvalidTimeStamp.Expired\",\"Message\":\"Specified time stamp or date value is "
                        + "expired.\",\"RequestId\":\"r\"}").build());
        server.enqueue(ok());

        call(rt, false);

        assertThat(server.takeRequest().getHeaders().get("x-acs-date")).isEqualTo("2024-01-01T00:00:00Z");
        assertThat(server.takeRequest().getHeaders().get("x-acs-date")).isEqualTo("2024-01-01T01:00:00Z");
        assertThat(rt.clockOffset()).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void clockSkewExceptionShowsLocalAndServerTime() {
        Instant local = Instant.parse("2024-01-01T00:00:00Z");
        ClientRuntime<AlibabaCredentials> rt = alibaba(b -> b.clock(Clock.fixed(local, ZoneOffset.UTC))
                .retryPolicy(RetryPolicy.none()));
        server.enqueue(new MockResponse.Builder().code(400).setHeader("Date", "Mon, 01 Jan 2024 00:20:00 GMT")
                .body("{\"Code\":\"InvalidTimeStamp.Expired\",\"Message\":\"expired\",\"RequestId\":\"r\"}").build());
        assertThatThrownBy(() -> call(rt, false)).isInstanceOfSatisfying(AuthenticationException.class, e -> {
            assertThat(e.localTime()).isEqualTo(local);
            assertThat(e.serverTime()).isEqualTo(Instant.parse("2024-01-01T00:20:00Z"));
            assertThat(e.getMessage()).contains("local time 2024-01-01T00:00:00Z, server time 2024-01-01T00:20:00Z");
        });
    }

    @Test
    void emptyRetryBudgetFailsFast() {
        ClientRuntime<AlibabaCredentials> rt = alibaba(b -> b.retryPolicy(RetryPolicy.builder().maxAttempts(1000)
                .build()));
        for (int i = 0; i < 105; i++) {
            server.enqueue(json(503, "{}"));
        }
        assertThatThrownBy(() -> call(rt, false)).isInstanceOf(RetryBudgetExhaustedException.class)
                .hasMessageContaining("retry budget");
        assertThat(server.getRequestCount()).isEqualTo(101);
    }

    @ParameterizedTest(name = "async={0}")
    @ValueSource(booleans = {false, true})
    void deleteWhoseAnswerWasLostAndRetryFindsNothingSucceeds(boolean async) {
        ClientRuntime<AlibabaCredentials> rt = alibaba();
        server.enqueue(new MockResponse.Builder().onResponseStart(SocketEffect.ShutdownConnection.INSTANCE).build());
        server.enqueue(json(404, "{\"Code\":\"Job.NotFound\",\"Message\":\"gone\",\"RequestId\":\"r-nf\"}"));

        Deleted d = call(rt, async);

        assertThat(d.alreadyDeleted).isTrue();
        assertThat(d.requestId()).isEqualTo("r-nf");
    }

    @Test
    void firstAttemptNotFoundStaysAnError() {
        ClientRuntime<AlibabaCredentials> rt = alibaba();
        server.enqueue(json(404, "{\"Code\":\"Job.NotFound\",\"Message\":\"gone\",\"RequestId\":\"r-nf\"}"));
        assertThatThrownBy(() -> call(rt, false))
                .isInstanceOf(dev.migsdk.core.exception.ResourceNotFoundException.class);
    }

    @Test
    void htmlFromAProxyBecomesAServiceExceptionWithStatusAndHeaderRequestId() {
        ClientRuntime<AlibabaCredentials> rt = alibaba(b -> b.retryPolicy(RetryPolicy.none()));
        server.enqueue(new MockResponse.Builder().code(502).setHeader("Content-Type", "text/html")
                .setHeader("x-acs-request-id", "hdr-1").body("<html><body>Bad gateway</body></html>").build());
        assertThatThrownBy(() -> call(rt, false)).isInstanceOfSatisfying(ServiceException.class, e -> {
            assertThat(e.httpStatus()).isEqualTo(502);
            assertThat(e.requestId()).isEqualTo("hdr-1");
            assertThat(e.rawBody()).contains("Bad gateway");
            assertThat(e.errorMessage()).contains("HTTP 502");
        });
    }

    @Test
    void hugeErrorBodyIsCappedNotBuffered() {
        ClientRuntime<AlibabaCredentials> rt = alibaba(b -> b.retryPolicy(RetryPolicy.none()));
        server.enqueue(new MockResponse.Builder().code(500).body("x".repeat(3 << 20)).build());
        assertThatThrownBy(() -> call(rt, false)).isInstanceOfSatisfying(ServiceException.class, e -> {
            assertThat(e.httpStatus()).isEqualTo(500);
            assertThat(e.rawBody().length()).isLessThanOrEqualTo(4097);
        });
    }

    @Test
    void malformedSuccessBodyIsATypedException() {
        ClientRuntime<AlibabaCredentials> rt = alibaba(b -> b.retryPolicy(RetryPolicy.none()));
        server.enqueue(new MockResponse.Builder().code(200).setHeader("x-acs-request-id", "h").body("{\"Requ")
                .build());
        assertThatThrownBy(() -> call(rt, false)).isInstanceOfSatisfying(ServiceException.class, e -> {
            assertThat(e.httpStatus()).isEqualTo(200);
            assertThat(e.requestId()).isEqualTo("h");
            assertThat(e.errorCode()).isEqualTo("SDK.UnexpectedResponse");
            assertThat(e.errorMessage()).contains("malformed JSON body");
        });
    }

    @Test
    void decodesXmlErrors() {
        ClientRuntime<AlibabaCredentials> rt = alibaba(b -> b.retryPolicy(RetryPolicy.none()));
        server.enqueue(new MockResponse.Builder().code(400).setHeader("Content-Type", "text/xml")
                .body("<?xml version='1.0' encoding='UTF-8'?><Error><RequestId>x-1</RequestId><HostId>tst.aliyuncs.com"
                        + "</HostId><Code>Job.Busy</Code><Message>busy</Message><Recommend>https://r</Recommend>"
                        + "</Error>").build());
        assertThatThrownBy(() -> call(rt, false)).isInstanceOfSatisfying(InvalidStatusException.class, e -> {
            assertThat(e.requestId()).isEqualTo("x-1");
            assertThat(e.serviceError().hostId()).isEqualTo("tst.aliyuncs.com");
            assertThat(e.serviceError().recommend()).isEqualTo("https://r");
        });
    }

    @Test
    void rpcV1SignsInTheQueryWithActionAndVersion() throws Exception {
        ClientRuntime<AlibabaCredentials> rt = alibaba(b -> b.signatureAlgorithm(
                AlibabaSignatureAlgorithm.RPC_HMAC_SHA1));
        server.enqueue(ok());
        call(rt, false);
        RecordedRequest r = server.takeRequest();
        assertThat(r.getMethod()).isEqualTo("POST");
        assertThat(r.getUrl().queryParameter("Action")).isEqualTo("DeleteThing");
        assertThat(r.getUrl().queryParameter("Version")).isEqualTo("2020-01-01");
        assertThat(r.getUrl().queryParameter("ThingId")).isEqualTo("t-1");
        assertThat(r.getUrl().queryParameter("Signature")).isNotBlank();
        assertThat(r.getHeaders().get("Authorization")).isNull();
    }

    @Test
    void huaweiRequestCarriesProjectIdAndSignature() throws Exception {
        ClientRuntime<HuaweiCredentials> rt = huawei();
        server.enqueue(new MockResponse.Builder().code(200).setHeader("X-Request-Id", "hw-1").build());
        Deleted d = call(rt, false, DeleteThing.of("a/b c"));
        assertThat(d.requestId()).isEqualTo("hw-1");
        RecordedRequest r = server.takeRequest();
        assertThat(r.getMethod()).isEqualTo("DELETE");
        assertThat(r.getUrl().pathSegments()).containsExactly("v1", "p-123", "things", "a/b c");
        assertThat(r.getHeaders().get("X-Project-Id")).isEqualTo("p-123");
        assertThat(r.getHeaders().get("Authorization")).startsWith("SDK-HMAC-SHA256 Access=HWAK, SignedHeaders=");
    }

    @Test
    void extraHeadersAreSentAndSigned() throws Exception {
        ClientRuntime<HuaweiCredentials> rt = huawei();
        server.enqueue(new MockResponse.Builder().code(200).build());
        DeleteThing req = DeleteThing.builder().id("t").overrides(o -> o.putHeader("X-Trace-Id", "abc")).build();
        call(rt, false, req);
        RecordedRequest r = server.takeRequest();
        assertThat(r.getHeaders().get("X-Trace-Id")).isEqualTo("abc");
        assertThat(r.getHeaders().get("Authorization")).contains("x-trace-id");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Authorization", "host", "Content-Length", "X-Sdk-Date", "X-Auth-Token", "X-Project-Id",
            "X-Domain-Id", "x-acs-action", "X-ACS-SIGNATURE-NONCE", "User-Agent", "x-sdk-content-sha256"})
    void headersTheSdkOwnsAreRefusedAsOverridesNamingTheHeader(String name) {
        assertThatThrownBy(() -> DeleteThing.builder().id("t").overrides(o -> o.putHeader(name, "evil.example")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("header " + name + " is set by the SDK");
        assertThat(server.getRequestCount()).isZero();
    }

    @Test
    void userAgentNamesTheSdkJavaAndSuffix() throws Exception {
        ClientRuntime<AlibabaCredentials> rt = alibaba(b -> b.userAgentSuffix("my-tool/1.2"));
        server.enqueue(ok());
        call(rt, false);
        assertThat(server.takeRequest().getHeaders().get("User-Agent"))
                .matches("migsdk-java/\\S+ Java/\\S+ \\S+ my-tool/1\\.2");
    }

    @Test
    void raisesOkHttpsPerHostLimitForConcurrentCalls() {
        ClientRuntime<AlibabaCredentials> rt = alibaba();
        assertThat(((OkHttpTransport) rt.settings().transport()).client().dispatcher().getMaxRequestsPerHost()).isEqualTo(64);
        assertThat(((OkHttpTransport) rt.settings().transport()).client().followRedirects()).isFalse();
    }

    @Test
    void closeReleasesConnectionsAndDispatcherThreads() throws Exception {
        ClientRuntime<AlibabaCredentials> rt = alibaba();
        for (int i = 0; i < 20; i++) {
            server.enqueue(ok());
        }
        for (int i = 0; i < 10; i++) {
            call(rt, false);
            call(rt, true);
        }
        okhttp3.OkHttpClient client = ((OkHttpTransport) rt.settings().transport()).client();
        rt.close();
        assertThat(client.connectionPool().connectionCount()).isZero();
        assertThat(client.dispatcher().executorService().isShutdown()).isTrue();
        assertThat(client.dispatcher().executorService().awaitTermination(5, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void badConfigurationFailsBeforeAnythingIsSent() {
        assertThatThrownBy(() -> AlibabaCredentials.of(" ", "s")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("accessKeyId");
        assertThatThrownBy(() -> AlibabaCredentials.of("id", null)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("accessKeySecret");
        assertThatThrownBy(() -> TestClients.alibaba().credentials(ALI).build())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("region or an endpointOverride");
        assertThatThrownBy(() -> TestClients.alibaba().credentials(ALI).endpointOverride(server.url("/").uri())
                .build()).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("allowPlainHttp");
        assertThatThrownBy(() -> TestClients.alibaba().credentials(ALI).region("cn hangzhou").build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("region");
        assertThatThrownBy(() -> RequestOverrides.builder().putHeader("x-trace", "v\r\nInjected: 1").build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("x-trace");
        assertThatThrownBy(() -> RequestOverrides.builder().putHeader("x-trace", "caf\u00e9").build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("x-trace")
                .hasMessageContaining("printable ASCII").hasMessageNotContaining("caf");
        assertThatThrownBy(() -> HuaweiAkSkCredentials.builder().accessKey("a").secretKey("s").domainId(" d ").build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("domainId");
        assertThatThrownBy(() -> AlibabaCredentials.of("id", "s", "tok\u00e9n"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("securityToken")
                .hasMessageNotContaining("tok");
        ClientRuntime<AlibabaCredentials> rt = alibaba();
        assertThatThrownBy(() -> call(rt, false, DeleteThing.of("bad\nid")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("thingId");
        assertThatThrownBy(() -> call(rt, true, DeleteThing.of(null)))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("thingId");
        assertThat(server.getRequestCount()).isZero();
    }

    @Test
    void regionPicksTheHttpsEndpoint() {
        ClientRuntime<AlibabaCredentials> rt = TestClients.alibaba().credentials(ALI).region("cn-hangzhou").build();
        toClose.add(rt);
        assertThat(rt.settings().endpoint().toUri().toString()).isEqualTo("https://tst.cn-hangzhou.aliyuncs.com");
    }

    @Test
    void transportFailureNamesEndpointAndAttempts() throws Exception {
        int port = server.getPort();
        server.close();
        ClientRuntime<AlibabaCredentials> rt = TestClients.alibaba().credentials(ALI).sleeper(sleeper)
                .endpointOverride(java.net.URI.create("http://127.0.0.1:" + port)).allowPlainHttp(true).build();
        toClose.add(rt);
        assertThatThrownBy(() -> call(rt, false)).isInstanceOfSatisfying(TransportException.class, e -> {
            assertThat(e.attempts()).isEqualTo(3);
            assertThat(e.getMessage()).contains("127.0.0.1:" + port).contains("Attempts: 3");
        });
        server = new MockWebServer();
        server.start();
    }

    @Test
    void fullJitterStaysUnderTheExponentialCeiling() {
        RetryPolicy p = RetryPolicy.defaults();
        assertThat(Backoff.delay(p, 1, false, null, bound -> bound - 1)).isLessThan(Duration.ofMillis(100));
        assertThat(Backoff.delay(p, 3, false, null, bound -> bound - 1)).isLessThan(Duration.ofMillis(400))
                .isGreaterThan(Duration.ofMillis(399));
        assertThat(Backoff.delay(p, 30, true, null, bound -> bound - 1)).isLessThan(Duration.ofSeconds(20));
        assertThat(Backoff.delay(p, 1, true, null, bound -> bound - 1).toMillis()).isCloseTo(1000, within(1L));
    }

    @ParameterizedTest(name = "async={0}")
    @ValueSource(booleans = {false, true})
    void retryAfterPastTheCapWaitsTheCapOnceInAllThenFails(boolean async) {
        ClientRuntime<AlibabaCredentials> rt = alibaba();
        for (int i = 0; i < 3; i++) {
            server.enqueue(new MockResponse.Builder().code(429).setHeader("Retry-After", "999999")
                    .setHeader("Content-Type", "application/json")
                    .body("{\"RequestId\":\"r-429\",\"Code\":\"Throttling\",\"Message\":\"slow\"}").build());
        }

        assertThatThrownBy(() -> call(rt, async)).isInstanceOf(ThrottlingException.class);

        assertThat(sleeper.waits).containsExactly(Duration.ofSeconds(20)); // the policy's cap, for the call in all
        assertThat(server.getRequestCount()).isEqualTo(2);
    }

    @ParameterizedTest(name = "async={0}")
    @ValueSource(booleans = {false, true})
    void aRetryAfterPastTheCallsDeadlineFailsAtOnceSayingSoInsteadOfWaiting(boolean async) {
        ClientRuntime<AlibabaCredentials> rt = alibaba(b -> b.apiCallTimeout(Duration.ofSeconds(5)));
        server.enqueue(new MockResponse.Builder().code(429).setHeader("Retry-After", "15")
                .setHeader("Content-Type", "application/json")
                .body("{\"RequestId\":\"r-429\",\"Code\":\"Throttling\",\"Message\":\"slow\"}").build());

        assertThatThrownBy(() -> call(rt, async)).isInstanceOf(ApiCallTimeoutException.class)
                .hasMessageContaining("before waiting 15000 ms to retry: the wait would pass the deadline")
                .hasRootCauseInstanceOf(ThrottlingException.class);

        assertThat(sleeper.waits).isEmpty(); // no wait begun that the deadline would cut
        assertThat(server.getRequestCount()).isEqualTo(1);
    }
}
