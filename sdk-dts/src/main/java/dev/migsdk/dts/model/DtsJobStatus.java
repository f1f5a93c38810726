package dev.migsdk.dts.model;

/**
 * {@code Status} of a DTS migration, synchronization or change-tracking task, as {@code DescribeDtsJobDetail}
 * and {@code DescribeDtsJobs} report it. A value this SDK version does not know is
 * {@link #UNKNOWN_TO_SDK_VERSION}; the raw value stays available from
 * {@link DescribeDtsJobDetailResponse#statusAsString()}.
 */
public enum DtsJobStatus {
    /** Not started. */
    NOT_STARTED("NotStarted"),
    /** Precheck running. */
    PRECHECKING("Prechecking"),
    /** Precheck failed. */
    PRECHECK_FAILED("PrecheckFailed"),
    /** Precheck passed. */
    PRE_CHECK_PASS("PreCheckPass"),
    /** Not configured. */
    NOT_CONFIGURED("NotConfigured"),
    /** Migrating data. */
    MIGRATING("Migrating"),
    /** Paused (after {@code SuspendDtsJob}); despite the name, not a transitional state. */
    SUSPENDING("Suspending"),
    /** Migration failed. */
    MIGRATION_FAILED("MigrationFailed"),
    /** Finished (also where a task ends after {@code StopDtsJob}). */
    FINISHED("Finished"),
    /** Retrying after an error. */
    RETRYING("Retrying"),
    /** Instance class being upgraded. */
    UPGRADE("Upgrade"),
    /** Locked (e.g. overdue payment). */
    LOCKED("Locked"),
    /** Instance class being downgraded. */
    DOWNGRADE("Downgrade"),
    /** Initial synchronization running. */
    INITIALIZING("Initializing"),
    /** Initial synchronization failed. */
    INITIALIZE_FAILED("InitializeFailed"),
    /** Synchronizing data. */
    SYNCHRONIZING("Synchronizing"),
    /** Failed. */
    FAILED("Failed"),
    /** The task's objects are being modified. */
    MODIFYING("Modifying"),
    /** Change tracking starting. */
    STARTING("Starting"),
    /** Change tracking running normally. */
    NORMAL("Normal"),
    /** Change tracking not running normally. */
    ABNORMAL("Abnormal"),
    /** A value the service sent that this SDK version does not know. */
    UNKNOWN_TO_SDK_VERSION(null);

    private final String value;

    DtsJobStatus(String value) {
        this.value = value;
    }

    /** The value as DTS spells it, e.g. {@code Synchronizing}; {@code null} for {@link #UNKNOWN_TO_SDK_VERSION}. */
    public String value() {
        return value;
    }

    /**
     * The constant for a wire value: {@code null} for {@code null}, {@link #UNKNOWN_TO_SDK_VERSION} for a
     * value not listed here. Never throws.
     */
    public static DtsJobStatus fromValue(String value) {
        if (value == null) {
            return null;
        }
        for (DtsJobStatus s : values()) {
            if (value.equals(s.value)) {
                return s;
            }
        }
        return UNKNOWN_TO_SDK_VERSION;
    }

    @Override
    public String toString() {
        return value == null ? name() : value;
    }
}
