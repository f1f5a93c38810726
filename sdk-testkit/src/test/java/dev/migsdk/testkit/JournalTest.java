package dev.migsdk.testkit;

import static dev.migsdk.testkit.EmulatorClient.send;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class JournalTest {
    @Test
    void recordsEveryRequestWithItsOutcome() {
        try (MigrationEmulator emulator = MigrationEmulator.start()) {
            EmulatorClient client = new EmulatorClient(emulator);
            emulator.smc().addJob("j-1", SmcJobStatus.RUNNING, SmcBusinessStatus.SYNCING);
            send(client.smcV1("StopReplicationJob", "j-1", "JSON"));
            send(client.smsDelete("missing"));

            assertThat(emulator.journal().requests()).hasSize(2);
            JournalEntry smc = emulator.journal().requests(EmulatedService.SMC).get(0);
            assertThat(smc.service()).isEqualTo(EmulatedService.SMC);
            assertThat(smc.operation()).isEqualTo("StopReplicationJob");
            assertThat(smc.method()).isEqualTo("POST");
            assertThat(smc.path()).isEqualTo("/");
            assertThat(smc.queryParameter("JobId")).isEqualTo("j-1");
            assertThat(smc.queryParameter("Signature")).isNotBlank();
            assertThat(smc.httpStatus()).isEqualTo(200);
            assertThat(smc.errorCode()).isNull();
            assertThat(smc.succeeded()).isTrue();
            assertThat(smc.requestId()).isNotBlank();
            assertThat(smc.fault()).isNull();
            assertThat(smc.toString()).doesNotContain(smc.queryParameter("Signature")).contains("Signature=***");

            JournalEntry sms = emulator.journal().requests(EmulatedService.SMS).get(0);
            assertThat(sms.operation()).isEqualTo("DeleteTask");
            assertThat(sms.method()).isEqualTo("DELETE");
            assertThat(sms.path()).isEqualTo("/v3/tasks/missing");
            assertThat(sms.header("X-Domain-Id")).isEqualTo(emulator.domainId());
            assertThat(sms.header("authorization")).startsWith("SDK-HMAC-SHA256 Access=");
            assertThat(sms.httpStatus()).isEqualTo(404);
            assertThat(sms.errorCode()).isEqualTo("SMS.2252");
            assertThat(sms.toString()).doesNotContain("Signature=").contains("authorization=***");

            assertThat(emulator.journal().requests(EmulatedService.OMS)).isEmpty();
            emulator.journal().clear();
            assertThat(emulator.journal().requests()).isEmpty();
        }
    }
}
