package dev.migsdk.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.migsdk.core.auth.AlibabaCredentials;
import dev.migsdk.core.auth.HuaweiAkSkCredentials;
import dev.migsdk.core.auth.StaticCredentialsProvider;
import dev.migsdk.examples.cli.MigsdkTest.CliContextFactory;
import dev.migsdk.examples.cli.MigsdkTest.Run;
import java.io.IOException;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The {@code migsdk} CLI against answers that are not the operation's documented success (docs/DECISIONS.md,
 * "Honest success") and against server text full of control characters, from a local server given with
 * {@code --endpoint http://127.0.0.1:PORT}. A page, {@code []} or a stray 204 is never reported "ok": the
 * exit code is 3 (the service's answer was an error) and no line says otherwise; nothing the server sent
 * reaches the terminal as a raw ESC or CR.
 */
class CliHonestyTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    static final String INJ = "\r\nINFO Injected: yes\u001b[2J\u2028";

    static MockWebServer server;
    static volatile MockResponse answer;
    static final AtomicInteger REQUESTS = new AtomicInteger();

    @BeforeAll
    static void start() throws IOException {
        server = new MockWebServer();
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                REQUESTS.incrementAndGet();
                return answer;
            }
        });
        server.start(InetAddress.getByName("127.0.0.1"), 0);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static final CliContextFactory CREDENTIALS = MigsdkTest.credentials(
            StaticCredentialsProvider.create(AlibabaCredentials.of("LTAIcliHonesty01", "cliHonestySecret-01")),
            StaticCredentialsProvider.create(HuaweiAkSkCredentials.builder().accessKey("HWCLIHONESTY01")
                    .secretKey("cliHonestySecret-02").projectId("0123456789abcdef0123456789abcdef")
                    .domainId("fedcba9876543210fedcba9876543210").build()));

    /** One CLI command: its arguments before the id, and the id. */
    enum Command {
        SMC_DELETE("smc", "delete-replication-job", "j-1"), SMC_STOP("smc", "stop-replication-job", "j-1"),
        DTS_DELETE("dts", "delete-dts-job", "dts-1"), OMS_DELETE("oms", "delete-task", "2002"),
        SMS_DELETE("sms", "delete-task", "t-1");

        final String service;
        final String command;
        final String id;

        Command(String service, String command, String id) {
            this.service = service;
            this.command = command;
            this.id = id;
        }

        boolean alibaba() {
            return service.equals("smc") || service.equals("dts");
        }

        Run run(String... extra) {
            List<String> args = new ArrayList<>(List.of(service, command, "--endpoint",
                    "http://127.0.0.1:" + server.getPort()));
            args.addAll(List.of(extra));
            args.add(id);
            REQUESTS.set(0);
            return MigsdkTest.run(CREDENTIALS, "", args.toArray(String[]::new));
        }
    }

    static MockResponse answer(int status, String contentType, String body, String requestIdHeader) {
        MockResponse.Builder b = new MockResponse.Builder().code(status);
        if (contentType != null) {
            b.setHeader("Content-Type", contentType);
        }
        if (requestIdHeader != null) {
            b.addHeaderLenient("x-acs-request-id", requestIdHeader).addHeaderLenient("X-Request-Id", requestIdHeader);
        }
        return body == null ? b.build() : b.body(body).build();
    }

    /** A bad answer and the code the CLI must show for it. */
    record Bad(String name, MockResponse answer, String code, int requests) {
        @Override
        public String toString() {
            return name;
        }
    }

    static final String UNEXPECTED = "SDK.UnexpectedResponse";

    static List<Bad> badAnswersFor(Command c) {
        List<Bad> out = new ArrayList<>(List.of(
                new Bad("HTML page", answer(200, "text/html", "<html><body>Sign in to the Wi-Fi</body></html>", "p"),
                        UNEXPECTED, 3),
                new Bad("<!DOCTYPE html> without a content type", answer(200, null, "<!DOCTYPE html><html></html>",
                        "p"), UNEXPECTED, 3),
                new Bad("JSON array", answer(200, "application/json", "[]", "p"), UNEXPECTED, 3)));
        if (c != Command.OMS_DELETE) {
            out.add(new Bad("204", answer(204, null, null, "p"), UNEXPECTED, 3));
        }
        if (c != Command.SMS_DELETE) {
            out.add(new Bad("plain text", answer(200, "text/plain", "OK", "p"), UNEXPECTED, 3));
        }
        if (c.alibaba()) {
            out.add(new Bad("JSON object without RequestId", answer(200, "application/json", "{\"Success\":true}", "p"),
                    UNEXPECTED, 3));
        }
        if (c == Command.DTS_DELETE) {
            out.add(new Bad("DTS body without Success", answer(200, "application/json", "{\"RequestId\":\"r\"}", "p"),
                    UNEXPECTED, 3));
        }
        if (c == Command.OMS_DELETE) {
            out.add(new Bad("Huawei error body with status 200", answer(200, "application/json",
                    "{\"error_code\":\"OMS.1009\",\"error_msg\":\"No resources found\"}", "p"), "OMS.1009", 1));
        }
        if (c == Command.SMS_DELETE) {
            out.add(new Bad("Huawei error body with status 200", answer(200, "application/json",
                    "{\"error_code\":\"SMS.2252\",\"error_msg\":\"task not found\"}", "p"), "SMS.2252", 1));
        }
        return out;
    }

    static Stream<Arguments> badAnswers() {
        return Stream.of(Command.values()).flatMap(c -> badAnswersFor(c).stream().map(b -> Arguments.of(c, b)));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("badAnswers")
    void aBadAnswerIsNeverOk(Command c, Bad bad) {
        answer = bad.answer();

        Run r = c.run();

        assertThat(r.exit()).as("exit code").isIn(3, 5).isEqualTo(3);
        assertThat(r.out()).as("stdout").doesNotContain("ok ").isEmpty();
        assertThat(r.err()).contains("refused: " + bad.code() + " (HTTP " + bad.answer().getCode() + ")",
                "attempts " + bad.requests()).doesNotContain("succeeded,").doesNotContainPattern("(?m)^ok");
        assertThat(REQUESTS).as("requests the server saw").hasValue(bad.requests());
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("badAnswers")
    void aBadAnswerIsAFailureInJsonOutputToo(Command c, Bad bad) throws IOException {
        answer = bad.answer();

        Run r = c.run("--output", "json");

        assertThat(r.exit()).isEqualTo(3);
        JsonNode doc = JSON.readTree(r.out());
        assertThat(doc.path("results")).singleElement().satisfies(result -> {
            assertThat(result.path("outcome").asText()).isEqualTo("failed");
            assertThat(result.path("errorCode").asText()).isEqualTo(bad.code());
            assertThat(result.has("alreadyDeleted")).isFalse();
        });
        assertThat(doc.path("summary").path("succeeded").asInt()).isZero();
    }

    @Test
    void theDocumentedSuccessesAreOk() {
        answer = answer(204, null, null, "oms-204");
        Run oms = Command.OMS_DELETE.run();
        answer = answer(200, "text/plain", "success", "sms-text");
        Run sms = Command.SMS_DELETE.run();

        assertThat(oms.exit()).isZero();
        assertThat(oms.out()).isEqualTo("ok  OMS DeleteTask 2002  request id oms-204\n");
        assertThat(sms.exit()).isZero();
        assertThat(sms.out()).isEqualTo("ok  SMS DeleteTask t-1  request id sms-text\n");
    }

    // ------------------------------------------------------------------ server text

    static Stream<Arguments> injections() {
        String alibabaError = "{\"RequestId\":\"rid\\r\\nINFO Injected: yes\\u001b[2J\",\"Code\":\"Forbidden.RAM\\r\\n"
                + "INFO Injected: yes\\u001b[2J\",\"Message\":\"denied\\r\\nINFO Injected: yes\\u001b[2J\\u2028\"}";
        String huaweiError = "{\"error_code\":\"SMS.9004\\r\\nINFO Injected: yes\\u001b[2J\",\"error_msg\":\"denied"
                + "\\r\\nINFO Injected: yes\\u001b[2J\\u2028\",\"request_id\":\"rid\\r\\nINFO Injected: yes\\u001b[2J\"}";
        List<Arguments> out = new ArrayList<>();
        for (String output : List.of("text", "json")) {
            out.add(Arguments.of(Command.SMC_DELETE, output, answer(403, "application/json", alibabaError, null)));
            out.add(Arguments.of(Command.DTS_DELETE, output, answer(403, "application/json", alibabaError, null)));
            out.add(Arguments.of(Command.OMS_DELETE, output, answer(403, "application/json", huaweiError, null)));
            out.add(Arguments.of(Command.SMS_DELETE, output, answer(403, "application/json", huaweiError, null)));
            out.add(Arguments.of(Command.SMC_STOP, output, answer(200, "application/json",
                    "{\"RequestId\":\"ok\\r\\nINFO Injected: yes\\u001b[2J\"}", null)));
            out.add(Arguments.of(Command.SMS_DELETE, output, answer(200, "text/plain", "done" + INJ,
                    "ok\rINFO Injected: yes\u001b[2J")));
            out.add(Arguments.of(Command.OMS_DELETE, output, answer(500, "text/plain", "upstream" + INJ,
                    "hdr\rINFO Injected: yes\u001b[2J")));
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0} --output {1}: answer {2}")
    @MethodSource("injections")
    void serverTextReachesTheTerminalEscaped(Command c, String output, MockResponse injected) {
        answer = injected;

        Run r = c.run("--output", output);

        assertThat(r.all()).as("what the CLI printed").doesNotContain("\u001b", "\r", "\u2028")
                .doesNotContainPattern("(?m)^INFO Injected");
        assertThat(r.all()).contains("INFO Injected: yes"); // shown, escaped, not dropped
    }
}
