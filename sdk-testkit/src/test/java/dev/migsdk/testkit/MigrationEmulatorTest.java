package dev.migsdk.testkit;

import static dev.migsdk.testkit.EmulatorClient.send;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class MigrationEmulatorTest {
    @Test
    void listensOnLoopbackAndExposesItsCredentials() {
        try (MigrationEmulator emulator = MigrationEmulator.start()) {
            assertThat(emulator.endpoint().toString()).matches("http://127\\.0\\.0\\.1:\\d+");
            assertThat(emulator.port()).isPositive();
            assertThat(emulator.alibabaCredentials().accessKeyId())
                    .isEqualTo(MigrationEmulator.DEFAULT_ALIBABA_ACCESS_KEY_ID);
            assertThat(emulator.huaweiCredentials().projectId()).isEqualTo(emulator.projectId());
            assertThat(emulator.huaweiCredentials().domainId()).isEqualTo(emulator.domainId());
            assertThat(emulator.toString()).doesNotContain(emulator.alibabaCredentials().accessKeySecret());
        }
    }

    @Test
    void startsOnTheRequestedPortAndFreesItOnClose() throws IOException {
        int port;
        try (ServerSocket probe = new ServerSocket(0)) {
            port = probe.getLocalPort();
        }
        MigrationEmulator emulator = MigrationEmulator.start(port);
        assertThat(emulator.port()).isEqualTo(port);
        emulator.close();
        emulator.close(); // idempotent
        assertThatThrownBy(() -> new Socket("127.0.0.1", port).close()).isInstanceOf(IOException.class);
    }

    @Test
    void usesBuilderCredentials() {
        try (MigrationEmulator emulator = MigrationEmulator.builder().alibabaCredentials("AK", "SK")
                .huaweiCredentials("HWAK", "HWSK").projectId("p1").domainId("d1").start()) {
            assertThat(emulator.alibabaCredentials().accessKeySecret()).isEqualTo("SK");
            assertThat(emulator.huaweiCredentials().accessKey()).isEqualTo("HWAK");
            emulator.oms().addTask(3, OmsTaskStatus.FAILED);
            EmulatorClient client = new EmulatorClient(emulator);
            assertThat(send(client.omsDelete("p1", "3")).code()).isEqualTo(200);
        }
    }

    @Test
    void describesEndpointCredentialsAndSeededState() {
        try (MigrationEmulator emulator = MigrationEmulator.start()) {
            emulator.smc().addJob("j-1", SmcJobStatus.RUNNING, SmcBusinessStatus.SYNCING);
            emulator.oms().addTask(12, OmsTaskStatus.RUNNING);
            emulator.sms().addForbiddenTask("locked");
            String text = emulator.describe();
            assertThat(text).contains(emulator.endpoint().toString())
                    .contains(emulator.alibabaCredentials().accessKeyId())
                    .contains(emulator.huaweiCredentials().accessKey())
                    .contains(emulator.projectId()).contains(emulator.domainId())
                    .contains("j-1 Running/Syncing").contains("12 RUNNING (2)").contains("locked READY (forbidden)")
                    .contains("DTS jobs: none");
        }
    }

    @Test
    void resetClearsStateFaultsAndJournal() {
        try (MigrationEmulator emulator = MigrationEmulator.start()) {
            emulator.smc().addJob("j-1", SmcJobStatus.READY, SmcBusinessStatus.PREPARING);
            emulator.dts().addJob("d", DtsJobStatus.FAILED);
            emulator.faults().failNext(2);
            send(new EmulatorClient(emulator).smsDelete("x"));
            emulator.reset();
            assertThat(emulator.smc().jobs()).isEmpty();
            assertThat(emulator.dts().jobs()).isEmpty();
            assertThat(emulator.faults().pendingForAnyService()).isZero();
            assertThat(emulator.journal().requests()).isEmpty();
        }
    }

    @Test
    void servesConcurrentDeletesOfTheSameTaskExactlyOnce() throws Exception {
        try (MigrationEmulator emulator = MigrationEmulator.start()) {
            emulator.sms().addTask("t", SmsTaskState.READY);
            EmulatorClient client = new EmulatorClient(emulator);
            ExecutorService pool = Executors.newFixedThreadPool(4);
            try {
                List<Future<Integer>> results = new ArrayList<>();
                for (int i = 0; i < 8; i++) {
                    results.add(pool.submit(() -> send(client.smsDelete("t")).code()));
                }
                List<Integer> codes = new ArrayList<>();
                for (Future<Integer> f : results) {
                    codes.add(f.get());
                }
                assertThat(codes).containsOnlyOnce(200).containsOnly(200, 404);
            } finally {
                pool.shutdownNow();
            }
        }
    }
}
