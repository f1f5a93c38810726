package dev.migsdk.testkit;

/** {@code state} of an SMS v3 migration task. */
public enum SmsTaskState {
    /** Ready. */
    READY,
    /** Migrating; cannot be deleted. */
    RUNNING,
    /** Synchronizing; cannot be deleted. */
    SYNCING,
    /** Migration succeeded. */
    MIGRATE_SUCCESS,
    /** Migration failed. */
    MIGRATE_FAIL,
    /** Being stopped; cannot be deleted. */
    ABORTING,
    /** Stopped. */
    ABORT,
    /** Being deleted; cannot be deleted again. */
    DELETING,
    /** Rolling back a failed synchronization; cannot be deleted. */
    SYNC_F_ROLLBACKING,
    /** Rollback of a failed synchronization succeeded. */
    SYNC_F_ROLLBACK_SUCCESS;

    /** Whether DeleteTask refuses a task in this state ({@code SMS.2015}). */
    public boolean inProgress() {
        return this == RUNNING || this == SYNCING || this == ABORTING || this == DELETING
                || this == SYNC_F_ROLLBACKING;
    }
}
