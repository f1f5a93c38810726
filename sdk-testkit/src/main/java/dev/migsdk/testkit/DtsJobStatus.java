package dev.migsdk.testkit;

/** Status of a DTS migration, synchronization or change-tracking job. DeleteDtsJob deletes a job in any status. */
public enum DtsJobStatus {
    /** Not started. */
    NOT_STARTED("NotStarted"),
    /** Precheck running. */
    PRECHECKING("Prechecking"),
    /** Precheck failed. */
    PRECHECK_FAILED("PrecheckFailed"),
    /** Migrating. */
    MIGRATING("Migrating"),
    /** Synchronizing. */
    SYNCHRONIZING("Synchronizing"),
    /** Paused. */
    SUSPENDING("Suspending"),
    /** Failed. */
    FAILED("Failed"),
    /** Finished. */
    FINISHED("Finished");

    private final String wireValue;

    DtsJobStatus(String wireValue) {
        this.wireValue = wireValue;
    }

    /** The value as the API spells it. */
    public String wireValue() {
        return wireValue;
    }
}
