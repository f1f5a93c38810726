package dev.migsdk.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migsdk.cleanup.CleanupListener;
import dev.migsdk.cleanup.CleanupReport;
import dev.migsdk.cleanup.TaskCleaner;
import dev.migsdk.cleanup.TaskOutcome;
import dev.migsdk.cleanup.TaskRef;
import dev.migsdk.cleanup.TaskResult;
import dev.migsdk.oms.OmsAsyncClient;
import dev.migsdk.smc.SmcAsyncClient;
import dev.migsdk.testkit.MigrationEmulator;
import dev.migsdk.testkit.OmsTaskStatus;
import dev.migsdk.testkit.SmcBusinessStatus;
import dev.migsdk.testkit.SmcJobStatus;
import dev.migsdk.testkit.VirtualClock;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The README's clean-up snippet, compiled and run against the emulator; the README must show exactly it. */
class ReadmeCleanerTest {

    // README:cleaner-begin
    static CleanupReport cleanUp(SmcAsyncClient smc, OmsAsyncClient oms, List<String> refs) {
        TaskCleaner cleaner = TaskCleaner.builder().smc(smc).oms(oms)  // the services you clean
                .maxConcurrency(16)                                    // calls on their way at once
                .listener(new CleanupListener() {
                    @Override
                    public void taskFinished(TaskResult r) {           // as each task ends
                        System.out.println(r.task() + " " + r.outcome() + " " + r.steps());
                    }
                })
                .build();
        List<TaskRef> tasks = refs.stream().map(TaskRef::parse).toList(); // "smc:j-...", "oms:<project>/<id>"
        return cleaner.clean(tasks);
    }
    // README:cleaner-end

    @Test
    void theSnippetCleansRunningStoppedAndVanishedTasks() {
        try (MigrationEmulator emulator = MigrationEmulator.builder().clock(VirtualClock.startingNow()).start()) {
            emulator.smc().stopDelay(Duration.ofMinutes(2));
            emulator.oms().stopDelay(Duration.ofMinutes(3));
            emulator.smc().addJob("j-running", SmcJobStatus.RUNNING, SmcBusinessStatus.SYNCING);
            emulator.oms().addTask(42, OmsTaskStatus.STOPPED);
            emulator.oms().addTask(43, OmsTaskStatus.RUNNING);

            CleanupReport report = cleanUp(emulator.smcAsyncClient(), emulator.omsAsyncClient(),
                    List.of("smc:j-running", "oms:42", "oms:43", "smc:j-gone"));

            assertThat(report.results()).extracting(TaskResult::outcome).containsExactly(TaskOutcome.DELETED,
                    TaskOutcome.DELETED, TaskOutcome.DELETED, TaskOutcome.ALREADY_DELETED);
            assertThat(emulator.smc().jobs()).isEmpty();
            assertThat(emulator.oms().tasks()).isEmpty();
        }
    }

    @Test
    void readmeShowsExactlyThisCode() throws IOException {
        String source = Files.readString(Path.of("src/test/java/dev/migsdk/examples/ReadmeCleanerTest.java"));
        String snippet = source.substring(source.indexOf("    // README:cleaner-begin\n"),
                source.indexOf("    // README:cleaner-end") + "    // README:cleaner-end".length());
        String unindented = snippet.lines().map(l -> l.startsWith("    ") ? l.substring(4) : l)
                .reduce((a, b) -> a + "\n" + b).orElseThrow();

        assertThat(Files.readString(Path.of("../README.md"))).contains(unindented);
    }
}
