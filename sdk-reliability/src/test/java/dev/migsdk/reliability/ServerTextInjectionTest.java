package dev.migsdk.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.migsdk.core.SdkResponse;
import dev.migsdk.core.exception.AccessDeniedException;
import dev.migsdk.core.exception.ErrorDetail;
import dev.migsdk.core.exception.ServiceError;
import dev.migsdk.core.exception.ServiceException;
import dev.migsdk.core.exception.TransportException;
import dev.migsdk.core.interceptor.WireLogInterceptor;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import mockwebserver3.MockResponse;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Control characters from the server — CR, LF, ESC, a forged log line ({@code \r\nINFO Injected: yes}), a
 * terminal escape ({@code ESC[2J}, clear screen), NEL, U+2028, a bidi override — in every field a server
 * provides: Alibaba {@code Code}, {@code Message}, {@code RequestId}, {@code HostId}, {@code Recommend},
 * {@code AccessDeniedDetail}, DTS {@code ErrCode}/{@code ErrMessage}/{@code DynamicMessage}; Huawei
 * {@code error_code}, {@code error_msg}, {@code request_id}, {@code error_param}, {@code details},
 * {@code encoded_authorization_message}; both request id headers; the request id of a success. What the caller
 * sees (message, {@code toString}, every accessor, {@code response.requestId()}, the response's headers) and
 * every SLF4J line the calls log at DEBUG ({@code dev.migsdk.request}, and {@code dev.migsdk.wire} through a
 * {@link WireLogInterceptor}) carry them as {@code \\uXXXX} escapes; {@code rawBody()} keeps the text as received.
 */
@ExtendWith(Secrets.class)
class ServerTextInjectionTest {
    /** A forged log line, a clear-screen, NEL, a line separator and a right-to-left override. */
    static final String INJ = "\r\nINFO Injected: yes\u001b[2J\u0085\u2028\u202e";
    /** {@link #INJ} as the SDK must show it. */
    static final String INJ_SHOWN = "\\u000d\\u000aINFO Injected: yes\\u001b[2J\\u0085\\u2028\\u202e";
    /** What fits in a header line: everything but CR-LF (a bare CR survives OkHttp's line reader). */
    static final String HEADER_INJ = "\rINFO Injected: yes\u001b[2J\u0085";
    static final String HEADER_INJ_SHOWN = "\\u000dINFO Injected: yes\\u001b[2J\\u0085";
    static final ObjectMapper JSON = new ObjectMapper();

    @RegisterExtension
    static final ScriptedServer server = new ScriptedServer();

    /** An answer, the ops it is sent to, and what the caller must see. */
    record Case(String name, List<Op> ops, Function<Op, MockResponse> answer, Check check) {
        @Override
        public String toString() {
            return name;
        }
    }

    /** The assertions of one case on what the call ended in. */
    interface Check {
        void verify(SdkResponse response, Throwable error, String body);
    }

    static final List<Op> ALIBABA = List.of(Op.SMC_DELETE, Op.DTS_DELETE);
    static final List<Op> HUAWEI = List.of(Op.OMS_DELETE, Op.SMS_DELETE);

    static String json(Map<String, ?> fields) {
        ObjectNode node = JSON.valueToTree(fields);
        return node.toString();
    }

    static MockResponse jsonAnswer(int status, String body) {
        return new MockResponse.Builder().code(status).setHeader("Content-Type", "application/json").body(body).build();
    }

    static String alibabaError() {
        return json(Map.of("RequestId", "rid" + INJ, "HostId", "smc.aliyuncs.com" + INJ, "Code", "Forbidden.RAM" + INJ,
                "Message", "User not authorized" + INJ, "Recommend", "https://api.aliyun.com/troubleshoot" + INJ,
                "AccessDeniedDetail", Map.of("PolicyType", "AccountLevelIdentityBasedPolicy" + INJ,
                        "AuthAction", "smc:DeleteReplicationJob" + INJ, "NoPermissionType" + INJ, "ImplicitDeny" + INJ)));
    }

    static String huaweiError() {
        return json(Map.of("error_code", "SMS.9004" + INJ, "error_msg", "Forbidden" + INJ, "request_id", "rid" + INJ,
                "error_param", List.of("task_id" + INJ, "p2" + INJ),
                "details", List.of(Map.of("error_code", "IAM.0001" + INJ, "error_msg", "policy denies" + INJ)),
                "encoded_authorization_message", "ENC" + INJ));
    }

    static List<Case> cases() {
        List<Case> c = new ArrayList<>();
        c.add(new Case("Alibaba error: every field", ALIBABA, op -> jsonAnswer(403, alibabaError()), (r, e, body) -> {
            AccessDeniedException a = accessDenied(e);
            assertShown(a.errorCode(), "Forbidden.RAM" + INJ_SHOWN);
            assertShown(a.errorMessage(), "User not authorized" + INJ_SHOWN);
            assertShown(a.requestId(), "rid" + INJ_SHOWN);
            assertShown(a.serviceError().hostId(), "smc.aliyuncs.com" + INJ_SHOWN);
            assertShown(a.serviceError().recommend(), "https://api.aliyun.com/troubleshoot" + INJ_SHOWN);
            assertThat(a.accessDeniedDetail()).containsEntry("PolicyType", "AccountLevelIdentityBasedPolicy" + INJ_SHOWN)
                    .containsEntry("AuthAction", "smc:DeleteReplicationJob" + INJ_SHOWN)
                    .containsEntry("NoPermissionType" + INJ_SHOWN, "ImplicitDeny" + INJ_SHOWN);
            assertThat(a.rawBody()).isEqualTo(body);
        }));
        c.add(new Case("DTS error: ErrCode, ErrMessage with DynamicMessage", List.of(Op.DTS_DELETE),
                op -> jsonAnswer(200, json(Map.of("RequestId", "rid" + INJ, "Success", false,
                        "ErrCode", "InvalidParameter" + INJ, "ErrMessage", "The %s is invalid" + INJ,
                        "DynamicMessage", "DtsJobId" + INJ))), (r, e, body) -> {
                    ServiceException s = serviceError(e);
                    assertShown(s.errorCode(), "InvalidParameter" + INJ_SHOWN);
                    assertShown(s.errorMessage(), "The DtsJobId" + INJ_SHOWN + " is invalid" + INJ_SHOWN);
                    assertShown(s.requestId(), "rid" + INJ_SHOWN);
                    assertThat(s.rawBody()).isEqualTo(body);
                }));
        c.add(new Case("DTS success whose HttpStatusCode is not a number", List.of(Op.DTS_DELETE),
                op -> jsonAnswer(200, json(Map.of("RequestId", "rid", "Success", true, "HttpStatusCode", "2oo" + INJ))),
                (r, e, body) -> {
                    ServiceException s = serviceError(e);
                    assertThat(s.errorCode()).isEqualTo("SDK.UnexpectedResponse");
                    assertThat(s.errorMessage()).contains("HttpStatusCode");
                    assertThat(s.rawBody()).isEqualTo(body);
                }));
        c.add(new Case("request id only in the header", List.of(Op.values()), op -> new MockResponse.Builder().code(400)
                .setHeader("Content-Type", "application/json").addHeaderLenient(op.requestIdHeader(), "hdr" + HEADER_INJ)
                .body(op.alibaba() ? "{\"Code\":\"InvalidParameter\",\"Message\":\"bad\"}"
                        : "{\"error_code\":\"SMS.0001\",\"error_msg\":\"bad\"}").build(), (r, e, body) -> {
                            assertShown(serviceError(e).requestId(), "hdr" + HEADER_INJ_SHOWN);
                        }));
        c.add(new Case("Huawei error: every field", HUAWEI, op -> jsonAnswer(403, huaweiError()),
                (r, e, body) -> checkHuaweiError(accessDenied(e), body)));
        c.add(new Case("Huawei error with status 200", HUAWEI, op -> jsonAnswer(200, huaweiError()),
                (r, e, body) -> checkHuaweiError(serviceError(e), body)));
        c.add(new Case("success: request id in the body", List.of(Op.SMC_DELETE, Op.SMC_STOP, Op.DTS_DELETE,
                Op.OMS_DELETE), op -> jsonAnswer(200, json(op.alibaba()
                        ? Map.of("RequestId", "ok" + INJ, "Success", true) : Map.of("request_id", "ok" + INJ))),
                (r, e, body) -> assertShown(success(r, e).requestId(), "ok" + INJ_SHOWN)));
        c.add(new Case("success: request id in the header", List.of(Op.OMS_DELETE, Op.SMS_DELETE),
                op -> new MockResponse.Builder().code(op == Op.OMS_DELETE ? 204 : 200)
                        .addHeaderLenient("X-Request-Id", "ok" + HEADER_INJ).addHeaderLenient("X-Note", "note" + HEADER_INJ)
                        .build(), (r, e, body) -> {
                            SdkResponse ok = success(r, e);
                            assertShown(ok.requestId(), "ok" + HEADER_INJ_SHOWN);
                            assertShown(ok.metadata().header("X-Note"), "note" + HEADER_INJ_SHOWN);
                            ok.metadata().headers().forEach((k, v) -> v.forEach(x -> assertClean("header " + k, x)));
                        }));
        c.add(new Case("success after a lost answer: the not-found's request id", List.of(Op.SMC_DELETE,
                Op.OMS_DELETE), null, (r, e, body) -> assertShown(success(r, e).requestId(), "nf" + INJ_SHOWN)));
        c.add(new Case("5xx with a text body", List.of(Op.values()), op -> new MockResponse.Builder().code(500)
                .setHeader("Content-Type", "text/plain").body("upstream failed" + INJ).build(), (r, e, body) -> {
                    ServiceException s = serviceError(e);
                    assertThat(s.rawBody()).as("raw body keeps the text").isEqualTo(body).contains(INJ);
                    assertThat(s.errorMessage()).doesNotContain("Injected");
                }));
        c.add(new Case("200 plain text where the operation documents none", List.of(Op.SMC_DELETE, Op.OMS_DELETE),
                op -> new MockResponse.Builder().code(200).setHeader("Content-Type", "text/plain")
                        .body("Task deleted" + INJ).build(), (r, e, body) -> {
                            ServiceException s = serviceError(e);
                            assertThat(s.errorCode()).isEqualTo("SDK.UnexpectedResponse");
                            assertThat(s.rawBody()).isEqualTo(body).contains(INJ);
                        }));
        c.add(new Case("200 malformed JSON whose parse error quotes the body", List.of(Op.SMC_DELETE, Op.SMS_DELETE),
                op -> jsonAnswer(200, "{\"RequestId\": tru\u001b[2J" + INJ), (r, e, body) -> {
                    ServiceException s = serviceError(e);
                    assertThat(s.errorCode()).isEqualTo("SDK.UnexpectedResponse");
                    assertThat(s.errorMessage()).contains("malformed JSON");
                    assertThat(s.rawBody()).isEqualTo(body);
                }));
        return c;
    }

    static void checkHuaweiError(ServiceException s, String body) {
        assertShown(s.errorCode(), "SMS.9004" + INJ_SHOWN);
        assertShown(s.errorMessage(), "Forbidden" + INJ_SHOWN);
        assertShown(s.requestId(), "rid" + INJ_SHOWN);
        assertThat(s.errorParams()).containsExactly("task_id" + INJ_SHOWN, "p2" + INJ_SHOWN);
        assertThat(s.details()).containsExactly(new ErrorDetail("IAM.0001" + INJ_SHOWN, "policy denies" + INJ_SHOWN));
        assertShown(s.serviceError().encodedAuthorizationMessage(), "ENC" + INJ_SHOWN);
        if (s instanceof AccessDeniedException a) {
            assertShown(a.encodedAuthorizationMessage(), "ENC" + INJ_SHOWN);
        }
        assertThat(s.rawBody()).isEqualTo(body);
    }

    static Stream<Arguments> matrix() {
        return Op.matrix(cases(), Case::ops);
    }

    @ParameterizedTest(name = "{1} {2}: {0}")
    @MethodSource("matrix")
    void serverTextReachesNoMessageAccessorOrLogLineRaw(Case c, Op op, Mode mode) {
        MockResponse answer = c.answer() != null ? c.answer().apply(op) : null;
        if (answer == null) { // a 503 hides the delete's answer; the retry finds the task gone
            server.inTurn(new MockResponse.Builder().code(503).build(), HonestSuccessTest.notFound(op).newBuilder()
                    .body(op.alibaba() ? json(Map.of("RequestId", "nf" + INJ, "Code", "InvalidJobId.NotFound"))
                            : json(Map.of("error_code", op == Op.OMS_DELETE ? "OMS.1009" : "SMS.2252",
                                    "request_id", "nf" + INJ))).build());
        } else {
            server.always(answer);
        }
        String body = answer == null ? null : bodyText(answer);
        int mark = Secrets.logMark();
        ScriptedServer.Outcome o = server.call(op, mode, b -> HonestSuccessTest.config(
                b.addInterceptor(new WireLogInterceptor())));
        String log = Secrets.logSince(mark);
        Throwable error = o.error();
        Secrets.seen(error);

        c.check().verify(o.response(), error, body);
        if (error != null) {
            assertCleanThrowable(error);
            assertCleanStackTrace(error);
        }
        assertThat(log).as("the calls' log lines").contains("dev.migsdk.request", "dev.migsdk.wire");
        assertCleanLog(log);
        assertThat(server.requestCount()).isPositive();
    }

    /**
     * A status line OkHttp cannot parse, quoted by OkHttp in its {@code ProtocolException}: the SDK's
     * {@code TransportException} and the stack trace a logger prints for it ({@code log.warn("...", e)}) show
     * the server's characters escaped, on every attempt.
     */
    @ParameterizedTest(name = "{0}")
    @EnumSource(Mode.class)
    void aMalformedStatusLineReachesNoMessageOrStackTraceRaw(Mode mode) {
        String head = "HTTP/1.1 2x0 Injected\u001b[2J\rINFO Injected: yes\u0085\r\nContent-Length: 0\r\n\r\n";
        try (RawServer raw = RawServer.answer(head, "", Duration.ofSeconds(20));
             Client client = Op.SMC_DELETE.client(raw.endpoint(), mode, HonestSuccessTest::config)) {
            int mark = Secrets.logMark();
            Throwable e = FaultMatrixTest.catchAny(() -> client.delete("j-status-line"));
            String log = Secrets.logSince(mark);
            Secrets.seen(e);

            assertThat(e).isInstanceOf(TransportException.class).hasMessageContaining("Injected");
            assertThat(((TransportException) e).attempts()).isEqualTo(HonestSuccessTest.ATTEMPTS);
            assertThat(raw.connections()).isEqualTo(HonestSuccessTest.ATTEMPTS);
            assertClean("getMessage()", e.getMessage());
            assertCleanStackTrace(e);
            assertCleanLog(log);
        }
    }

    static String bodyText(MockResponse r) {
        okio.Buffer b = new okio.Buffer();
        try {
            if (r.getBody() != null) {
                r.getBody().writeTo(b);
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return b.readUtf8();
    }

    // ------------------------------------------------------------------ checks

    static AccessDeniedException accessDenied(Throwable e) {
        assertThat(e).isInstanceOf(AccessDeniedException.class);
        return (AccessDeniedException) e;
    }

    static ServiceException serviceError(Throwable e) {
        assertThat(e).isInstanceOf(ServiceException.class);
        return (ServiceException) e;
    }

    static SdkResponse success(SdkResponse r, Throwable e) {
        assertThat(e).as("a success").isNull();
        assertClean("response.metadata().requestId()", r.metadata().requestId());
        return r;
    }

    /** {@code actual} is the server's text with the control characters escaped, nothing raw left. */
    static void assertShown(String actual, String expected) {
        assertClean("accessor", actual);
        assertThat(actual).isEqualTo(expected);
    }

    /** Whether {@code c} is a character the SDK must never pass on raw from a server. */
    static boolean unsafe(char c) {
        return c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == '\u2028' || c == '\u2029'
                || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');
    }

    static void assertClean(String what, String text) {
        if (text == null) {
            return;
        }
        for (int i = 0; i < text.length(); i++) {
            if (unsafe(text.charAt(i))) {
                throw new AssertionError(String.format("%s holds a raw U+%04X at %d: %s", what, (int) text.charAt(i),
                        i, text.replaceAll("\\p{Cntrl}|[\\u2028\\u2029\\u202a-\\u202e]", "<CTRL>")));
            }
        }
    }

    /** Message, toString and every accessor of the exception, its causes and suppressed exceptions. */
    static void assertCleanThrowable(Throwable t) {
        for (int depth = 0; t != null && depth < 10; t = t.getCause(), depth++) {
            assertClean("getMessage() of " + t.getClass().getSimpleName(), t.getMessage());
            assertClean("toString()", t.toString());
            if (t instanceof ServiceException s) {
                ServiceError e = s.serviceError();
                List<String> fields = new ArrayList<>(List.of(String.valueOf(s.errorCode()),
                        String.valueOf(s.errorMessage()), String.valueOf(s.requestId()), String.valueOf(e.hostId()),
                        String.valueOf(e.recommend()), String.valueOf(e.encodedAuthorizationMessage()), e.toString()));
                fields.addAll(e.errorParams());
                e.accessDeniedDetail().forEach((k, v) -> {
                    fields.add(k);
                    fields.add(v);
                });
                e.details().forEach(d -> {
                    fields.add(String.valueOf(d.errorCode()));
                    fields.add(String.valueOf(d.errorMessage()));
                });
                fields.forEach(f -> assertClean("an accessor of " + s.getClass().getSimpleName(), f));
            }
            for (Throwable s : t.getSuppressed()) {
                assertCleanThrowable(s);
            }
        }
    }

    /** What a logger prints for {@code log.warn("...", t)}: the stack trace with every cause and suppressed one. */
    static void assertCleanStackTrace(Throwable t) {
        StringWriter trace = new StringWriter();
        t.printStackTrace(new PrintWriter(trace));
        assertCleanLog(trace.toString().replace("\t", "    ")); // a stack trace indents with tabs
    }

    /** No raw control character but the line ends, and no line the server started. */
    static void assertCleanLog(String log) {
        for (String line : log.split("\n", -1)) {
            assertClean("log line", line);
            assertThat(line).as("a log line the server forged").doesNotStartWith("INFO Injected");
        }
    }
}
