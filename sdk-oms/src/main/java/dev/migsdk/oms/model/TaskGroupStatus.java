package dev.migsdk.oms.model;

/**
 * {@code status} of an OMS v2 migration task group (integer 0 to 9 as the ShowTaskGroup page documents). A
 * value this SDK does not know is {@link #UNKNOWN_TO_SDK_VERSION}; the raw integer stays available.
 */
public enum TaskGroupStatus {
    /** 0: waiting. */
    WAITING(0),
    /** 1: executing (creating tasks). */
    EXECUTING(1),
    /** 2: monitoring (running its tasks). */
    MONITORING(2),
    /** 3: paused. */
    PAUSED(3),
    /** 4: creation failed. */
    CREATE_FAILED(4),
    /** 5: migration failed. */
    MIGRATE_FAILED(5),
    /** 6: completed. */
    COMPLETED(6),
    /** 7: pausing. */
    PAUSING(7),
    /** 8: waiting for deletion. */
    WAITING_FOR_DELETION(8),
    /** 9: deleting. */
    DELETING(9),
    /** A status this version of the SDK does not know. */
    UNKNOWN_TO_SDK_VERSION(-1);

    private final int code;

    TaskGroupStatus(int code) {
        this.code = code;
    }

    /** The integer OMS uses, or -1 for {@link #UNKNOWN_TO_SDK_VERSION}. */
    public int code() {
        return code;
    }

    /** The status for {@code code}: {@code null} for {@code null}, {@link #UNKNOWN_TO_SDK_VERSION} for any other unknown value. */
    public static TaskGroupStatus fromValue(Integer code) {
        if (code == null) {
            return null;
        }
        for (TaskGroupStatus s : values()) {
            if (s.code == code && s != UNKNOWN_TO_SDK_VERSION) {
                return s;
            }
        }
        return UNKNOWN_TO_SDK_VERSION;
    }
}
