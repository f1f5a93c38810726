package dev.migsdk.testkit;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The emulated OMS migration tasks (of the emulator's one project). Thread-safe. */
public final class OmsTasks {
    private final Map<Long, OmsTask> tasks = new LinkedHashMap<>();

    OmsTasks() {
    }

    /** Adds a task, or replaces the task with the same id; returns it. */
    public synchronized OmsTask addTask(long taskId, OmsTaskStatus status) {
        OmsTask task = new OmsTask(taskId, status);
        tasks.put(taskId, task);
        return task;
    }

    /** The task's current state, or empty once it has been deleted (or never existed). */
    public synchronized Optional<OmsTask> task(long taskId) {
        return Optional.ofNullable(tasks.get(taskId));
    }

    /** All tasks, in the order they were added. */
    public synchronized List<OmsTask> tasks() {
        return List.copyOf(tasks.values());
    }

    /** Removes every task. */
    public synchronized void clear() {
        tasks.clear();
    }

    /** Deletes the task unless it is in progress; returns it as it was before, or null if unknown. */
    synchronized OmsTask delete(long taskId) {
        OmsTask before = tasks.get(taskId);
        if (before != null && !before.status().inProgress()) {
            tasks.remove(taskId);
        }
        return before;
    }
}
