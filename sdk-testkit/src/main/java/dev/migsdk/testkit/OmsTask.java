package dev.migsdk.testkit;

import java.util.Objects;

/**
 * An emulated OMS migration task (a snapshot).
 *
 * @param taskId the positive task id
 * @param status the task status
 */
public record OmsTask(long taskId, OmsTaskStatus status) {
    /** Checks the id is positive and the status present. */
    public OmsTask {
        if (taskId <= 0) {
            throw new IllegalArgumentException("taskId must be positive");
        }
        Objects.requireNonNull(status, "status");
    }
}
