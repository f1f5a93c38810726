package dev.migsdk.cleanup.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.migsdk.cleanup.CleanupListener;
import dev.migsdk.cleanup.CleanupReport;
import dev.migsdk.cleanup.CleanupRun;
import dev.migsdk.cleanup.CloudService;
import dev.migsdk.cleanup.TaskOutcome;
import dev.migsdk.cleanup.TaskRef;
import dev.migsdk.cleanup.TaskResult;
import dev.migsdk.core.exception.AccessDeniedException;
import dev.migsdk.core.exception.CloudProvider;
import dev.migsdk.core.exception.InvalidStatusException;
import dev.migsdk.core.exception.ResourceNotFoundException;
import dev.migsdk.core.exception.ServiceError;
import dev.migsdk.core.exception.ServiceFailure;
import dev.migsdk.core.exception.WaiterTimeoutException;
import dev.migsdk.core.waiter.WaiterConfig;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** The clean-up's flow per task, its concurrency bound, batches and cancellation, over a scripted service. */
class CleanupEngineTest {
    private final Script smc = new Script();

    private CleanupEngine engine(int concurrency, CleanupListener listener) {
        return new CleanupEngine(Map.of(CloudService.SMC, smc), concurrency, WaiterConfig.defaults(), listener,
                Clock.systemUTC(), dev.migsdk.core.Sleeper.system(), true);
    }

    private CleanupReport clean(int concurrency, List<TaskRef> tasks) throws Exception {
        return engine(concurrency, new CleanupListener() { }).start(tasks).report().get(10, TimeUnit.SECONDS);
    }

    @Test
    void aRunningTaskIsStoppedWaitedForAndDeleted() throws Exception {
        smc.deletes.put("j-1", List.of(invalidStatus(), ok()));

        TaskResult r = clean(4, List.of(TaskRef.smc("j-1"))).results().get(0);

        assertThat(r.outcome()).isEqualTo(TaskOutcome.DELETED);
        assertThat(r.steps()).containsExactly("delete refused: ReplicationJob.InvalidStatus", "stop",
                "wait: Stopped after 3 polls", "deleted");
        assertThat(r.requests()).isEqualTo(1 + 1 + 3 + 1);
        assertThat(r.lastState()).contains("Stopped");
        assertThat(r.requestIds()).containsExactly("r-refused", "r-ok", "r-ok"); // delete, stop, delete
        assertThat(smc.calls).containsExactly("delete j-1", "stop j-1", "wait j-1", "delete j-1");
    }

    @Test
    void stoppedAndVanishedTasksTakeOneRequestEach() throws Exception {
        smc.deletes.put("j-gone", List.of(notFound()));

        CleanupReport report = clean(4, List.of(TaskRef.smc("j-stopped"), TaskRef.smc("j-gone")));

        assertThat(report.results()).extracting(TaskResult::outcome)
                .containsExactly(TaskOutcome.DELETED, TaskOutcome.ALREADY_DELETED);
        assertThat(report.requests()).isEqualTo(2);
        assertThat(report.allSucceeded()).isTrue();
        assertThat(report.summary()).startsWith("2 tasks: 1 deleted, 1 already deleted; 2 requests in");
    }

    @Test
    void aStopAlreadyUnderWayStillWaitsAndDeletes() throws Exception {
        smc.deletes.put("j-1", List.of(invalidStatus(), ok()));
        smc.stops.put("j-1", invalidStatus());

        TaskResult r = clean(4, List.of(TaskRef.smc("j-1"))).results().get(0);

        assertThat(r.outcome()).isEqualTo(TaskOutcome.DELETED);
        assertThat(r.steps()).contains("stop refused: ReplicationJob.InvalidStatus (already stopping or stopped)");
    }

    @Test
    void aRefusalFailsTheTaskWithTheErrorAndTheOthersGoOn() throws Exception {
        smc.deletes.put("j-1", List.of(invalidStatus()));
        smc.stops.put("j-1", denied());

        CleanupReport report = clean(4, List.of(TaskRef.smc("j-1"), TaskRef.smc("j-2")));

        TaskResult r = report.results().get(0);
        assertThat(r.outcome()).isEqualTo(TaskOutcome.FAILED);
        assertThat(r.error()).containsInstanceOf(AccessDeniedException.class);
        assertThat(report.results().get(1).outcome()).isEqualTo(TaskOutcome.DELETED);
        assertThat(report.allSucceeded()).isFalse();
    }

    @Test
    void aStopThatNeverCompletesEndsAsWaitTimedOutWithTheLastState() throws Exception {
        smc.deletes.put("j-1", List.of(invalidStatus()));
        smc.waits.put("j-1", CompletableFuture.failedFuture(new WaiterTimeoutException("gave up", null, 40,
                Duration.ofMinutes(30), "Stopping")));

        TaskResult r = clean(4, List.of(TaskRef.smc("j-1"))).results().get(0);

        assertThat(r.outcome()).isEqualTo(TaskOutcome.WAIT_TIMED_OUT);
        assertThat(r.lastState()).contains("Stopping");
        assertThat(r.requests()).isEqualTo(1 + 1 + 40);
        assertThat(smc.calls).doesNotContain("delete j-1 again");
    }

    @Test
    void neverMoreCallsOnTheirWayThanTheConcurrency() throws Exception {
        smc.delay = true;
        List<TaskRef> tasks = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            tasks.add(TaskRef.smc("j-" + i));
        }

        CleanupReport report = clean(3, tasks);

        assertThat(report.count(TaskOutcome.DELETED)).isEqualTo(50);
        assertThat(smc.maxInFlight.get()).isEqualTo(3);
    }

    @Test
    void batchesTakeTheFirstDeleteAndEachRefusedTaskGoesOnAlone() throws Exception {
        smc.batchLimit = 3;
        smc.batchErrors.put("j-1", invalidStatus());
        smc.batchErrors.put("j-2", notFound());
        smc.deletes.put("j-1", List.of(ok()));
        List<TaskRef> tasks = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            tasks.add(TaskRef.smc("j-" + i));
        }

        CleanupReport report = clean(4, tasks);

        assertThat(report.results()).extracting(TaskResult::outcome).containsExactly(TaskOutcome.DELETED,
                TaskOutcome.DELETED, TaskOutcome.ALREADY_DELETED, TaskOutcome.DELETED, TaskOutcome.DELETED,
                TaskOutcome.DELETED, TaskOutcome.DELETED);
        assertThat(smc.calls).contains("batch [j-0, j-1, j-2]", "batch [j-3, j-4, j-5]", "delete j-6",
                "stop j-1", "wait j-1", "delete j-1");
        assertThat(report.requests()).isEqualTo(2 + 1 + (1 + 3 + 1)); // two batches, j-6 alone, j-1's stop-wait-delete
        assertThat(report.results().get(1).steps()).first().isEqualTo("delete refused: ReplicationJob.InvalidStatus");
    }

    @Test
    void cancellingReportsEveryTaskAsDoneNotStartedOrInFlight() throws Exception {
        smc.manual = true;
        List<TaskRef> tasks = List.of(TaskRef.smc("j-1"), TaskRef.smc("j-2"), TaskRef.smc("j-3"), TaskRef.smc("j-4"));
        List<TaskResult> heard = new CopyOnWriteArrayList<>();
        CleanupRun run = engine(2, new CleanupListener() {
            @Override
            public void taskFinished(TaskResult result) {
                heard.add(result);
            }
        }).start(tasks);
        assertThat(smc.pending).hasSize(2); // j-1 and j-2 on their way, j-3 and j-4 queued
        smc.pending.get("j-1").complete(new ServiceOps.Answer("r-1", 1, false)); // j-1 done; j-3 starts

        run.cancel(Duration.ofMillis(200));
        smc.pending.get("j-3").complete(new ServiceOps.Answer("r-3", 1, false)); // answered within the grace period
        CleanupReport report = run.report().get(5, TimeUnit.SECONDS);

        assertThat(report.cancelled()).isTrue();
        assertThat(report.results()).extracting(TaskResult::outcome).containsExactly(TaskOutcome.DELETED,
                TaskOutcome.INTERRUPTED, TaskOutcome.DELETED, TaskOutcome.NOT_STARTED);
        assertThat(report.results().get(1).inFlight()).contains("delete"); // never answered: named as in flight
        assertThat(report.results().get(3).requests()).isZero();
        assertThat(smc.calls).doesNotContain("delete j-4");
        assertThat(heard).hasSize(4);
        assertThat(smc.pending.get("j-2")).isCancelled();
    }

    @Test
    void aTaskWaitingForItsStopIsInterruptedAtOnceAndTheWaitCancelled() throws Exception {
        smc.deletes.put("j-1", List.of(invalidStatus()));
        CompletableFuture<ServiceOps.Waited> endless = new CompletableFuture<>();
        smc.waits.put("j-1", endless);
        CleanupRun run = engine(2, new CleanupListener() { }).start(List.of(TaskRef.smc("j-1")));

        run.cancel(Duration.ofSeconds(30));
        TaskResult r = run.report().get(5, TimeUnit.SECONDS).results().get(0);

        assertThat(r.outcome()).isEqualTo(TaskOutcome.INTERRUPTED);
        assertThat(r.inFlight()).isEmpty();
        assertThat(r.steps()).containsExactly("delete refused: ReplicationJob.InvalidStatus", "stop");
        assertThat(endless).isCancelled();
    }

    @Test
    void aListenerThatThrowsChangesNothing() throws Exception {
        CleanupReport report = engine(2, new CleanupListener() {
            @Override
            public void taskStarted(TaskRef task) {
                throw new IllegalStateException("listener bug");
            }
        }).start(List.of(TaskRef.smc("j-1"))).report().get(5, TimeUnit.SECONDS);

        assertThat(report.allSucceeded()).isTrue();
    }

    @Test
    void aTaskOfAServiceWithoutAClientIsRefusedBeforeAnythingIsSent() {
        assertThatThrownBy(() -> engine(2, new CleanupListener() { }).start(List.of(TaskRef.smc("j-1"),
                TaskRef.sms("s-1")))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no SMS client").hasMessageContaining("sms:s-1");
        assertThat(smc.calls).isEmpty();
    }

    @Test
    void anEmptyListIsAnEmptyReport() throws Exception {
        assertThat(clean(2, List.of()).results()).isEmpty();
    }

    // ---- a scripted SMC ----

    /** Answers per task: scripted deletes (default ok), stops (default ok), waits (default Stopped after 3 polls). */
    static final class Script implements ServiceOps {
        final Map<String, List<Object>> deletes = new ConcurrentHashMap<>();
        final Map<String, Object> stops = new ConcurrentHashMap<>();
        final Map<String, CompletableFuture<Waited>> waits = new ConcurrentHashMap<>();
        final Map<String, Exception> batchErrors = new ConcurrentHashMap<>();
        final Map<String, CompletableFuture<Answer>> pending = new ConcurrentHashMap<>();
        final List<String> calls = new CopyOnWriteArrayList<>();
        final Map<String, AtomicInteger> deleteCount = new ConcurrentHashMap<>();
        final AtomicInteger inFlight = new AtomicInteger();
        final AtomicInteger maxInFlight = new AtomicInteger();
        volatile int batchLimit = 1;
        volatile boolean delay;
        volatile boolean manual;

        @Override
        public CompletableFuture<Answer> delete(TaskRef task) {
            calls.add("delete " + task.id());
            if (manual) {
                CompletableFuture<Answer> f = new CompletableFuture<>();
                pending.put(task.id(), f);
                return f;
            }
            List<Object> script = deletes.getOrDefault(task.id(), List.of(ok()));
            int n = deleteCount.computeIfAbsent(task.id(), k -> new AtomicInteger()).getAndIncrement();
            return answer(script.get(Math.min(n, script.size() - 1)));
        }

        @Override
        public CompletableFuture<Answer> stop(TaskRef task) {
            calls.add("stop " + task.id());
            return answer(stops.getOrDefault(task.id(), ok()));
        }

        @Override
        public CompletableFuture<Waited> waitUntilDeletable(TaskRef task, WaiterConfig config) {
            calls.add("wait " + task.id());
            return waits.getOrDefault(task.id(), CompletableFuture.completedFuture(new Waited("Stopped", 3, false)));
        }

        @Override
        public int batchLimit() {
            return batchLimit;
        }

        @Override
        public CompletableFuture<List<BatchItem>> deleteBatch(List<TaskRef> tasks) {
            calls.add("batch " + tasks.stream().map(TaskRef::id).toList());
            return CompletableFuture.completedFuture(tasks.stream().map(t -> new BatchItem(batchErrors.get(t.id())))
                    .toList());
        }

        private CompletableFuture<Answer> answer(Object o) {
            Function<Object, CompletableFuture<Answer>> reply = x -> x instanceof Exception e
                    ? CompletableFuture.failedFuture(e) : CompletableFuture.completedFuture((Answer) x);
            if (!delay) {
                return reply.apply(o);
            }
            int now = inFlight.incrementAndGet();
            maxInFlight.accumulateAndGet(now, Math::max);
            return CompletableFuture.supplyAsync(() -> o, CompletableFuture.delayedExecutor(2, TimeUnit.MILLISECONDS))
                    .thenCompose(x -> {
                        inFlight.decrementAndGet();
                        return reply.apply(x);
                    });
        }
    }

    static ServiceOps.Answer ok() {
        return new ServiceOps.Answer("r-ok", 1, false);
    }

    static InvalidStatusException invalidStatus() {
        return new InvalidStatusException(failure(400, "ReplicationJob.InvalidStatus", "r-refused"));
    }

    static ResourceNotFoundException notFound() {
        return new ResourceNotFoundException(failure(404, "InvalidJobId.NotFound", "r-404"));
    }

    static AccessDeniedException denied() {
        return new AccessDeniedException(failure(403, "Forbidden.RAM", "r-403"));
    }

    static ServiceFailure failure(int status, String code, String requestId) {
        return new ServiceFailure(CloudProvider.ALIBABA_CLOUD, "SMC", "Op", status,
                ServiceError.of(code, "msg", requestId), "{}", 1, false);
    }
}
