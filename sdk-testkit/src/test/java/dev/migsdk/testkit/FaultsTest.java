package dev.migsdk.testkit;

import static dev.migsdk.testkit.EmulatorClient.params;
import static dev.migsdk.testkit.EmulatorClient.send;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.migsdk.testkit.EmulatorClient.Answer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FaultsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private MigrationEmulator emulator;
    private EmulatorClient client;

    @BeforeEach
    void start() {
        emulator = MigrationEmulator.start();
        client = new EmulatorClient(emulator);
        emulator.smc().addJob("j-1", SmcJobStatus.STOPPED, SmcBusinessStatus.SYNCING);
        emulator.oms().addTask(1, OmsTaskStatus.STOPPED);
    }

    @AfterEach
    void stop() {
        emulator.close();
    }

    private static String code(Answer a) throws Exception {
        var node = JSON.readTree(a.body());
        return node.has("Code") ? node.get("Code").asText() : node.get("error_code").asText();
    }

    @Test
    void throttlesAlibabaWithThrottlingUserAndHuaweiWith429() throws Exception {
        emulator.faults().throttleNext(EmulatedService.SMC, 1).throttleNext(EmulatedService.OMS, 1);
        Answer smc = send(client.smcV3("DeleteReplicationJob", "j-1", "JSON"));
        assertThat(smc.code()).isEqualTo(400);
        assertThat(code(smc)).isEqualTo("Throttling.User");
        assertThat(JSON.readTree(smc.body()).get("Message").asText())
                .isEqualTo("Request was denied due to user flow control.");
        Answer oms = send(client.omsDelete(emulator.projectId(), "1"));
        assertThat(oms.code()).isEqualTo(429);
        assertThat(code(oms)).isEqualTo("APIGW.0308");
        assertThat(JSON.readTree(oms.body()).get("error_msg").asText())
                .startsWith("The throttling threshold has been reached: policy user over ratelimit,limit:");
        assertThat(JSON.readTree(oms.body()).get("request_id").asText()).isEqualTo(oms.header("X-Request-Id"));
        // nothing was applied, and the next requests go through
        assertThat(emulator.smc().job("j-1")).isPresent();
        assertThat(emulator.oms().task(1)).isPresent();
        assertThat(send(client.smcV3("DeleteReplicationJob", "j-1", "JSON")).code()).isEqualTo(200);
        assertThat(send(client.omsDelete(emulator.projectId(), "1")).code()).isEqualTo(200);
    }

    @Test
    void addsRetryAfterWhenAsked() {
        emulator.faults().throttleNext(EmulatedService.SMS, 1, Duration.ofMillis(1500));
        Answer a = send(client.smsDelete("x"));
        assertThat(a.code()).isEqualTo(429);
        assertThat(a.header("Retry-After")).isEqualTo("2");
    }

    @Test
    void failsWith503ServiceUnavailable() throws Exception {
        emulator.faults().failNext(EmulatedService.SMC, 1).failNext(EmulatedService.OMS, 1);
        Answer smc = send(client.smcV1("DeleteReplicationJob", "j-1", "XML"));
        assertThat(smc.code()).isEqualTo(503);
        assertThat(smc.body()).contains("<Code>ServiceUnavailable</Code>")
                .contains("<Message>The request has failed due to a temporary failure of the server.</Message>");
        Answer oms = send(client.omsDelete(emulator.projectId(), "1"));
        assertThat(oms.code()).isEqualTo(503);
        assertThat(emulator.smc().job("j-1")).isPresent();
        assertThat(emulator.oms().task(1)).isPresent();
    }

    @Test
    void dropsTheConnectionWithoutApplyingAnything() {
        emulator.faults().dropConnectionNext(EmulatedService.SMC, 1);
        assertThatThrownBy(() -> send(client.smcV3("DeleteReplicationJob", "j-1", "JSON")))
                .isInstanceOf(UncheckedIOException.class);
        assertThat(emulator.smc().job("j-1")).isPresent();
        JournalEntry e = emulator.journal().requests(EmulatedService.SMC).get(0);
        assertThat(e.fault()).isEqualTo(FaultKind.DROP_CONNECTION);
        assertThat(e.httpStatus()).isZero();
        assertThat(send(client.smcV3("DeleteReplicationJob", "j-1", "JSON")).code()).isEqualTo(200);
    }

    @Test
    void delaysTheAnswerButStillProcessesTheRequest() {
        emulator.faults().delayNext(EmulatedService.OMS, 1, Duration.ofMillis(150));
        long start = System.nanoTime();
        Answer a = send(client.omsDelete(emulator.projectId(), "1"));
        long elapsedMs = (System.nanoTime() - start) / 1_000_000;
        assertThat(a.code()).isEqualTo(200);
        assertThat(elapsedMs).isGreaterThanOrEqualTo(150);
        assertThat(emulator.oms().task(1)).isEmpty();
    }

    @Test
    void truncatesTheBodyWithoutApplyingAnything() throws Exception {
        emulator.faults().truncateNext(EmulatedService.SMC, 1).truncateNext(EmulatedService.OMS, 1);
        for (okhttp3.Request r : new okhttp3.Request[] {client.smcV3("DeleteReplicationJob", "j-1", "JSON"),
            client.omsDelete(emulator.projectId(), "1")}) {
            try (Response response = EmulatorClient.HTTP.newCall(r).execute()) {
                assertThat(response.code()).isEqualTo(200);
                assertThatThrownBy(() -> response.body().string()).isInstanceOf(IOException.class);
            }
        }
        assertThat(emulator.smc().job("j-1")).isPresent();
        assertThat(emulator.oms().task(1)).isPresent();
        assertThat(emulator.journal().requests()).allSatisfy(e -> {
            assertThat(e.fault()).isEqualTo(FaultKind.TRUNCATE);
            assertThat(e.succeeded()).isFalse();
        });
    }

    @Test
    void dropsTheAnswerAfterProcessingSoARetrySeesTheDeletion() throws Exception {
        emulator.faults().dropResponseAfterProcessingNext(EmulatedService.SMC, 1);
        assertThatThrownBy(() -> send(client.smcV3("DeleteReplicationJob", "j-1", "JSON")))
                .isInstanceOf(UncheckedIOException.class);
        assertThat(emulator.smc().job("j-1")).isEmpty();
        Answer retry = send(client.smcV3("DeleteReplicationJob", "j-1", "JSON"));
        assertThat(code(retry)).isEqualTo("InvalidJobId.NotFound");
        JournalEntry first = emulator.journal().requests(EmulatedService.SMC).get(0);
        assertThat(first.fault()).isEqualTo(FaultKind.DROP_RESPONSE_AFTER_PROCESSING);
        assertThat(first.httpStatus()).isEqualTo(200);
        assertThat(first.succeeded()).isTrue();
    }

    @Test
    void anyServiceFaultsAreSharedAndQueuedInOrder() throws Exception {
        emulator.faults().throttleNext(EmulatedService.SMC, 1).failNext(EmulatedService.SMC, 1).throttleNext(1);
        assertThat(emulator.faults().pending(EmulatedService.SMC)).isEqualTo(2);
        assertThat(emulator.faults().pendingForAnyService()).isEqualTo(1);
        assertThat(code(send(client.dtsV3(params("DtsJobId", "x"))))).isEqualTo("Throttling.User"); // any-service
        assertThat(code(send(client.smcV3("DeleteReplicationJob", "j-1", "JSON")))).isEqualTo("Throttling.User");
        assertThat(code(send(client.smcV3("DeleteReplicationJob", "j-1", "JSON")))).isEqualTo("ServiceUnavailable");
        assertThat(send(client.smcV3("DeleteReplicationJob", "j-1", "JSON")).code()).isEqualTo(200);
        assertThat(send(client.omsDelete(emulator.projectId(), "1")).code()).isEqualTo(200);
    }

    @Test
    void clearForgetsQueuedFaults() {
        emulator.faults().failNext(3).failNext(EmulatedService.SMS, 2);
        emulator.faults().clear();
        assertThat(emulator.faults().pending(EmulatedService.SMS)).isZero();
        assertThat(emulator.faults().pendingForAnyService()).isZero();
        assertThat(send(client.smcV3("DeleteReplicationJob", "j-1", "JSON")).code()).isEqualTo(200);
    }
}
