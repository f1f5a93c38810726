package dev.migsdk.cleanup;

/**
 * Hears a clean-up's progress. Called on the threads that complete the SDK's calls: keep it quick and do not
 * block; an exception it throws is logged and otherwise ignored. Default methods do nothing.
 */
public interface CleanupListener {

    /** The first request for {@code task} is about to be sent. */
    default void taskStarted(TaskRef task) {
    }

    /** A step of {@code task} ended, e.g. {@code stop} or {@code wait: Stopped after 3 polls}. */
    default void stepCompleted(TaskRef task, String step) {
    }

    /** {@code task} has its outcome (called once per task, also for tasks cancelled before they started). */
    default void taskFinished(TaskResult result) {
    }
}
