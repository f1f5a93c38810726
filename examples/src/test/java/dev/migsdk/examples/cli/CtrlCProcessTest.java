package dev.migsdk.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.migsdk.testkit.EmulatedService;
import dev.migsdk.testkit.MigrationEmulator;
import dev.migsdk.testkit.MigrationEmulatorExtension;
import dev.migsdk.testkit.SmcBusinessStatus;
import dev.migsdk.testkit.SmcJobStatus;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.extension.ExtendWith;

/** A real SIGINT to a real {@code migsdk} process: it stops sending, reports what it did and exits 130. */
@ExtendWith(MigrationEmulatorExtension.class)
@EnabledOnOs(OS.LINUX)
class CtrlCProcessTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void sigintStopsSendingReportsEveryIdAndExits130(MigrationEmulator emulator) throws Exception {
        assumeFalse(sigintIgnored(), "SIGINT is ignored in this JVM (a shell started the build in the background"
                + " without job control, or under nohup), and a child process inherits that: it cannot be interrupted");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-cp", System.getProperty("java.class.path"), Migsdk.class.getName(), "smc", "delete",
                "--endpoint=" + emulator.endpoint(), "--concurrency", "1", "--output", "jsonl"));
        for (int i = 1; i <= 6; i++) {
            emulator.smc().addJob("j-" + i, SmcJobStatus.STOPPED, SmcBusinessStatus.SYNCING);
            command.add("j-" + i);
        }
        emulator.faults().delayNext(EmulatedService.SMC, 1, Duration.ofMillis(1500)); // j-1 is on its way when ^C comes
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(false)
                .redirectOutput(File.createTempFile("migsdk-out", ".txt"))
                .redirectError(File.createTempFile("migsdk-err", ".txt"));
        pb.environment().put("ALIBABA_CLOUD_ACCESS_KEY_ID", emulator.alibabaCredentials().accessKeyId());
        pb.environment().put("ALIBABA_CLOUD_ACCESS_KEY_SECRET", emulator.alibabaCredentials().accessKeySecret());
        Process p = pb.start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (emulator.journal().requests().isEmpty() && System.nanoTime() < deadline && p.isAlive()) {
            TimeUnit.MILLISECONDS.sleep(10);
        }
        assertThat(emulator.journal().requests()).hasSize(1);

        Process kill = new ProcessBuilder("kill", "-INT", String.valueOf(p.pid())).start();
        assertThat(kill.waitFor(10, TimeUnit.SECONDS)).isTrue();
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();

        String out = java.nio.file.Files.readString(pb.redirectOutput().file().toPath(), StandardCharsets.UTF_8);
        String err = java.nio.file.Files.readString(pb.redirectError().file().toPath(), StandardCharsets.UTF_8);
        assertThat(p.exitValue()).as("stdout %s%nstderr %s", out, err).isEqualTo(130);
        List<String> lines = out.lines().toList();
        assertThat(lines).hasSize(7);
        assertThat(JSON.readTree(lines.get(0)).path("outcome").asText()).isEqualTo("ok"); // answered in the grace
        for (String line : lines.subList(1, 6)) {
            assertThat(JSON.readTree(line).path("outcome").asText()).isEqualTo("not-started");
        }
        JsonNode summary = JSON.readTree(lines.get(6)).path("summary");
        assertThat(summary.path("stopped").asText()).isEqualTo("interrupted");
        assertThat(emulator.journal().requests()).hasSize(1);
        assertThat(emulator.smc().jobs()).hasSize(5);
    }

    /**
     * Whether this process ignores SIGINT ({@code SigIgn} in {@code /proc/self/status}, bit 1): a shell's
     * background job without job control does, and the {@code migsdk} process started here would inherit it
     * and, rightly, not stop on Ctrl-C.
     */
    private static boolean sigintIgnored() throws java.io.IOException {
        for (String line : java.nio.file.Files.readAllLines(Path.of("/proc/self/status"))) {
            if (line.startsWith("SigIgn:")) {
                return (Long.parseUnsignedLong(line.substring(7).trim(), 16) & 0b10) != 0;
            }
        }
        return false;
    }
}
