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
    /**
     * 7: pausing, on the way from running to stopped after a stop; cannot be deleted. (The API reference says
     * pausing; the official Go/Python models' comments say waiting. The SDK and the emulator follow the reference.)
     */
    PAUSING(7);

    private final int code;

    OmsTaskStatus(int code) {
        this.code = code;
    }

    /** The integer the API uses. */
    public int code() {
        return code;
    }

    /** Whether DeleteTask refuses a task in this status (1, 2 and 7: waiting, migrating, pausing). */
    public boolean inProgress() {
        return this == WAITING_FOR_SCHEDULING || this == RUNNING || this == PAUSING;
    }
}
