package dev.migsdk.cleanup.internal;

import dev.migsdk.cleanup.TaskRef;
import dev.migsdk.core.waiter.WaiterConfig;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * One service's part of a clean-up, on its async client. Futures fail with the SDK's exceptions:
 * {@code InvalidStatusException} (the task's state refuses the call), {@code ResourceNotFoundException}
 * (no such task), the waiter's exceptions, or any other. Internal API.
 */
public interface ServiceOps {

    /** Deletes the task. */
    CompletableFuture<Answer> delete(TaskRef task);

    /** Stops (or pauses) the task so that it may then be deleted. */
    CompletableFuture<Answer> stop(TaskRef task);

    /** Waits until the task may be deleted (or is gone). */
    CompletableFuture<Waited> waitUntilDeletable(TaskRef task, WaiterConfig config);

    /** The most tasks one batch delete takes; 1 when the service has no batch delete. */
    default int batchLimit() {
        return 1;
    }

    /**
     * Deletes several tasks in one call; the answer has one item per task, in order. A failure of the whole
     * call fails the future.
     */
    default CompletableFuture<List<BatchItem>> deleteBatch(List<TaskRef> tasks) {
        throw new UnsupportedOperationException("no batch delete");
    }

    /**
     * A call's answer.
     *
     * @param requestId      the service's request id, or null
     * @param attempts       HTTP attempts the call made
     * @param alreadyDeleted for a delete: the task was already gone
     */
    record Answer(String requestId, int attempts, boolean alreadyDeleted) {
    }

    /**
     * A wait that ended well.
     *
     * @param lastState the state that ended it, or null
     * @param polls     how many polls it made
     * @param gone      the task disappeared while waited for
     */
    record Waited(String lastState, int polls, boolean gone) {
    }

    /**
     * One task's part of a batch delete.
     *
     * @param error why this task was not deleted (an SDK exception as a single delete would throw), or null
     */
    record BatchItem(Exception error) {
    }
}
