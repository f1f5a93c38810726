package dev.migsdk.cleanup;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What happened to one task: the outcome, the steps taken, the HTTP requests made (retries and waiter polls
 * included), the request ids the services gave, and the time it took. Immutable.
 */
public final class TaskResult {
    private final TaskRef task;
    private final TaskOutcome outcome;
    private final List<String> steps;
    private final int requests;
    private final List<String> requestIds;
    private final Duration elapsed;
    private final String lastState;
    private final String inFlight;
    private final Exception error;

    /** Builds a result; the clean-up makes these, tests and listeners only read them. */
    public TaskResult(TaskRef task, TaskOutcome outcome, List<String> steps, int requests, List<String> requestIds,
                      Duration elapsed, String lastState, String inFlight, Exception error) {
        this.task = Objects.requireNonNull(task, "task");
        this.outcome = Objects.requireNonNull(outcome, "outcome");
        this.steps = List.copyOf(steps);
        this.requests = requests;
        this.requestIds = List.copyOf(requestIds);
        this.elapsed = Objects.requireNonNull(elapsed, "elapsed");
        this.lastState = lastState;
        this.inFlight = inFlight;
        this.error = error;
    }

    public TaskRef task() {
        return task;
    }

    public TaskOutcome outcome() {
        return outcome;
    }

    /** The steps taken, in order, e.g. {@code [delete: InvalidStatus, stop, wait: Stopped after 3 polls, delete]}. */
    public List<String> steps() {
        return steps;
    }

    /** HTTP requests made for this task: every attempt of every call, waiter polls included. */
    public int requests() {
        return requests;
    }

    /** The request ids of the answers, in order (for a support ticket). */
    public List<String> requestIds() {
        return requestIds;
    }

    /** From the first request for this task to its outcome, by the cleaner's clock. */
    public Duration elapsed() {
        return elapsed;
    }

    /** The task's last state the services reported (e.g. {@code Stopped}), if one was seen. */
    public Optional<String> lastState() {
        return Optional.ofNullable(lastState);
    }

    /**
     * For {@link TaskOutcome#INTERRUPTED}: the call that was on its way when the clean-up was cancelled and
     * whose answer was not waited for (it may still have reached the service), e.g. {@code delete}; empty if
     * the task stopped between calls.
     */
    public Optional<String> inFlight() {
        return Optional.ofNullable(inFlight);
    }

    /** Why the task failed, timed out or was interrupted; empty on success and for tasks not started. */
    public Optional<Exception> error() {
        return Optional.ofNullable(error);
    }

    @Override
    public String toString() {
        return "TaskResult[" + task + " " + outcome + ", steps=" + steps + ", requests=" + requests + ", elapsed="
                + elapsed + (lastState == null ? "" : ", lastState=" + lastState)
                + (inFlight == null ? "" : ", inFlight=" + inFlight)
                + (error == null ? "" : ", error=" + error.getClass().getSimpleName()) + "]";
    }
}
