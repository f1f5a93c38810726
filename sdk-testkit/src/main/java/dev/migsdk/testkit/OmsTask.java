package dev.migsdk.testkit;

import java.util.Objects;

/**
 * An emulated OMS migration task (a snapshot).
 *
 * @param taskId the positive task id
 * @param status the task status
 */
public record OmsTask(long taskId, OmsTaskStatus status) {
    /** Checks the id is in OMS's documented range (0..999999999999999) and the status present. */
    public OmsTask {
        if (taskId < 0 || taskId > 999_999_999_999_999L) {
            throw new IllegalArgumentException("taskId must be 0 to 999999999999999");
        }
        Objects.requireNonNull(status, "status");
    }
}
