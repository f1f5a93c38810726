package dev.migsdk.examples.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.function.Function;

/**
 * Runs one async operation per id with at most {@code concurrency} in flight and returns the outcomes in the
 * order of the ids. Only the calling thread waits (for a free slot); the SDK's async clients wait for answers
 * and backoff without blocking threads.
 */
final class BulkRunner {
    private BulkRunner() {
    }

    static List<Outcome> run(List<String> ids, int concurrency, Function<String, CompletableFuture<Outcome.Done>> call,
                             Function<String, String> curlOf, Progress progress) {
        Semaphore slots = new Semaphore(concurrency);
        List<CompletableFuture<Outcome>> futures = new ArrayList<>(ids.size());
        try {
            for (String id : ids) {
                slots.acquire();
                CompletableFuture<Outcome.Done> started;
                try {
                    started = call.apply(id);
                } catch (RuntimeException e) {
                    started = CompletableFuture.failedFuture(e);
                }
                CompletableFuture<Outcome> outcome = started.handle((done, error) -> {
                    Outcome o = Outcome.of(id, done, error, curlOf.apply(id));
                    progress.tick(o.failed());
                    return o;
                });
                outcome.whenComplete((o, e) -> slots.release());
                futures.add(outcome);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            futures.forEach(f -> f.cancel(true));
            throw new IllegalStateException("interrupted", e);
        }
        List<Outcome> outcomes = futures.stream().map(CompletableFuture::join).toList();
        progress.finish();
        return outcomes;
    }
}
