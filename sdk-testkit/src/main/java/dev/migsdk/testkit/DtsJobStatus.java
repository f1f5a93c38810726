package dev.migsdk.testkit;

/**
 * Status of a DTS migration, synchronization or change-tracking job. DeleteDtsJob deletes a job in any status
 * (DTS documents no state precondition).
 */
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
    /** Paused (after SuspendDtsJob). */
    SUSPENDING("Suspending"),
    /** The job's objects are being modified. */
    MODIFYING("Modifying"),
    /** Migration failed. */
    MIGRATION_FAILED("MigrationFailed"),
    /** Failed. */
    FAILED("Failed"),
    /** Finished (also where a job ends after StopDtsJob). */
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
