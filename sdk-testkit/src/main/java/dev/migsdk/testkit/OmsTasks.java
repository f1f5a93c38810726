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
 * The emulated OMS migration tasks, task groups and synchronization tasks (of the emulator's one project).
 * Thread-safe.
 *
 * <p>Time is the emulator's clock: a stop moves a task (or a group) from running to {@link OmsTaskStatus#PAUSING}
 * at once and to {@link OmsTaskStatus#STOPPED} after {@link #stopDelay(Duration)}; a task can be told never to
 * finish pausing, or to fail instead ({@link #neverFinishStopping(long)}, {@link #failWhileStopping(long, String,
 * String)}), for waiter tests.
 */
public final class OmsTasks {
    /** How long a stop takes by default (emulator clock). */
    public static final Duration DEFAULT_STOP_DELAY = Duration.ofSeconds(10);

    private final Clock clock;
    private final Map<Long, Entry> tasks = new LinkedHashMap<>();
    private final Map<String, GroupEntry> groups = new LinkedHashMap<>();
    private final Map<String, Boolean> syncTasks = new LinkedHashMap<>();
    private Duration stopDelay = DEFAULT_STOP_DELAY;

    OmsTasks(Clock clock) {
        this.clock = clock;
    }

    /** What a stop does to a task. */
    private enum Stopping {
        NORMALLY, NEVER, FAILS
    }

    /** A task's mutable state. */
    private static final class Entry {
        OmsTaskStatus status;
        String name;
        String groupId;
        Instant stopsAt;
        Stopping stopping = Stopping.NORMALLY;
        String errorCode;
        String errorMessage;

        /** Applies a pending stop whose time has come. */
        void advance(Instant now) {
            if (status == OmsTaskStatus.PAUSING && stopsAt != null && !now.isBefore(stopsAt)) {
                if (stopping == Stopping.NORMALLY) {
                    status = OmsTaskStatus.STOPPED;
                    stopsAt = null;
                } else if (stopping == Stopping.FAILS) {
                    status = OmsTaskStatus.FAILED;
                    stopsAt = null;
                }
            }
        }
    }

    /** A task group's mutable state (integer status 0..9 as OMS documents). */
    private static final class GroupEntry {
        int status;
        Instant stopsAt;

        void advance(Instant now) {
            if (status == 7 && stopsAt != null && !now.isBefore(stopsAt)) {
                status = 3;
                stopsAt = null;
            }
        }
    }

    /** A task as the API answers it (internal to the emulator). */
    record View(long taskId, String name, OmsTaskStatus status, String groupId, String errorCode,
                String errorMessage) {
    }

    /** Adds a task, or replaces the task with the same id; returns it. */
    public synchronized OmsTask addTask(long taskId, OmsTaskStatus status) {
        return addTask(taskId, status, null);
    }

    /** Adds a task that belongs to task group {@code groupId} (may be null), or replaces the task with the same id. */
    public synchronized OmsTask addTask(long taskId, OmsTaskStatus status, String groupId) {
        OmsTask task = new OmsTask(taskId, status);
        Entry e = new Entry();
        e.status = status;
        e.name = "task-" + taskId;
        e.groupId = groupId;
        tasks.put(taskId, e);
        return task;
    }

    /** How long a stop takes from now on (emulator clock): running → pausing at once, → stopped after this. */
    public synchronized OmsTasks stopDelay(Duration delay) {
        Objects.requireNonNull(delay, "delay");
        if (delay.isNegative()) {
            throw new IllegalArgumentException("delay must not be negative");
        }
        this.stopDelay = delay;
        return this;
    }

    /** The task stays pausing (7) for ever once stopped (a stop that never completes). */
    public synchronized OmsTasks neverFinishStopping(long taskId) {
        entry(taskId).stopping = Stopping.NEVER;
        return this;
    }

    /** Once stopped, the task fails (4) instead of pausing, with this {@code error_reason}. */
    public synchronized OmsTasks failWhileStopping(long taskId, String errorCode, String errorMessage) {
        Entry e = entry(taskId);
        e.stopping = Stopping.FAILS;
        e.errorCode = errorCode;
        e.errorMessage = errorMessage;
        return this;
    }

    /** The task's current state, or empty once it has been deleted (or never existed). */
    public synchronized Optional<OmsTask> task(long taskId) {
        Entry e = tasks.get(taskId);
        if (e == null) {
            return Optional.empty();
        }
        e.advance(clock.instant());
        return Optional.of(new OmsTask(taskId, e.status));
    }

    /** All tasks, in the order they were added. */
    public synchronized List<OmsTask> tasks() {
        Instant now = clock.instant();
        List<OmsTask> out = new ArrayList<>(tasks.size());
        tasks.forEach((id, e) -> {
            e.advance(now);
            out.add(new OmsTask(id, e.status));
        });
        return out;
    }

    /** Adds a task group with status {@code status} (0 to 9, as OMS documents), or replaces it. */
    public synchronized OmsTasks addTaskGroup(String groupId, int status) {
        if (status < 0 || status > 9) {
            throw new IllegalArgumentException("status must be 0 to 9");
        }
        GroupEntry g = new GroupEntry();
        g.status = status;
        groups.put(SmcJobs.requireId(groupId, "groupId"), g);
        return this;
    }

    /** The task group's status (0 to 9), or empty once deleted. */
    public synchronized Optional<Integer> taskGroupStatus(String groupId) {
        GroupEntry g = groups.get(groupId);
        if (g == null) {
            return Optional.empty();
        }
        g.advance(clock.instant());
        return Optional.of(g.status);
    }

    /** Adds a synchronization task, synchronizing or stopped, or replaces it. */
    public synchronized OmsTasks addSyncTask(String syncTaskId, boolean synchronizing) {
        syncTasks.put(SmcJobs.requireId(syncTaskId, "syncTaskId"), synchronizing);
        return this;
    }

    /** Whether the sync task is synchronizing, or empty once deleted. */
    public synchronized Optional<Boolean> syncTaskSynchronizing(String syncTaskId) {
        return Optional.ofNullable(syncTasks.get(syncTaskId));
    }

    /** Removes every task, group and sync task and restores the default stop delay. */
    public synchronized void clear() {
        tasks.clear();
        groups.clear();
        syncTasks.clear();
        stopDelay = DEFAULT_STOP_DELAY;
    }

    // ------------------------------------------------------------------ for HuaweiApi

    /** Deletes the task unless it is in progress; returns it as it was before, or null if unknown. */
    synchronized OmsTask delete(long taskId) {
        Entry e = tasks.get(taskId);
        if (e == null) {
            return null;
        }
        e.advance(clock.instant());
        if (!e.status.inProgress()) {
            tasks.remove(taskId);
        }
        return new OmsTask(taskId, e.status);
    }

    /** Stops a running task (→ pausing); returns its status before, or null if unknown. */
    synchronized OmsTaskStatus stop(long taskId) {
        Entry e = tasks.get(taskId);
        if (e == null) {
            return null;
        }
        e.advance(clock.instant());
        OmsTaskStatus before = e.status;
        if (before == OmsTaskStatus.RUNNING) {
            e.status = OmsTaskStatus.PAUSING;
            e.stopsAt = clock.instant().plus(stopDelay);
            if (stopDelay.isZero()) {
                e.advance(clock.instant());
            }
        }
        return before;
    }

    synchronized View view(long taskId) {
        Entry e = tasks.get(taskId);
        if (e == null) {
            return null;
        }
        e.advance(clock.instant());
        boolean failed = e.status == OmsTaskStatus.FAILED;
        return new View(taskId, e.name, e.status, e.groupId, failed ? e.errorCode : null,
                failed ? e.errorMessage : null);
    }

    /** The tasks matching the filters (null: any), in order. */
    synchronized List<View> find(String groupId, Integer status, String name) {
        Instant now = clock.instant();
        List<View> out = new ArrayList<>();
        tasks.forEach((id, e) -> {
            e.advance(now);
            if ((groupId == null || groupId.equals(e.groupId)) && (status == null || status == e.status.code())
                    && (name == null || name.equals(e.name))) {
                boolean failed = e.status == OmsTaskStatus.FAILED;
                out.add(new View(id, e.name, e.status, e.groupId, failed ? e.errorCode : null,
                        failed ? e.errorMessage : null));
            }
        });
        return out;
    }

    /** Current group status, or null if unknown. */
    synchronized Integer groupStatus(String groupId) {
        GroupEntry g = groups.get(groupId);
        if (g == null) {
            return null;
        }
        g.advance(clock.instant());
        return g.status;
    }

    /** Stops a creating (1) or monitoring (2) group (→ pausing 7 → paused 3); returns the status before, or null. */
    synchronized Integer stopGroup(String groupId) {
        Integer before = groupStatus(groupId);
        if (before != null && (before == 1 || before == 2)) {
            GroupEntry g = groups.get(groupId);
            g.status = 7;
            g.stopsAt = clock.instant().plus(stopDelay);
            g.advance(clock.instant());
        }
        return before;
    }

    /** Deletes a group unless it is in progress (0, 1, 2, 7, 9); returns the status before, or null. */
    synchronized Integer deleteGroup(String groupId) {
        Integer before = groupStatus(groupId);
        if (before != null && !groupInProgress(before)) {
            groups.remove(groupId);
        }
        return before;
    }

    static boolean groupInProgress(int status) {
        return status == 0 || status == 1 || status == 2 || status == 7 || status == 9;
    }

    /** Stops a sync task; returns whether it was synchronizing, or null if unknown. */
    synchronized Boolean stopSync(String syncTaskId) {
        Boolean before = syncTasks.get(syncTaskId);
        if (before != null) {
            syncTasks.put(syncTaskId, false);
        }
        return before;
    }

    /** Deletes a stopped sync task; returns whether it was synchronizing, or null if unknown. */
    synchronized Boolean deleteSync(String syncTaskId) {
        Boolean before = syncTasks.get(syncTaskId);
        if (Boolean.FALSE.equals(before)) {
            syncTasks.remove(syncTaskId);
        }
        return before;
    }

    synchronized Boolean syncStatus(String syncTaskId) {
        return syncTasks.get(syncTaskId);
    }

    private Entry entry(long taskId) {
        Entry e = tasks.get(taskId);
        if (e == null) {
            throw new IllegalArgumentException("no OMS task " + taskId + ": add it first");
        }
        return e;
    }
}
