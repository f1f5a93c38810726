package dev.migsdk.testkit;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The emulated SMS migration tasks. Thread-safe. */
public final class SmsTasks {
    private final Map<String, SmsTask> tasks = new LinkedHashMap<>();

    SmsTasks() {
    }

    /** Adds a task, or replaces the task with the same id; returns it. */
    public synchronized SmsTask addTask(String taskId, SmsTaskState state) {
        return put(new SmsTask(SmcJobs.requireId(taskId, "taskId"), state, false));
    }

    /**
     * Adds a task the caller has no permission on: DeleteTask answers 403 with the documented {@code SMS.9004}
     * body (with {@code encoded_authorization_message}, {@code error_param} and {@code details}).
     */
    public synchronized SmsTask addForbiddenTask(String taskId) {
        return put(new SmsTask(SmcJobs.requireId(taskId, "taskId"), SmsTaskState.READY, true));
    }

    /** The task's current state, or empty once it has been deleted (or never existed). */
    public synchronized Optional<SmsTask> task(String taskId) {
        return Optional.ofNullable(tasks.get(taskId));
    }

    /** All tasks, in the order they were added. */
    public synchronized List<SmsTask> tasks() {
        return List.copyOf(tasks.values());
    }

    /** Removes every task. */
    public synchronized void clear() {
        tasks.clear();
    }

    /** Deletes the task unless it is forbidden or in progress; returns it as it was before, or null if unknown. */
    synchronized SmsTask delete(String taskId) {
        SmsTask before = tasks.get(taskId);
        if (before != null && !before.forbidden() && !before.state().inProgress()) {
            tasks.remove(taskId);
        }
        return before;
    }

    private SmsTask put(SmsTask task) {
        tasks.put(task.taskId(), task);
        return task;
    }
}
