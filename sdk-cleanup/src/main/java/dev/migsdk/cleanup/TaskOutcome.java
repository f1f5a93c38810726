package dev.migsdk.cleanup;

/** How the clean-up of one task ended. */
public enum TaskOutcome {
    /** The task was deleted by this clean-up (stopped first if it had to be). */
    DELETED(true),
    /** The task was already gone: nothing to do, which counts as success. */
    ALREADY_DELETED(true),
    /** The task could not be cleaned up: a refusal, a state it cannot leave, or no usable answer. */
    FAILED(false),
    /** The task was stopped but did not become deletable within the waiter's time. */
    WAIT_TIMED_OUT(false),
    /** The clean-up was cancelled before anything was sent for this task. */
    NOT_STARTED(false),
    /** The clean-up was cancelled while this task was under way; {@link TaskResult#steps()} says how far it got. */
    INTERRUPTED(false);

    private final boolean success;

    TaskOutcome(boolean success) {
        this.success = success;
    }

    /** Whether the task is gone now. */
    public boolean isSuccess() {
        return success;
    }
}
