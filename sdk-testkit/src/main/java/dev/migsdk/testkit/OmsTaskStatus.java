package dev.migsdk.testkit;

/** {@code status} of an OMS v2 migration task (integer code 1..7). */
public enum OmsTaskStatus {
    /** 1: waiting for scheduling; cannot be deleted. */
    WAITING_FOR_SCHEDULING(1),
    /** 2: running; cannot be deleted. */
    RUNNING(2),
    /** 3: stopped (paused). */
    STOPPED(3),
    /** 4: failed. */
    FAILED(4),
    /** 5: succeeded. */
    SUCCEEDED(5),
    /** 7: waiting; cannot be deleted. */
    WAITING(7);

    private final int code;

    OmsTaskStatus(int code) {
        this.code = code;
    }

    /** The integer the API uses. */
    public int code() {
        return code;
    }

    /** Whether DeleteTask refuses a task in this status (the emulator treats 1, 2 and 7 as in progress). */
    public boolean inProgress() {
        return this == WAITING_FOR_SCHEDULING || this == RUNNING || this == WAITING;
    }
}
