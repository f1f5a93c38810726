package dev.migsdk.cleanup;

import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** The results of a clean-up, one per task in the order given, and the totals. Immutable. */
public final class CleanupReport {
    private final List<TaskResult> results;
    private final Duration elapsed;
    private final boolean cancelled;
    private final long requests;
    private final Map<TaskOutcome, Integer> counts = new EnumMap<>(TaskOutcome.class);

    /** Builds a report; the clean-up makes these. */
    public CleanupReport(List<TaskResult> results, long requests, Duration elapsed, boolean cancelled) {
        this.results = List.copyOf(results);
        this.requests = requests;
        this.elapsed = Objects.requireNonNull(elapsed, "elapsed");
        this.cancelled = cancelled;
        for (TaskResult r : this.results) {
            counts.merge(r.outcome(), 1, Integer::sum);
        }
    }

    /** One result per task, in the order the tasks were given. */
    public List<TaskResult> results() {
        return results;
    }

    /** How many tasks ended with {@code outcome}. */
    public int count(TaskOutcome outcome) {
        return counts.getOrDefault(outcome, 0);
    }

    /** Whether every task is gone (deleted now or before). */
    public boolean allSucceeded() {
        return count(TaskOutcome.DELETED) + count(TaskOutcome.ALREADY_DELETED) == results.size();
    }

    /** Whether the clean-up was cancelled before it finished. */
    public boolean cancelled() {
        return cancelled;
    }

    /**
     * HTTP requests sent in all (retries and waiter polls included). A batch delete is one request here,
     * though it counts in {@link TaskResult#requests()} of each task in it.
     */
    public long requests() {
        return requests;
    }

    /** From start to the last outcome, by the cleaner's clock. */
    public Duration elapsed() {
        return elapsed;
    }

    /** One line, e.g. {@code 10 tasks: 7 deleted, 2 already deleted, 1 failed; 31 requests in PT2.5S}. */
    public String summary() {
        StringBuilder b = new StringBuilder().append(results.size()).append(results.size() == 1 ? " task" : " tasks");
        String sep = ": ";
        for (TaskOutcome o : TaskOutcome.values()) {
            int n = count(o);
            if (n > 0) {
                b.append(sep).append(n).append(' ').append(o.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '));
                sep = ", ";
            }
        }
        b.append("; ").append(requests()).append(" requests in ").append(elapsed);
        if (cancelled) {
            b.append(" (cancelled)");
        }
        return b.toString();
    }

    @Override
    public String toString() {
        return "CleanupReport[" + summary() + "]";
    }
}
