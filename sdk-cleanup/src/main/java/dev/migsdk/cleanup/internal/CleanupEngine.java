package dev.migsdk.cleanup.internal;

import dev.migsdk.cleanup.CleanupListener;
import dev.migsdk.cleanup.CleanupReport;
import dev.migsdk.cleanup.CleanupRun;
import dev.migsdk.cleanup.CloudService;
import dev.migsdk.cleanup.TaskOutcome;
import dev.migsdk.cleanup.TaskRef;
import dev.migsdk.cleanup.TaskResult;
import dev.migsdk.core.Sleeper;
import dev.migsdk.core.exception.InvalidStatusException;
import dev.migsdk.core.exception.ResourceNotFoundException;
import dev.migsdk.core.exception.SdkException;
import dev.migsdk.core.exception.ServiceException;
import dev.migsdk.core.exception.ThrottlingException;
import dev.migsdk.core.exception.WaiterException;
import dev.migsdk.core.exception.WaiterTimeoutException;
import dev.migsdk.core.waiter.WaiterConfig;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs clean-ups: per task, delete → (refused for its state) stop → wait until deletable → delete; a task
 * already gone is a success at every step. Batch-capable services get their first delete in batches. At most
 * {@code maxConcurrency} calls are on their way at once (waits hold none); no thread is blocked anywhere. A
 * step the service still throttles (or fails with a retryable error) after the client's own retries is tried
 * again later, up to {@value #STEP_RETRIES} times with growing delays, so a throttling storm slows a clean-up
 * down instead of failing its tasks. Internal API.
 */
public final class CleanupEngine {
    private static final Logger LOG = LoggerFactory.getLogger("dev.migsdk.cleanup");

    private final Map<CloudService, ServiceOps> services;
    private final int maxConcurrency;
    private final WaiterConfig waiterConfig;
    private final CleanupListener listener;
    private final Clock clock;
    private final boolean batchDeletes;
    private final Sleeper sleeper;

    /** How often one step is tried again when the service keeps throttling or failing past the client's retries. */
    static final int STEP_RETRIES = 8;
    private static final Duration STEP_RETRY_BASE = Duration.ofSeconds(1);
    private static final Duration STEP_RETRY_MAX = Duration.ofSeconds(30);

    public CleanupEngine(Map<CloudService, ServiceOps> services, int maxConcurrency, WaiterConfig waiterConfig,
                         CleanupListener listener, Clock clock, Sleeper sleeper, boolean batchDeletes) {
        this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
        this.services = new EnumMap<>(services);
        this.maxConcurrency = maxConcurrency;
        this.waiterConfig = Objects.requireNonNull(waiterConfig, "waiterConfig");
        this.listener = Objects.requireNonNull(listener, "listener");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.batchDeletes = batchDeletes;
    }

    /** Checks that every task's service has a client, then starts. */
    public CleanupRun start(List<TaskRef> tasks) {
        for (TaskRef t : tasks) {
            Objects.requireNonNull(t, "task");
            if (!services.containsKey(t.service())) {
                throw new IllegalArgumentException("no " + t.service() + " client was given to the cleaner, needed for "
                        + t);
            }
        }
        Run run = new Run(tasks);
        run.begin();
        return run;
    }

    /** One clean-up. */
    private final class Run implements CleanupRun {
        private final List<TaskRun> tasks;
        private final AsyncPermits permits = new AsyncPermits(maxConcurrency);
        private final CompletableFuture<CleanupReport> report = new CompletableFuture<>();
        private final AtomicInteger open;
        private final AtomicLong requests = new AtomicLong();
        private final Instant start = clock.instant();
        private volatile boolean cancelled;

        Run(List<TaskRef> refs) {
            tasks = new ArrayList<>(refs.size());
            for (TaskRef r : refs) {
                tasks.add(new TaskRun(this, r, services.get(r.service())));
            }
            open = new AtomicInteger(tasks.size());
        }

        void begin() {
            if (tasks.isEmpty()) {
                complete();
                return;
            }
            Map<CloudService, List<TaskRun>> batched = new EnumMap<>(CloudService.class);
            for (TaskRun t : tasks) {
                if (batchDeletes && t.ops.batchLimit() > 1) {
                    List<TaskRun> batch = batched.computeIfAbsent(t.ref.service(), s -> new ArrayList<>());
                    batch.add(t);
                    if (batch.size() == t.ops.batchLimit()) {
                        startBatch(List.copyOf(batch));
                        batch.clear();
                    }
                } else {
                    firstDelete(t, false);
                }
            }
            for (List<TaskRun> rest : batched.values()) {
                if (rest.size() == 1) {
                    firstDelete(rest.get(0), false);
                } else if (!rest.isEmpty()) {
                    startBatch(rest);
                }
            }
        }

        @Override
        public CompletableFuture<CleanupReport> report() {
            return report;
        }

        @Override
        public void cancel(Duration grace) {
            Objects.requireNonNull(grace, "grace");
            synchronized (this) {
                if (cancelled) {
                    return;
                }
                cancelled = true; // under the lock: a call either began before this (in flight) or never will
            }
            permits.close(); // queued calls never run; their tasks end below
            for (TaskRun t : tasks) {
                t.onCancel();
            }
            CompletableFuture.delayedExecutor(grace.toNanos(), TimeUnit.NANOSECONDS).execute(() -> {
                for (TaskRun t : tasks) {
                    t.abandon();
                }
            });
        }

        void finished() {
            if (open.decrementAndGet() == 0) {
                complete();
            }
        }

        private void complete() {
            List<TaskResult> results = new ArrayList<>(tasks.size());
            for (TaskRun t : tasks) {
                results.add(t.result);
            }
            report.complete(new CleanupReport(results, requests.get(), elapsedSince(start), cancelled));
        }

        // ---- the steps ----

        private void firstDelete(TaskRun t, boolean urgent) {
            t.call("delete", urgent, () -> t.ops.delete(t.ref), a -> t.finish(a.alreadyDeleted()
                    ? TaskOutcome.ALREADY_DELETED : TaskOutcome.DELETED, null), e -> {
                if (e instanceof ResourceNotFoundException) {
                    t.finish(TaskOutcome.ALREADY_DELETED, null);
                } else if (e instanceof InvalidStatusException s) {
                    t.step("delete refused: " + s.errorCode());
                    stop(t);
                } else {
                    t.finish(TaskOutcome.FAILED, e);
                }
            });
        }

        private void startBatch(List<TaskRun> batch) {
            ServiceOps ops = batch.get(0).ops;
            List<TaskRef> refs = batch.stream().map(t -> t.ref).toList();
            String name = "delete (batch of " + batch.size() + ")";
            boolean queued = permits.acquire(() -> {
                synchronized (this) {
                    if (cancelled) {
                        permits.release();
                        batch.forEach(t -> t.endByCancel(null));
                        return;
                    }
                    batch.forEach(t -> t.begin(name));
                }
                CompletableFuture<List<ServiceOps.BatchItem>> f = send(() -> ops.deleteBatch(refs));
                batch.forEach(t -> t.sent(f));
                f.whenComplete((items, error) -> {
                    permits.release();
                    Exception e = unwrap(error);
                    if (e == null && (items == null || items.size() != batch.size())) {
                        e = new IllegalStateException("the batch answer has " + (items == null ? 0 : items.size())
                                + " items for " + batch.size() + " tasks");
                    }
                    requests.addAndGet(attemptsOf(e));
                    for (int i = 0; i < batch.size(); i++) {
                        TaskRun t = batch.get(i);
                        if (!t.callEnded(e == null ? 1 : attemptsOf(e), e)) {
                            continue;
                        }
                        if (e != null) { // the whole call failed: each task goes on its own
                            t.step(name + " failed: " + describe(e));
                            firstDelete(t, true);
                            continue;
                        }
                        Exception itemError = items.get(i).error();
                        if (itemError == null) {
                            t.finish(TaskOutcome.DELETED, null);
                        } else if (itemError instanceof ResourceNotFoundException) {
                            t.finish(TaskOutcome.ALREADY_DELETED, null);
                        } else if (itemError instanceof InvalidStatusException s) {
                            t.step("delete refused: " + s.errorCode());
                            stop(t);
                        } else {
                            t.finish(TaskOutcome.FAILED, itemError);
                        }
                    }
                });
            }, false);
            if (!queued) {
                batch.forEach(t -> t.endByCancel(null));
            }
        }

        private void stop(TaskRun t) {
            t.call("stop", true, () -> t.ops.stop(t.ref), a -> {
                t.step("stop");
                await(t);
            }, e -> {
                if (e instanceof ResourceNotFoundException) {
                    t.finish(TaskOutcome.ALREADY_DELETED, null);
                } else if (e instanceof InvalidStatusException s) {
                    t.step("stop refused: " + s.errorCode() + " (already stopping or stopped)");
                    await(t);
                } else {
                    t.finish(TaskOutcome.FAILED, e);
                }
            });
        }

        private void await(TaskRun t) {
            if (!t.begin(null)) {
                t.endByCancel(null);
                return;
            }
            CompletableFuture<ServiceOps.Waited> f = send(() -> t.ops.waitUntilDeletable(t.ref, waiterConfig));
            t.sent(f);
            f.whenComplete((w, error) -> {
                Exception e = unwrap(error);
                requests.addAndGet(w != null ? w.polls() : e instanceof WaiterException we ? we.attempts() : 0);
                if (!t.waitEnded(w, e)) {
                    return;
                }
                if (e == null) {
                    t.step("wait: " + (w.gone() ? "gone" : w.lastState()) + " after " + w.polls()
                            + (w.polls() == 1 ? " poll" : " polls"));
                    if (w.gone()) {
                        t.finish(TaskOutcome.ALREADY_DELETED, null);
                    } else {
                        finalDelete(t);
                    }
                } else if (e instanceof ResourceNotFoundException) {
                    t.finish(TaskOutcome.ALREADY_DELETED, null);
                } else if (e instanceof WaiterTimeoutException) {
                    t.finish(TaskOutcome.WAIT_TIMED_OUT, e);
                } else {
                    t.finish(TaskOutcome.FAILED, e);
                }
            });
        }

        private void finalDelete(TaskRun t) {
            t.call("delete", true, () -> t.ops.delete(t.ref), a -> t.finish(a.alreadyDeleted()
                    ? TaskOutcome.ALREADY_DELETED : TaskOutcome.DELETED, null), e -> t.finish(
                    e instanceof ResourceNotFoundException ? TaskOutcome.ALREADY_DELETED : TaskOutcome.FAILED,
                    e instanceof ResourceNotFoundException ? null : e));
        }
    }

    /** One task's progress; its fields are guarded by the instance. */
    private final class TaskRun {
        private final Run run;
        private final TaskRef ref;
        private final ServiceOps ops;
        private final List<String> steps = new ArrayList<>();
        private final List<String> requestIds = new ArrayList<>();
        private int requests;
        private Instant started;
        private String lastState;
        private String inFlight;
        private CompletableFuture<?> inFlightFuture;
        private CompletableFuture<?> waiting;
        private boolean waitingBegun;
        private boolean abandoned;
        private int stepRetries;
        private volatile TaskResult result;

        TaskRun(Run run, TaskRef ref, ServiceOps ops) {
            this.run = run;
            this.ref = ref;
            this.ops = ops;
        }

        /** Sends one call holding a permit; the answer goes to {@code ok} or {@code failed} unless the task ended meanwhile. */
        void call(String name, boolean urgent, Supplier<CompletableFuture<ServiceOps.Answer>> sender,
                      Consumer<ServiceOps.Answer> ok, Consumer<Exception> failed) {
            boolean queued = run.permits.acquire(() -> {
                if (!begin(name)) {
                    run.permits.release();
                    endByCancel(null);
                    return;
                }
                CompletableFuture<ServiceOps.Answer> f = send(sender);
                sent(f);
                f.whenComplete((a, error) -> {
                    run.permits.release();
                    Exception e = unwrap(error);
                    int attempts = e == null ? Math.max(1, a.attempts()) : attemptsOf(e);
                    run.requests.addAndGet(attempts);
                    if (e == null && a.requestId() != null) {
                        synchronized (this) {
                            requestIds.add(a.requestId());
                        }
                    }
                    if (!callEnded(attempts, e)) {
                        return;
                    }
                    if (e == null) {
                        stepRetries = 0;
                        ok.accept(a);
                    } else if (tryAgainLater(e) && stepRetries < STEP_RETRIES) {
                        Duration delay = stepRetryDelay(++stepRetries);
                        step(name + ": " + describe(e) + ", trying again in " + delay);
                        sleeper.delay(delay).whenComplete((v, x) -> call(name, true, sender, ok, failed));
                    } else {
                        failed.accept(e);
                    }
                });
            }, urgent);
            if (!queued) {
                endByCancel(null);
            }
        }

        /**
         * Marks a call ({@code name}) or a wait ({@code null}) as begun, unless the clean-up was cancelled or the
         * task has ended: checked and marked under the run's lock, which {@link Run#cancel} takes to cancel.
         */
        boolean begin(String name) {
            boolean first;
            synchronized (run) {
                if (run.cancelled) {
                    return false;
                }
                synchronized (this) {
                    if (result != null) {
                        return false;
                    }
                    first = started == null;
                    if (first) {
                        started = clock.instant();
                    }
                    inFlight = name;
                    waitingBegun = name == null;
                }
            }
            if (first) {
                notify(() -> listener.taskStarted(ref));
            }
            return true;
        }

        /** The future of the call or wait just begun; cancelled at once if the task ended meanwhile. */
        void sent(CompletableFuture<?> f) {
            boolean ended;
            synchronized (this) {
                ended = result != null;
                if (!ended) {
                    if (waitingBegun) {
                        waiting = f;
                    } else {
                        inFlightFuture = f;
                    }
                }
            }
            if (ended && waitingBegun) {
                f.cancel(true);
            }
        }

        /** Records a call's end; {@code false} if the task already has its outcome (abandoned after a cancel). */
        synchronized boolean callEnded(int attempts, Exception e) {
            if (result != null || abandoned) {
                return false;
            }
            requests += attempts;
            inFlight = null;
            inFlightFuture = null;
            if (e instanceof ServiceException s && s.requestId() != null) {
                requestIds.add(s.requestId());
            }
            return true;
        }

        synchronized boolean waitEnded(ServiceOps.Waited w, Exception e) {
            if (result != null) {
                return false;
            }
            waiting = null;
            waitingBegun = false;
            if (w != null) {
                requests += w.polls();
                lastState = w.lastState();
            } else if (e instanceof WaiterException we) {
                requests += we.attempts();
                lastState = we.lastState();
            }
            return true;
        }

        void step(String step) {
            synchronized (this) {
                steps.add(step);
            }
            notify(() -> listener.stepCompleted(ref, step));
        }

        /** The clean-up was cancelled: a task between calls or waiting ends now; one with a call on its way waits for it. */
        void onCancel() {
            CompletableFuture<?> w;
            synchronized (this) {
                if (result != null || inFlight != null) {
                    return; // done, or a call on its way: it has the grace period to answer
                }
                w = waiting;
            }
            endByCancel(null); // not started, queued for a permit, waiting, or between two calls
            if (w != null) {
                w.cancel(true);
            }
        }

        /** The grace period is over: a task whose call is still on its way ends now, naming that call. */
        void abandon() {
            CompletableFuture<?> f;
            String name;
            synchronized (this) {
                if (result != null) {
                    return;
                }
                f = inFlightFuture;
                name = inFlight;
                abandoned = true; // the call's late answer (or the cancellation below) is ignored
            }
            if (f != null) {
                f.cancel(true);
            }
            endByCancel(name);
        }

        void endByCancel(String inFlightCall) {
            boolean notStarted;
            synchronized (this) {
                notStarted = started == null;
            }
            finish(notStarted ? TaskOutcome.NOT_STARTED : TaskOutcome.INTERRUPTED, null, inFlightCall);
        }

        void finish(TaskOutcome outcome, Exception error) {
            finish(outcome, error, null);
        }

        private void finish(TaskOutcome outcome, Exception error, String inFlightCall) {
            TaskResult r;
            synchronized (this) {
                if (result != null) {
                    return;
                }
                if (error instanceof WaiterException we && we.lastState() != null) {
                    lastState = we.lastState();
                }
                if (outcome == TaskOutcome.DELETED || outcome == TaskOutcome.ALREADY_DELETED) {
                    steps.add(outcome == TaskOutcome.DELETED ? "deleted" : "already deleted");
                }
                Duration elapsed = started == null ? Duration.ZERO : elapsedSince(started);
                r = new TaskResult(ref, outcome, steps, requests, requestIds, elapsed, lastState, inFlightCall, error);
                result = r;
                inFlight = null;
                inFlightFuture = null;
                waiting = null;
                waitingBegun = false;
            }
            if (LOG.isDebugEnabled()) {
                LOG.debug("{}: {}", ref, r);
            }
            notify(() -> listener.taskFinished(r));
            run.finished();
        }

        private void notify(Runnable callback) {
            try {
                callback.run();
            } catch (RuntimeException e) {
                LOG.warn("A CleanupListener threw; ignored", e);
            }
        }
    }

    /** Throttling, or a failure the client would have retried had it had attempts left: worth another go later. */
    private static boolean tryAgainLater(Exception e) {
        return e instanceof ThrottlingException || (e instanceof SdkException s && s.retryable()
                && !(e instanceof WaiterException));
    }

    /** 1 s, 2 s, 4 s ... up to 30 s, each drawn from its upper half. */
    private static Duration stepRetryDelay(int retry) {
        long cap = Math.min(STEP_RETRY_MAX.toMillis(), STEP_RETRY_BASE.toMillis() << Math.min(retry - 1, 20));
        return Duration.ofMillis(cap / 2 + java.util.concurrent.ThreadLocalRandom.current().nextLong(cap / 2 + 1));
    }

    private Duration elapsedSince(Instant from) {
        Duration d = Duration.between(from, clock.instant());
        return d.isNegative() ? Duration.ZERO : d;
    }

    private static <T> CompletableFuture<T> send(Supplier<CompletableFuture<T>> sender) {
        try {
            CompletableFuture<T> f = sender.get();
            return f == null ? CompletableFuture.failedFuture(new NullPointerException("no future")) : f;
        } catch (RuntimeException e) { // bad input refused before sending
            return CompletableFuture.failedFuture(e);
        }
    }

    /** HTTP attempts a call made: one when it answered, the SDK's count when it failed, none for bad input. */
    private static int attemptsOf(Exception e) {
        if (e == null) {
            return 1;
        }
        return e instanceof SdkException s && !(e instanceof WaiterException) ? s.attempts() : 0;
    }

    private static String describe(Exception e) {
        return e instanceof ServiceException s && s.errorCode() != null ? s.errorCode() : e.getClass().getSimpleName();
    }

    private static Exception unwrap(Throwable t) {
        while (t instanceof CompletionException && t.getCause() != null) {
            t = t.getCause();
        }
        if (t == null) {
            return null;
        }
        return t instanceof Exception e ? e : new IllegalStateException(t);
    }
}
