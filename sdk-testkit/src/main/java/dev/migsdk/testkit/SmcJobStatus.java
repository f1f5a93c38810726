package dev.migsdk.testkit;

/** {@code Status} of an SMC replication job, as DescribeReplicationJobs reports it. */
public enum SmcJobStatus {
    /** Not started. */
    READY("Ready"),
    /** Running. */
    RUNNING("Running"),
    /** Stopped (paused). */
    STOPPED("Stopped"),
    /** Failed. */
    IN_ERROR("InError"),
    /** Finished. */
    FINISHED("Finished"),
    /** Waiting to run. */
    WAITING("Waiting"),
    /** Expired. */
    EXPIRED("Expired"),
    /** Being deleted. */
    DELETING("Deleting");

    private final String wireValue;

    SmcJobStatus(String wireValue) {
        this.wireValue = wireValue;
    }

    /** The value as the API spells it, e.g. {@code InError}. */
    public String wireValue() {
        return wireValue;
    }
}
