package dev.migsdk.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migsdk.core.RetryPolicy;
import dev.migsdk.reliability.ScriptedServer.Outcome;
import dev.migsdk.core.client.AlibabaClientBuilder;
import dev.migsdk.core.client.ResponseFormat;
import dev.migsdk.core.client.SdkClientBuilder;
import dev.migsdk.core.exception.InvalidStatusException;
import dev.migsdk.core.exception.ResourceNotFoundException;
import dev.migsdk.core.exception.ServiceException;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.stream.Stream;
import mockwebserver3.MockResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Honest success (docs/DECISIONS.md): a 2xx that is not the operation's documented success is never a
 * result. Every answer below goes to all five operations, sync and async, from a local server that gives
 * the same answer to every attempt; each case asserts what the caller gets (result, or exception type,
 * code, HTTP status, request id, raw body) and how many requests the server saw, retries included.
 */
@ExtendWith(Secrets.class)
class HonestSuccessTest {
    /** The default policy's attempt count, with short waits so the matrix stays quick. */
    static final int ATTEMPTS = RetryPolicy.defaults().maxAttempts();
    static final RetryPolicy POLICY = RetryPolicy.builder().maxAttempts(ATTEMPTS).baseDelay(Duration.ofMillis(2))
            .throttlingBaseDelay(Duration.ofMillis(2)).maxBackoff(Duration.ofMillis(20)).build();
    static final String UNEXPECTED = "SDK.UnexpectedResponse";
    private static final AtomicInteger IDS = new AtomicInteger();

    @RegisterExtension
    static final ScriptedServer server = new ScriptedServer();
    static final Report.Tally TALLY = new Report.Tally();

    @AfterAll
    static void report() {
        Report.section("honest success", TALLY.toString());
    }

    static void config(SdkClientBuilder<?, ?> b) {
        b.retryPolicy(POLICY);
    }

    /** What the caller must get: a result with {@code status}, or an exception of {@code type} and {@code code}. */
    record Expect(Class<? extends ServiceException> type, String code, int status, int requests) {
        static Expect success(int status) {
            return new Expect(null, null, status, 1);
        }

        /** Not the documented success: SDK.UnexpectedResponse after every attempt the policy allows. */
        static Expect unexpected(int status) {
            return new Expect(ServiceException.class, UNEXPECTED, status, ATTEMPTS);
        }

        /** The error the body names, not retried. */
        static Expect named(Class<? extends ServiceException> type, String code, int status) {
            return new Expect(type, code, status, 1);
        }
    }

    /** One answer, sent with a request id header; {@code expect} says per operation what it must become. */
    interface Answer {
        Expect expect(Op op);
    }

    record Case(String name, int status, String contentType, String body, String bodyRequestId, Answer answer) {
        MockResponse response(String headerRequestId, String headerName) {
            MockResponse.Builder b = new MockResponse.Builder().code(status).setHeader(headerName, headerRequestId);
            if (contentType != null) {
                b.setHeader("Content-Type", contentType);
            }
            if (body != null) {
                b.body(body);
            }
            return b.build();
        }

        @Override
        public String toString() {
            return name;
        }
    }

    static Answer unexpectedFor(Set<Op> ops, int status) {
        return op -> ops.contains(op) ? Expect.unexpected(status) : null;
    }

    static final Set<Op> ALL = Set.of(Op.values());
    static final Set<Op> ALIBABA = Set.of(Op.SMC_DELETE, Op.SMC_STOP, Op.DTS_DELETE);

    static List<Case> cases() {
        return List.of(
                new Case("HTML page by Content-Type text/html", 200, "text/html; charset=utf-8",
                        "<p>Please sign in to the hotel Wi-Fi to continue.</p>", null, unexpectedFor(ALL, 200)),
                new Case("HTML page by <!DOCTYPE html>, no Content-Type", 200, null,
                        "\n<!DOCTYPE html><html><body><h1>502 Bad Gateway</h1></body></html>", null,
                        unexpectedFor(ALL, 200)),
                new Case("JSON array []", 200, "application/json", "[]", null, unexpectedFor(ALL, 200)),
                // OMS DeleteTask documents 200/204 with no body (DECISIONS: "Honest success"); no other operation does.
                new Case("204 without a body", 204, null, null, null,
                        op -> op == Op.OMS_DELETE ? Expect.success(204) : Expect.unexpected(204)),
                new Case("200 without a body", 200, "application/json", null, null,
                        op -> op == Op.OMS_DELETE || op == Op.SMS_DELETE ? Expect.success(200) : Expect.unexpected(200)),
                new Case("XML <Error> to a JSON client", 200, "text/xml",
                        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Error><RequestId>xml-body-id</RequestId>"
                                + "<Code>InternalError</Code><Message>The request processing has failed.</Message>"
                                + "</Error>", null, unexpectedFor(ALIBABA, 200)),
                // SMS DeleteTask documents its body as a string: plain text is its success, nobody else's.
                new Case("plain text", 200, "text/plain", "Task deleted", null,
                        op -> op == Op.SMS_DELETE ? Expect.success(200) : Expect.unexpected(200)),
                new Case("Huawei error body with status 200", 200, "application/json",
                        "{\"error_code\":\"%s\",\"error_msg\":\"No resources found\"}", null,
                        op -> op == Op.OMS_DELETE ? Expect.named(ResourceNotFoundException.class, "OMS.1009", 200)
                                : op == Op.SMS_DELETE ? Expect.named(ResourceNotFoundException.class, "SMS.2252", 200)
                                : null),
                new Case("Huawei invalid-status body with status 200", 200, "application/json",
                        "{\"error_code\":\"%s\",\"error_msg\":\"The task is running\"}", null,
                        op -> op == Op.OMS_DELETE ? Expect.named(InvalidStatusException.class, "OMS.1002", 200)
                                : op == Op.SMS_DELETE ? Expect.named(InvalidStatusException.class, "SMS.2015", 200)
                                : null),
                new Case("JSON object without RequestId", 200, "application/json",
                        "{\"Success\":true,\"HttpStatusCode\":200}", null, unexpectedFor(ALIBABA, 200)),
                new Case("DTS body without Success", 200, "application/json",
                        "{\"RequestId\":\"body-request-id\",\"HttpStatusCode\":200}", "body-request-id",
                        op -> op == Op.DTS_DELETE ? Expect.unexpected(200) : null),
                // DECISIONS: a success field of the wrong type is SDK.UnexpectedResponse, the parse failure its cause.
                new Case("DTS body whose HttpStatusCode is not a number", 200, "application/json",
                        "{\"RequestId\":\"body-request-id\",\"Success\":true,\"HttpStatusCode\":\"abc\"}",
                        "body-request-id", op -> op == Op.DTS_DELETE ? Expect.unexpected(200) : null),
                new Case("DTS body whose Success is neither true nor false", 200, "application/json",
                        "{\"RequestId\":\"body-request-id\",\"Success\":\"maybe\"}", "body-request-id",
                        op -> op == Op.DTS_DELETE ? Expect.unexpected(200) : null),
                new Case("JSON boolean false", 200, "application/json", "false", null, unexpectedFor(ALL, 200)),
                new Case("JSON number 0", 200, "application/json", "0", null, unexpectedFor(ALL, 200)),
                // An undocumented status is refused before the body is read: the header's request id is reported.
                new Case("202 with an otherwise documented body", 202, "application/json", "{\"RequestId\":"
                        + "\"body-request-id\",\"Success\":true}", null, unexpectedFor(ALL, 202)),
                new Case("the documented success", 200, "application/json", "{\"RequestId\":\"body-request-id\","
                        + "\"Success\":true,\"HttpStatusCode\":200}", "body-request-id", op -> Expect.success(200)));
    }

    /** The Huawei error code a case's body names for {@code op} ({@code %s} in the body). */
    static String bodyFor(Case c, Op op) {
        if (c.body() == null || !c.body().contains("%s")) {
            return c.body();
        }
        Expect e = c.answer().expect(op);
        return String.format(c.body(), e.code());
    }

    static Stream<Arguments> matrix() {
        return Op.matrix(cases(), c -> Stream.of(Op.values()).filter(op -> c.answer().expect(op) != null).toList());
    }

    @ParameterizedTest(name = "{1} {2}: {0}")
    @MethodSource("matrix")
    void aTwoHundredIsASuccessOnlyWhenItIsTheDocumentedOne(Case c, Op op, Mode mode) {
        Expect expect = c.answer().expect(op);
        String headerId = "hdr-" + IDS.incrementAndGet();
        Case sent = new Case(c.name(), c.status(), c.contentType(), bodyFor(c, op), c.bodyRequestId(), c.answer());
        server.always(sent.response(headerId, op.requestIdHeader()));
        String requestId = c.bodyRequestId() != null && op.alibaba() ? c.bodyRequestId() : headerId;

        Outcome o = call(op, mode);

        TALLY.record(o.error() == null ? "result" : o.error() instanceof ServiceException se
                ? se.getClass().getSimpleName() + " " + se.errorCode() : o.error().getClass().getName(),
                server.requestCount(), o.elapsedMs());
        if (expect.type() == null) {
            assertThat(o.error()).as("a documented success").isNull();
            assertThat(o.response().httpStatus()).isEqualTo(expect.status());
            assertThat(o.response().requestId()).isEqualTo(requestId);
            assertThat(o.response().metadata().attempts()).isEqualTo(1);
        } else {
            ServiceException e = o.serviceError("never a success");
            assertThat(e).isExactlyInstanceOf(expect.type());
            assertThat(e.errorCode()).isEqualTo(expect.code());
            assertThat(e.httpStatus()).isEqualTo(expect.status());
            assertThat(e.requestId()).isEqualTo(requestId);
            assertThat(e.service()).isEqualTo(op.svc().name());
            assertThat(e.operation()).isEqualTo(op.operation());
            assertThat(e.getMessage()).contains("Code: " + expect.code(), "Request ID: " + requestId,
                    "Status: " + expect.status());
            assertThat(e.rawBody()).isEqualTo(sent.body() == null ? "" : sent.body());
            assertThat(e.attempts()).isEqualTo(expect.requests());
            if (UNEXPECTED.equals(expect.code())) {
                assertThat(e.retryable()).as("retried like a server fault").isTrue();
                assertThat(e.getSuppressed()).hasSize(ATTEMPTS - 1)
                        .allSatisfy(s -> assertThat(((ServiceException) s).errorCode()).isEqualTo(UNEXPECTED));
            }
        }
        assertThat(server.requestCount()).as("requests the server saw").isEqualTo(expect.requests());
    }

    static Stream<Arguments> opsAndModes() {
        return Stream.of(Op.values()).flatMap(op -> Stream.of(Arguments.of(op, Mode.SYNC), Arguments.of(op, Mode.ASYNC)));
    }

    static Stream<Arguments> alibabaOpsAndModes() {
        return opsAndModes().filter(a -> ((Op) a.get()[0]).alibaba());
    }

    /**
     * A middlebox page, then the not-found of a task that is gone: the page may have hidden the delete's
     * answer, so under idempotent deletes it is done. A stop has no such rule: the not-found stays an error.
     */
    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("opsAndModes")
    void aPageThenNotFoundIsAnIdempotentDeleteButNotAStop(Op op, Mode mode) {
        server.inTurn(named("HTML").response("hdr-page", op.requestIdHeader()), notFound(op));

        Outcome o = call(op, mode);

        assertThat(server.requestCount()).isEqualTo(2);
        if (op == Op.SMC_STOP) {
            ServiceException e = o.serviceError("a stop whose job is gone is not a success");
            assertThat(e).isInstanceOf(ResourceNotFoundException.class);
            assertThat(e.attempts()).isEqualTo(2);
            assertThat(e.getSuppressed()).singleElement()
                    .satisfies(s -> assertThat(((ServiceException) s).errorCode()).isEqualTo(UNEXPECTED));
        } else {
            assertThat(o.error()).isNull();
            assertThat(Svc.alreadyDeleted(o.response())).isTrue();
            assertThat(o.response().metadata().attempts()).isEqualTo(2);
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("opsAndModes")
    void aPassingPageThenTheDocumentedSuccessIsASuccess(Op op, Mode mode) {
        Case ok = named("the documented success");
        server.inTurn(named("HTML").response("hdr-page", op.requestIdHeader()), ok.response("hdr-ok",
                op.requestIdHeader()));

        Outcome o = call(op, mode);

        assertThat(o.error()).isNull();
        if (op != Op.SMC_STOP) {
            assertThat(Svc.alreadyDeleted(o.response())).isFalse();
        }
        assertThat(o.response().metadata().attempts()).isEqualTo(2);
        assertThat(server.requestCount()).isEqualTo(2);
    }

    /** A client asking for XML ({@code Format=XML}) takes an XML answer and refuses a JSON one. */
    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("alibabaOpsAndModes")
    void anXmlClientRefusesJsonAndTakesXml(Op op, Mode mode) {
        Consumer<SdkClientBuilder<?, ?>> xml = b -> {
            config(b);
            ((AlibabaClientBuilder<?>) b).responseFormat(ResponseFormat.XML);
        };
        server.always(named("the documented success").response("hdr-json", op.requestIdHeader()));
        ServiceException e = call(op, mode, xml).serviceError("JSON to an XML client");
        assertThat(e.errorCode()).isEqualTo(UNEXPECTED);
        assertThat(server.requestCount()).isEqualTo(ATTEMPTS);

        server.always(new MockResponse.Builder().code(200).setHeader("Content-Type", "text/xml").body("<?xml version="
                + "\"1.0\" encoding=\"UTF-8\"?><Response><RequestId>xml-ok</RequestId><Success>true</Success>"
                + "</Response>").build());
        Outcome ok = call(op, mode, xml);
        assertThat(ok.error()).isNull();
        assertThat(ok.response().requestId()).isEqualTo("xml-ok");
        assertThat(server.requestCount()).isEqualTo(1);
    }

    @Test
    void smsPlainTextIsItsDocumentedSuccess() {
        for (Mode mode : Mode.values()) {
            server.always(new MockResponse.Builder().code(200).setHeader("Content-Type", "text/plain")
                    .setHeader("X-Request-Id", "sms-text").body("success").build());

            Outcome o = call(Op.SMS_DELETE, mode);

            assertThat(o.error()).as(mode.name()).isNull();
            assertThat(o.response().requestId()).isEqualTo("sms-text");
            assertThat(server.requestCount()).isEqualTo(1);
        }
    }

    /** The case whose name starts with {@code prefix}. */
    static Case named(String prefix) {
        return cases().stream().filter(c -> c.name().startsWith(prefix)).findFirst().orElseThrow();
    }

    static MockResponse notFound(Op op) {
        MockResponse.Builder b = new MockResponse.Builder().setHeader("Content-Type", "application/json");
        return switch (op.svc()) {
            case SMC, DTS -> b.code(404).body("{\"RequestId\":\"nf\",\"Code\":\"InvalidJobId.NotFound\","
                    + "\"Message\":\"The specified job does not exist.\"}").build();
            case OMS -> b.code(404).body("{\"error_code\":\"OMS.1009\",\"error_msg\":\"No resources found\"}").build();
            case SMS -> b.code(404).body("{\"error_code\":\"SMS.2252\",\"error_msg\":\"task not found\"}").build();
        };
    }

    static Outcome call(Op op, Mode mode) {
        return call(op, mode, HonestSuccessTest::config);
    }

    static Outcome call(Op op, Mode mode, Consumer<SdkClientBuilder<?, ?>> config) {
        return server.call(op, mode, config);
    }
}
