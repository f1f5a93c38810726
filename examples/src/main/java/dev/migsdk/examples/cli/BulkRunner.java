package dev.migsdk.examples.cli;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Runs one async operation per id with at most {@code concurrency} in flight, hands each outcome to a consumer
 * as it completes (so results stream), and returns all outcomes in the order of the ids. Only the calling
 * thread waits (for a free slot or the end); the SDK's async clients wait for answers and backoff without
 * blocking threads.
 *
 * <p>An interrupt (Ctrl-C) or the deadline stops it: nothing more is sent, calls on their way get {@code grace}
 * to answer and are then abandoned; every id ends as done, {@linkplain Outcome.Cancel#NOT_STARTED not started}
 * or {@linkplain Outcome.Cancel#IN_FLIGHT abandoned in flight}.
 */
final class BulkRunner {
    /** How long calls on their way may still answer after an interrupt or the deadline. */
    static final Duration GRACE = Duration.ofSeconds(5);

    /** Why a run ended early, if it did. */
    enum Stop { NONE, INTERRUPTED, TIMED_OUT }

    /**
     * The run's outcomes, in the order of the ids, and why it stopped.
     *
     * @param outcomes one per id
     * @param stop     {@link Stop#NONE} when every id was acted on
     */
    record Result(List<Outcome> outcomes, Stop stop) {
    }

    private BulkRunner() {
    }

    static Result run(List<String> ids, int concurrency, Function<String, CompletableFuture<Outcome.Done>> call,
                      Function<String, String> curlOf, Progress progress, Consumer<Outcome> onOutcome,
                      Interrupts interrupts, Duration timeout, Duration grace) {
        Semaphore slots = new Semaphore(concurrency);
        Outcome[] outcomes = new Outcome[ids.size()];
        List<CompletableFuture<Outcome.Done>> started = new ArrayList<>(ids.size());
        CountDownLatch stopRequested = new CountDownLatch(1);
        Stop[] stop = {Stop.NONE};
        long deadline = timeout == null ? Long.MAX_VALUE : System.nanoTime() + timeout.toNanos();
        try (Interrupts.Registration r = interrupts.onInterrupt(() -> {
            synchronized (stop) {
                if (stop[0] == Stop.NONE) {
                    stop[0] = Stop.INTERRUPTED;
                }
            }
            stopRequested.countDown();
        })) {
            int next = 0;
            while (next < ids.size() && stopRequested.getCount() > 0) {
                long wait = Math.min(TimeUnit.MILLISECONDS.toNanos(50), deadline - System.nanoTime());
                if (wait <= 0) {
                    timedOut(stop, stopRequested);
                    break;
                }
                if (!slots.tryAcquire(wait, TimeUnit.NANOSECONDS)) {
                    continue;
                }
                int index = next++;
                String id = ids.get(index);
                CompletableFuture<Outcome.Done> f;
                try {
                    f = call.apply(id);
                } catch (RuntimeException e) {
                    f = CompletableFuture.failedFuture(e);
                }
                started.add(f);
                f.whenComplete((done, error) -> {
                    Outcome o = Outcome.of(id, done, error, curlOf.apply(id)); // before the slot is free: the dry
                    slots.release();                                           // run's capture belongs to this id
                    deliver(outcomes, index, o, progress, onOutcome);
                });
            }
            // all sent (or stopped): wait for the answers, until the deadline or an interrupt
            long stopAt = Long.MAX_VALUE;
            while (!allAnswered(outcomes, started.size())) {
                if (stopRequested.getCount() == 0 && stopAt == Long.MAX_VALUE) {
                    stopAt = System.nanoTime() + grace.toNanos();
                }
                boolean stopping = stopRequested.getCount() == 0;
                long until = stopping ? stopAt : deadline; // once stopping, the grace period is the limit
                long wait = Math.min(TimeUnit.MILLISECONDS.toNanos(20), until - System.nanoTime());
                if (wait <= 0) {
                    if (!stopping) {
                        timedOut(stop, stopRequested);
                        continue;
                    }
                    break;
                }
                TimeUnit.NANOSECONDS.sleep(wait);
            }
            for (int i = 0; i < ids.size(); i++) {
                Outcome.Cancel cancel = i < started.size() ? Outcome.Cancel.IN_FLIGHT : Outcome.Cancel.NOT_STARTED;
                if (deliver(outcomes, i, Outcome.cancelled(ids.get(i), cancel), progress, onOutcome)
                        && i < started.size()) {
                    started.get(i).cancel(true);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            started.forEach(f -> f.cancel(true));
            throw new IllegalStateException("interrupted", e);
        }
        progress.finish();
        synchronized (outcomes) {
            return new Result(List.of(outcomes), stop[0]);
        }
    }

    private static void timedOut(Stop[] stop, CountDownLatch stopRequested) {
        synchronized (stop) {
            if (stop[0] == Stop.NONE) {
                stop[0] = Stop.TIMED_OUT;
            }
        }
        stopRequested.countDown();
    }

    /**
     * Sets the outcome of {@code index} unless it already has one, and streams it; whether it was set. Setting
     * and streaming happen under one lock, so once {@link #allAnswered} sees an outcome it has also been
     * streamed, and the caller's summary never overtakes the last result line.
     */
    private static boolean deliver(Outcome[] outcomes, int index, Outcome o, Progress progress,
                                   Consumer<Outcome> onOutcome) {
        synchronized (outcomes) {
            if (outcomes[index] != null) {
                return false;
            }
            outcomes[index] = o;
            progress.tick(o.failed());
            onOutcome.accept(o);
            return true;
        }
    }

    private static boolean allAnswered(Outcome[] outcomes, int started) {
        synchronized (outcomes) {
            for (int i = 0; i < started; i++) {
                if (outcomes[i] == null) {
                    return false;
                }
            }
            return true;
        }
    }
}
