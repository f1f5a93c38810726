package dev.migsdk.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migsdk.core.exception.InvalidStatusException;
import dev.migsdk.smc.SmcClient;
import dev.migsdk.smc.model.DeleteReplicationJobResponse;
import dev.migsdk.testkit.MigrationEmulator;
import dev.migsdk.testkit.MigrationEmulatorExtension;
import dev.migsdk.testkit.SmcBusinessStatus;
import dev.migsdk.testkit.SmcJobStatus;
import dev.migsdk.testkit.VirtualClock;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The README's quickstart, compiled and run against the emulator. The code between the {@code README:} markers
 * must appear verbatim in the README (checked below), so the README cannot drift from code that compiles.
 */
class ReadmeQuickstartTest {
    private static final VirtualClock CLOCK = VirtualClock.startingNow();

    /** An emulator on a virtual clock: the two minutes SMC takes to stop pass at once. */
    @RegisterExtension
    static final MigrationEmulatorExtension EMULATORS = MigrationEmulatorExtension.configured(b -> b.clock(CLOCK));

    // README:quickstart-begin
    public static void deleteJob(SmcClient smc, String jobId) {
        try {
            DeleteReplicationJobResponse response = smc.deleteReplicationJob(r -> r.jobId(jobId));
            System.out.println("Deleted " + jobId + ", request id " + response.requestId());
        } catch (InvalidStatusException e) {
            // ReplicationJob.InvalidStatus: the job is still running. Stop it, wait until the stop has
            // finished (SMC stops asynchronously: Running, then Stopped), then delete it.
            System.out.println(jobId + " is running (" + e.errorCode() + "), stopping it first");
            smc.stopReplicationJob(r -> r.jobId(jobId));
            smc.waiter().waitUntilDeletable(jobId);  // polls with backoff; throws if it can never be deleted
            smc.deleteReplicationJob(r -> r.jobId(jobId));
        }
    }

    public static void main(String[] args) {
        try (SmcClient smc = SmcClient.builder().build()) {  // credentials: the default chain
            deleteJob(smc, "j-bp17m1vi6x21qhqk1234");
        }
    }
    // README:quickstart-end

    @Test
    void quickstartDeletesAgainstTheEmulatorWaitingOutTheStop(MigrationEmulator emulator, SmcClient smc) {
        emulator.smc().stopDelay(Duration.ofMinutes(2));
        emulator.smc().addJob("j-stopped", SmcJobStatus.STOPPED, SmcBusinessStatus.SYNCING);
        emulator.smc().addJob("j-running", SmcJobStatus.RUNNING, SmcBusinessStatus.SYNCING);
        Instant start = CLOCK.instant();

        deleteJob(smc, "j-stopped");
        deleteJob(smc, "j-running");

        assertThat(emulator.smc().jobs()).isEmpty();
        assertThat(Duration.between(start, CLOCK.instant())).isGreaterThanOrEqualTo(Duration.ofMinutes(2));
        assertThat(emulator.journal().requests()).extracting(e -> e.operation()).containsSubsequence(
                "DeleteReplicationJob", "DeleteReplicationJob", "StopReplicationJob", "DescribeReplicationJobs",
                "DeleteReplicationJob");
    }

    @Test
    void readmeShowsExactlyThisCode() throws IOException {
        String source = Files.readString(Path.of("src/test/java/dev/migsdk/examples/ReadmeQuickstartTest.java"));
        String snippet = source.substring(source.indexOf("// README:quickstart-begin\n") + 27,
                source.indexOf("    // README:quickstart-end"));
        String readme = Files.readString(Path.of("../README.md"));

        assertThat(readme).contains(snippet);
    }
}
