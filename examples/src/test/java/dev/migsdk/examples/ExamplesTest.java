package dev.migsdk.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;

/** Runs every example's {@code main} (no arguments: the embedded emulator) so the examples cannot rot. */
@Isolated
class ExamplesTest {
    private final ByteArrayOutputStream captured = new ByteArrayOutputStream();
    private PrintStream originalOut;

    @BeforeEach
    void captureStdout() {
        originalOut = System.out;
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restoreStdout() {
        System.setOut(originalOut);
    }

    private String output() {
        return captured.toString(StandardCharsets.UTF_8);
    }

    @Test
    void deleteReplicationJob() {
        DeleteReplicationJobExample.main(new String[0]);
        assertThat(output()).contains("SMC DeleteReplicationJob j-bp17m1vi6x21qhqk1234: deleted (request id ");
    }

    @Test
    void stopReplicationJob() {
        StopReplicationJobExample.main(new String[0]);
        assertThat(output()).contains("SMC StopReplicationJob j-bp17m1vi6x21qhqk1234: stopped");
    }

    @Test
    void deleteDtsJob() {
        DeleteDtsJobExample.main(new String[0]);
        assertThat(output()).contains("DTS DeleteDtsJob l3m1213ye7l1234: success=true");
    }

    @Test
    void omsDeleteTask() {
        OmsDeleteTaskExample.main(new String[0]);
        assertThat(output()).contains("OMS DeleteTask 1234567890123: deleted");
    }

    @Test
    void smsDeleteTask() {
        SmsDeleteTaskExample.main(new String[0]);
        assertThat(output()).contains("SMS DeleteTask 0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0: deleted");
    }

    @Test
    void stopThenDelete() {
        StopThenDeleteExample.main(new String[0]);
        assertThat(output()).contains("j-running: still running (ReplicationJob.InvalidStatus), stopping it first",
                "j-running: Stopped after ", "j-running: stopped, then deleted", "j-finished: deleted")
                .containsPattern("j-running: Stopped after \\d+ polls \\(PT2M[0-9.]*S?\\)");
    }

    @Test
    void errorHandling() {
        ErrorHandlingExample.main(new String[0]);
        assertThat(output()).contains("task-throttled: still throttled after 3 attempts", "task-throttled: deleted",
                "task-running: refused, SMS.2015", "task-missing: no such task, SMS.2252",
                "task-of-another-account: SMS.9004 HTTP 403");
    }

    @Test
    void asyncBulkDelete() {
        AsyncBulkDeleteExample.main(new String[0]);
        assertThat(output()).contains("1001: deleted", "1020: deleted", "1007: refused, OMS.1002");
    }
}
