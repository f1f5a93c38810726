package dev.migsdk.testkit;

import java.util.Objects;

/**
 * An emulated SMS migration task (a snapshot).
 *
 * @param taskId    the task id
 * @param state     the task state
 * @param forbidden whether the caller lacks permission on it (DeleteTask then answers 403 {@code SMS.9004})
 */
public record SmsTask(String taskId, SmsTaskState state, boolean forbidden) {
    /** Checks that no component is null. */
    public SmsTask {
        Objects.requireNonNull(taskId, "taskId");
        Objects.requireNonNull(state, "state");
    }
}
