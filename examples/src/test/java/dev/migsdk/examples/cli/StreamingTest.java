package dev.migsdk.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.migsdk.core.auth.StaticCredentialsProvider;
import dev.migsdk.testkit.EmulatedService;
import dev.migsdk.testkit.MigrationEmulator;
import dev.migsdk.testkit.MigrationEmulatorExtension;
import dev.migsdk.testkit.SmcBusinessStatus;
import dev.migsdk.testkit.SmcJobStatus;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Results stream as they complete; Ctrl-C and --timeout stop sending and the report says what was done. */
@ExtendWith(MigrationEmulatorExtension.class)
class StreamingTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static MigsdkTest.Run run(MigrationEmulator emulator, Interrupts interrupts, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CliContext context = new CliContext(new PrintWriter(out, true), new PrintWriter(err, true),
                new ByteArrayInputStream(new byte[0]), false,
                StaticCredentialsProvider.create(emulator.alibabaCredentials()),
                StaticCredentialsProvider.create(emulator.huaweiCredentials()), interrupts);
        int exit = Migsdk.run(context, args);
        return new MigsdkTest.Run(exit, out.toString(), err.toString());
    }

    private static void stoppedJobs(MigrationEmulator emulator, int n) {
        for (int i = 1; i <= n; i++) {
            emulator.smc().addJob("j-" + i, SmcJobStatus.STOPPED, SmcBusinessStatus.SYNCING);
        }
    }

    private static List<String> args(MigrationEmulator emulator, String... rest) {
        List<String> a = new ArrayList<>(List.of("smc", "delete-replication-job", "--endpoint=" + emulator.endpoint()));
        a.addAll(List.of(rest));
        return a;
    }

    @Test
    void resultsStreamInTheOrderTheyCompleteAndTheReportKeepsTheOrderGiven() throws Exception {
        CompletableFuture<Outcome.Done> a = new CompletableFuture<>();
        CompletableFuture<Outcome.Done> b = new CompletableFuture<>();
        List<String> streamed = new java.util.concurrent.CopyOnWriteArrayList<>();
        java.util.concurrent.CountDownLatch bothSent = new java.util.concurrent.CountDownLatch(2);
        CompletableFuture<BulkRunner.Result> result = CompletableFuture.supplyAsync(() -> BulkRunner.run(
                List.of("a", "b"), 2, id -> {
                    bothSent.countDown();
                    return id.equals("a") ? a : b;
                }, id -> null, new Progress(new PrintWriter(new StringWriter()), 2, false, false),
                o -> streamed.add(o.id()), Interrupts.manual(), null, Duration.ofSeconds(1)));
        assertThat(bothSent.await(5, TimeUnit.SECONDS)).isTrue();

        b.complete(new Outcome.Done("r-b", false, 1));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (streamed.isEmpty() && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
        assertThat(streamed).containsExactly("b"); // printed while a has not answered yet
        a.complete(new Outcome.Done("r-a", false, 1));

        assertThat(result.join().outcomes()).extracting(Outcome::id).containsExactly("a", "b");
        assertThat(streamed).containsExactly("b", "a");
    }

    @Test
    void theRunEndsOnlyAfterEveryResultHasStreamed() throws Exception {
        // The last line is still being written, on the thread that answered, when the runner next checks for
        // answers; the summary, written after run() returns, must not overtake it (CI once saw it third of four
        // jsonl lines). The line is held until the runner waits for it (BLOCKED or WAITING on the runner's
        // lock) or has returned without it (TERMINATED): no timing decides which.
        CompletableFuture<Outcome.Done> answer = new CompletableFuture<>();
        java.util.concurrent.CountDownLatch sent = new java.util.concurrent.CountDownLatch(1);
        List<String> streamed = new java.util.concurrent.CopyOnWriteArrayList<>();
        List<String> streamedWhenTheRunEnded = new java.util.concurrent.CopyOnWriteArrayList<>();
        Thread[] runner = new Thread[1];
        runner[0] = new Thread(() -> {
            BulkRunner.run(List.of("a"), 1, id -> {
                sent.countDown();
                return answer;
            }, id -> null, new Progress(new PrintWriter(new StringWriter()), 1, false, false), o -> {
                awaitState(runner[0], Thread.State.BLOCKED, Thread.State.WAITING, Thread.State.TERMINATED);
                streamed.add(o.id());
            }, Interrupts.manual(), null, Duration.ofSeconds(5));
            streamedWhenTheRunEnded.addAll(streamed);
        });
        runner[0].start();
        assertThat(sent.await(5, TimeUnit.SECONDS)).isTrue();
        awaitState(runner[0], Thread.State.TIMED_WAITING); // sent, its answer awaited: polling for answers

        answer.complete(new Outcome.Done("r-a", false, 1)); // streams on this thread
        runner[0].join(TimeUnit.SECONDS.toMillis(5));

        assertThat(runner[0].isAlive()).isFalse();
        assertThat(streamedWhenTheRunEnded).containsExactly("a");
    }

    private static void awaitState(Thread t, Thread.State... states) {
        List<Thread.State> wanted = List.of(states);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (!wanted.contains(t.getState())) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError(t.getName() + " is " + t.getState() + ", not one of " + wanted);
            }
            Thread.onSpinWait();
        }
    }

    @Test
    void jsonLinesAreOneObjectPerResultThenTheSummary(MigrationEmulator emulator) throws Exception {
        stoppedJobs(emulator, 2);

        MigsdkTest.Run r = run(emulator, Interrupts.manual(),
                args(emulator, "--output", "jsonl", "j-1", "j-2", "j-missing").toArray(String[]::new));

        assertThat(r.exit()).isEqualTo(4);
        List<JsonNode> lines = new ArrayList<>();
        for (String line : r.out().lines().toList()) {
            lines.add(JSON.readTree(line)); // every line is a JSON document of its own
        }
        assertThat(lines).hasSize(4);
        assertThat(lines.subList(0, 3)).extracting(l -> l.path("id").asText())
                .containsExactlyInAnyOrder("j-1", "j-2", "j-missing");
        JsonNode missing = lines.stream().filter(l -> l.path("id").asText().equals("j-missing")).findFirst()
                .orElseThrow();
        assertThat(missing.path("outcome").asText()).isEqualTo("failed");
        assertThat(missing.path("errorCode").asText()).isEqualTo("InvalidJobId.NotFound");
        assertThat(lines.get(3).path("summary").path("succeeded").asInt()).isEqualTo(2);
        assertThat(lines.get(3).path("summary").path("stopped").asText()).isEqualTo("no");
        assertThat(r.err()).isEmpty();
    }

    @Test
    void ctrlCStopsSendingLetsTheCallOnItsWayAnswerAndExits130(MigrationEmulator emulator) throws Exception {
        stoppedJobs(emulator, 6);
        emulator.faults().delayNext(EmulatedService.SMC, 1, Duration.ofMillis(800));
        Interrupts interrupts = Interrupts.manual();
        CompletableFuture<Void> ctrlC = CompletableFuture.runAsync(() -> {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (emulator.journal().requests().isEmpty() && System.nanoTime() < deadline) {
                Thread.onSpinWait();
            }
            interrupts.fire();
        });

        MigsdkTest.Run r = run(emulator, interrupts, args(emulator, "--concurrency", "1", "--output", "jsonl",
                "j-1", "j-2", "j-3", "j-4", "j-5", "j-6").toArray(String[]::new));
        ctrlC.get(5, TimeUnit.SECONDS);

        assertThat(r.exit()).isEqualTo(130);
        List<String> lines = r.out().lines().toList();
        assertThat(lines).hasSize(7);
        assertThat(JSON.readTree(lines.get(0)).path("outcome").asText()).isEqualTo("ok"); // j-1 answered in the grace
        assertThat(lines.subList(1, 6)).allSatisfy(l -> assertThat(JSON.readTree(l).path("outcome").asText())
                .isEqualTo("not-started"));
        JsonNode summary = JSON.readTree(lines.get(6)).path("summary");
        assertThat(summary.path("stopped").asText()).isEqualTo("interrupted");
        assertThat(summary.path("notStarted").asInt()).isEqualTo(5);
        assertThat(emulator.journal().requests()).hasSize(1);
        assertThat(emulator.smc().jobs()).hasSize(5);
    }

    @Test
    void timeoutStopsSendingAndExits6WithTheReport(MigrationEmulator emulator) {
        stoppedJobs(emulator, 3);
        emulator.faults().delayNext(EmulatedService.SMC, 1, Duration.ofMillis(1500));

        MigsdkTest.Run r = run(emulator, Interrupts.manual(), args(emulator, "--concurrency", "1", "--timeout", "1s",
                "j-1", "j-2", "j-3").toArray(String[]::new));

        assertThat(r.exit()).isEqualTo(6);
        assertThat(r.out()).contains("ok  SMC DeleteReplicationJob j-1");
        assertThat(r.err()).contains("not started: SMC DeleteReplicationJob j-2 (nothing was sent)",
                "not started: SMC DeleteReplicationJob j-3 (nothing was sent)",
                "1 of 3 succeeded, 0 failed, 2 not done", "--timeout passed: stopped sending; 2 not started");
        assertThat(emulator.journal().requests()).hasSize(1);
    }

    @Test
    void aTimeoutWithoutAUnitIsAUsageError(MigrationEmulator emulator) {
        MigsdkTest.Run r = run(emulator, Interrupts.manual(), args(emulator, "--timeout", "5", "j-1")
                .toArray(String[]::new));

        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("'5' has no unit: write e.g. 90s, 5m or 1h");
        assertThat(emulator.journal().requests()).isEmpty();
    }

    @Test
    void aCallThatDoesNotAnswerWithinTheGraceIsReportedInFlight() throws Exception {
        CompletableFuture<Outcome.Done> never = new CompletableFuture<>();
        Interrupts interrupts = Interrupts.manual();
        List<Outcome> streamed = new java.util.concurrent.CopyOnWriteArrayList<>();
        java.util.concurrent.CountDownLatch sent = new java.util.concurrent.CountDownLatch(1);
        CompletableFuture<BulkRunner.Result> result = CompletableFuture.supplyAsync(() -> BulkRunner.run(
                List.of("a", "b"), 1, id -> {
                    sent.countDown();
                    return never;
                }, id -> null, new Progress(new PrintWriter(new StringWriter()), 2, false, false), streamed::add,
                interrupts, null, Duration.ofMillis(100)));
        assertThat(sent.await(5, TimeUnit.SECONDS)).isTrue(); // "a" is on its way, "b" waits for the one slot

        interrupts.fire();

        BulkRunner.Result r = result.get(5, TimeUnit.SECONDS);
        assertThat(r.stop()).isEqualTo(BulkRunner.Stop.INTERRUPTED);
        assertThat(r.outcomes()).extracting(Outcome::cancel).containsExactly(Outcome.Cancel.IN_FLIGHT,
                Outcome.Cancel.NOT_STARTED);
        assertThat(never).isCancelled();
        assertThat(streamed).hasSize(2);
    }
}
