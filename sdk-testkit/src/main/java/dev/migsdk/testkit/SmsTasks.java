package dev.migsdk.testkit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The emulated SMS migration tasks. Thread-safe.
 *
 * <p>Time is the emulator's clock: a stop moves a running or syncing task to {@link SmsTaskState#ABORTING} at once
 * and to {@link SmsTaskState#ABORT} after {@link #stopDelay(Duration)}; a task can be told never to finish
 * aborting or to fail instead ({@link #neverFinishStopping(String)}, {@link #failWhileStopping(String, String)}),
 * and its agent can be disconnected ({@link #disconnect(String)}: SMS then deletes it in any state).
 */
public final class SmsTasks {
    /** How long a stop takes by default (emulator clock). */
    public static final Duration DEFAULT_STOP_DELAY = Duration.ofSeconds(10);

    private final Clock clock;
    private final Map<String, Entry> tasks = new LinkedHashMap<>();
    private Duration stopDelay = DEFAULT_STOP_DELAY;

    SmsTasks(Clock clock) {
        this.clock = clock;
    }

    private enum Stopping {
        NORMALLY, NEVER, FAILS
    }

    private static final class Entry {
        SmsTaskState state;
        boolean forbidden;
        boolean connected = true;
        String name;
        String sourceServerId;
        Instant stopsAt;
        Stopping stopping = Stopping.NORMALLY;
        String errorJson;

        void advance(Instant now) {
            if (state == SmsTaskState.ABORTING && stopsAt != null && !now.isBefore(stopsAt)) {
                if (stopping == Stopping.NORMALLY) {
                    state = SmsTaskState.ABORT;
                    stopsAt = null;
                } else if (stopping == Stopping.FAILS) {
                    state = SmsTaskState.MIGRATE_FAIL;
                    stopsAt = null;
                }
            }
        }

        SmsTask snapshot(String id) {
            return new SmsTask(id, state, forbidden);
        }
    }

    /** A task as the API answers it (internal to the emulator). */
    record View(String taskId, String name, SmsTaskState state, boolean connected, String sourceServerId,
                String errorJson) {
    }

    /** Adds a task, or replaces the task with the same id; returns it. */
    public synchronized SmsTask addTask(String taskId, SmsTaskState state) {
        return addTask(taskId, state, null);
    }

    /** Adds a task of source server {@code sourceServerId} (may be null), or replaces the task with the same id. */
    public synchronized SmsTask addTask(String taskId, SmsTaskState state, String sourceServerId) {
        return put(SmcJobs.requireId(taskId, "taskId"), Objects.requireNonNull(state, "state"), false, sourceServerId);
    }

    /**
     * Adds a task the caller has no permission on: DeleteTask answers 403 with the documented {@code SMS.9004}
     * body (with {@code encoded_authorization_message}, {@code error_param} and {@code details}).
     */
    public synchronized SmsTask addForbiddenTask(String taskId) {
        return put(SmcJobs.requireId(taskId, "taskId"), SmsTaskState.READY, true, null);
    }

    /** How long a stop takes from now on (emulator clock): running → aborting at once, → abort after this. */
    public synchronized SmsTasks stopDelay(Duration delay) {
        Objects.requireNonNull(delay, "delay");
        if (delay.isNegative()) {
            throw new IllegalArgumentException("delay must not be negative");
        }
        this.stopDelay = delay;
        return this;
    }

    /** The task stays {@code ABORTING} for ever once stopped. */
    public synchronized SmsTasks neverFinishStopping(String taskId) {
        entry(taskId).stopping = Stopping.NEVER;
        return this;
    }

    /** Once stopped, the task ends in {@code MIGRATE_FAIL} instead of {@code ABORT}, with this {@code error_json}. */
    public synchronized SmsTasks failWhileStopping(String taskId, String errorJson) {
        Entry e = entry(taskId);
        e.stopping = Stopping.FAILS;
        e.errorJson = errorJson;
        return this;
    }

    /** Marks the task's source agent as disconnected ({@code connected: false}); SMS then deletes it in any state. */
    public synchronized SmsTasks disconnect(String taskId) {
        entry(taskId).connected = false;
        return this;
    }

    /** The task's current state, or empty once it has been deleted (or never existed). */
    public synchronized Optional<SmsTask> task(String taskId) {
        Entry e = tasks.get(taskId);
        if (e == null) {
            return Optional.empty();
        }
        e.advance(clock.instant());
        return Optional.of(e.snapshot(taskId));
    }

    /** All tasks, in the order they were added. */
    public synchronized List<SmsTask> tasks() {
        Instant now = clock.instant();
        List<SmsTask> out = new ArrayList<>(tasks.size());
        tasks.forEach((id, e) -> {
            e.advance(now);
            out.add(e.snapshot(id));
        });
        return out;
    }

    /** Removes every task and restores the default stop delay. */
    public synchronized void clear() {
        tasks.clear();
        stopDelay = DEFAULT_STOP_DELAY;
    }

    // ------------------------------------------------------------------ for HuaweiApi

    /** Whether DeleteTask refuses this task now (in progress with the agent connected). */
    private static boolean refusesDelete(Entry e) {
        return e.connected && e.state.inProgress();
    }

    /** What a DeleteTask did. */
    enum DeleteOutcome {
        DELETED, NOT_FOUND, FORBIDDEN, BUSY
    }

    /** Deletes the task unless it is forbidden or in progress with its agent connected. */
    synchronized DeleteOutcome delete(String taskId) {
        Entry e = tasks.get(taskId);
        if (e == null) {
            return DeleteOutcome.NOT_FOUND;
        }
        e.advance(clock.instant());
        if (e.forbidden) {
            return DeleteOutcome.FORBIDDEN;
        }
        if (refusesDelete(e)) {
            return DeleteOutcome.BUSY;
        }
        tasks.remove(taskId);
        return DeleteOutcome.DELETED;
    }

    /**
     * Deletes all of {@code ids} or none: the first unknown, forbidden or busy task is returned (and nothing is
     * deleted); null when all were deleted.
     */
    synchronized BatchRefusal deleteAll(List<String> ids) {
        Instant now = clock.instant();
        for (String id : ids) {
            Entry e = tasks.get(id);
            if (e == null) {
                return new BatchRefusal(id, null);
            }
            e.advance(now);
            if (e.forbidden || refusesDelete(e)) {
                return new BatchRefusal(id, e.snapshot(id));
            }
        }
        ids.forEach(tasks::remove);
        return null;
    }

    /** Why a batch delete was refused: the task id and the task ({@code null}: unknown). */
    record BatchRefusal(String taskId, SmsTask task) {
    }

    /** Stops a running or syncing task (→ aborting); returns its state before, or null if unknown. */
    synchronized SmsTask stop(String taskId) {
        Entry e = tasks.get(taskId);
        if (e == null) {
            return null;
        }
        e.advance(clock.instant());
        SmsTask before = e.snapshot(taskId);
        if (!e.forbidden && (e.state == SmsTaskState.RUNNING || e.state == SmsTaskState.SYNCING)) {
            e.state = SmsTaskState.ABORTING;
            e.stopsAt = clock.instant().plus(stopDelay);
            e.advance(clock.instant());
        }
        return before;
    }

    /** Starts a ready, stopped or failed task (→ running); returns its state before, or null if unknown. */
    synchronized SmsTask start(String taskId) {
        Entry e = tasks.get(taskId);
        if (e == null) {
            return null;
        }
        e.advance(clock.instant());
        SmsTask before = e.snapshot(taskId);
        if (!e.forbidden && (e.state == SmsTaskState.READY || e.state == SmsTaskState.ABORT
                || e.state == SmsTaskState.MIGRATE_FAIL)) {
            e.state = SmsTaskState.RUNNING;
            e.errorJson = null;
        }
        return before;
    }

    synchronized View view(String taskId) {
        Entry e = tasks.get(taskId);
        if (e == null) {
            return null;
        }
        e.advance(clock.instant());
        return view(taskId, e);
    }

    /** The tasks matching the filters (null: any), in order. */
    synchronized List<View> find(String state, String name, String id, String sourceServerId) {
        Instant now = clock.instant();
        List<View> out = new ArrayList<>();
        tasks.forEach((taskId, e) -> {
            e.advance(now);
            if ((state == null || state.equals(e.state.name())) && (name == null || name.equals(e.name))
                    && (id == null || id.equals(taskId))
                    && (sourceServerId == null || sourceServerId.equals(e.sourceServerId))) {
                out.add(view(taskId, e));
            }
        });
        return out;
    }

    private static View view(String taskId, Entry e) {
        return new View(taskId, e.name, e.state, e.connected, e.sourceServerId,
                e.state == SmsTaskState.MIGRATE_FAIL ? e.errorJson : null);
    }

    private SmsTask put(String taskId, SmsTaskState state, boolean forbidden, String sourceServerId) {
        Entry e = new Entry();
        e.state = state;
        e.forbidden = forbidden;
        e.name = "task-" + taskId;
        e.sourceServerId = sourceServerId;
        tasks.put(taskId, e);
        return e.snapshot(taskId);
    }

    private Entry entry(String taskId) {
        Entry e = tasks.get(taskId);
        if (e == null) {
            throw new IllegalArgumentException("no SMS task " + taskId + ": add it first");
        }
        return e;
    }
}
