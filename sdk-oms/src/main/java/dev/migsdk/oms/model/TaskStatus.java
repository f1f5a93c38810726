package dev.migsdk.oms.model;

/**
 * {@code status} of an OMS v2 migration task. OMS sends an integer; a value this SDK does not know is
 * {@link #UNKNOWN_TO_SDK_VERSION} (the raw integer stays available, e.g. {@link Task#statusCode()}), so a new
 * status never breaks a caller.
 *
 * <p>7 is <em>pausing</em>, as the API reference says (the official Go/Python models' comments call it
 * "waiting"); a stop moves a task 2 → 7 → 3. See docs/DECISIONS.md, "Lifecycle operations".
 */
public enum TaskStatus {
    /** 1: waiting to be scheduled; cannot be deleted. */
    WAITING(1),
    /** 2: migrating; can be stopped (paused), cannot be deleted. */
    MIGRATING(2),
    /** 3: paused (stopped); can be deleted or started again. */
    PAUSED(3),
    /** 4: failed; can be deleted or started again. */
    FAILED(4),
    /** 5: succeeded; can be deleted. */
    SUCCEEDED(5),
    /** 6: retrying (in the official Go model's status comment); treated as in progress. */
    RETRYING(6),
    /** 7: pausing, on the way from migrating to paused; cannot be deleted. */
    PAUSING(7),
    /** A status this version of the SDK does not know. */
    UNKNOWN_TO_SDK_VERSION(-1);

    private final int code;

    TaskStatus(int code) {
        this.code = code;
    }

    /** The integer OMS uses, or -1 for {@link #UNKNOWN_TO_SDK_VERSION}. */
    public int code() {
        return code;
    }

    /** The status for {@code code}: {@code null} for {@code null}, {@link #UNKNOWN_TO_SDK_VERSION} for any other unknown value. */
    public static TaskStatus fromValue(Integer code) {
        if (code == null) {
            return null;
        }
        for (TaskStatus s : values()) {
            if (s.code == code && s != UNKNOWN_TO_SDK_VERSION) {
                return s;
            }
        }
        return UNKNOWN_TO_SDK_VERSION;
    }

    /** Whether OMS refuses to delete a task in this status (waiting, migrating, retrying, pausing). */
    public boolean inProgress() {
        return this == WAITING || this == MIGRATING || this == RETRYING || this == PAUSING;
    }
}
