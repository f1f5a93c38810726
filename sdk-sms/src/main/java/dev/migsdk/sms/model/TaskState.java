package dev.migsdk.sms.model;

/**
 * {@code state} of an SMS v3 migration task. A value this SDK does not know is {@link #UNKNOWN_TO_SDK_VERSION}
 * (the raw text stays available as {@link Task#stateAsString()}), so a new state never breaks a caller.
 */
public enum TaskState {
    /** Ready (created, not started); can be deleted. */
    READY("READY"),
    /** Migrating; can be stopped, cannot be deleted. */
    RUNNING("RUNNING"),
    /** Synchronizing; can be stopped, cannot be deleted. */
    SYNCING("SYNCING"),
    /** Migration succeeded; can be deleted. */
    MIGRATE_SUCCESS("MIGRATE_SUCCESS"),
    /** Migration failed; can be deleted. */
    MIGRATE_FAIL("MIGRATE_FAIL"),
    /** Being stopped, on the way to {@link #ABORT}; cannot be deleted. */
    ABORTING("ABORTING"),
    /** Stopped; can be deleted. */
    ABORT("ABORT"),
    /** Being deleted. */
    DELETING("DELETING"),
    /** Rolling back a failed synchronization; cannot be deleted. */
    SYNC_F_ROLLBACKING("SYNC_F_ROLLBACKING"),
    /** A failed synchronization was rolled back; can be deleted. */
    SYNC_F_ROLLBACK_SUCCESS("SYNC_F_ROLLBACK_SUCCESS"),
    /** A state this version of the SDK does not know. */
    UNKNOWN_TO_SDK_VERSION(null);

    private final String value;

    TaskState(String value) {
        this.value = value;
    }

    /** The state for {@code value} (exact, as SMS sends it): {@code null} for {@code null}, {@link #UNKNOWN_TO_SDK_VERSION} for any other unknown text. */
    public static TaskState fromValue(String value) {
        if (value == null) {
            return null;
        }
        for (TaskState s : values()) {
            if (value.equals(s.value)) {
                return s;
            }
        }
        return UNKNOWN_TO_SDK_VERSION;
    }

    /** Whether SMS refuses to delete a task in this state ({@code SMS.2015}) while its agent is connected. */
    public boolean inProgress() {
        return this == RUNNING || this == SYNCING || this == ABORTING || this == DELETING || this == SYNC_F_ROLLBACKING;
    }

    /** The text SMS uses ({@code "UNKNOWN_TO_SDK_VERSION"} for the unknown placeholder). */
    @Override
    public String toString() {
        return value == null ? name() : value;
    }
}
