package dev.migsdk.testkit;

/** {@code BusinessStatus} of an SMC replication job. */
public enum SmcBusinessStatus {
    /** Preparing. */
    PREPARING("Preparing"),
    /** Syncing data; together with {@link SmcJobStatus#RUNNING} the only state in which a job can be stopped. */
    SYNCING("Syncing"),
    /** Processing. */
    PROCESSING("Processing"),
    /** Releasing intermediate resources. */
    CLEANING("Cleaning");

    private final String wireValue;

    SmcBusinessStatus(String wireValue) {
        this.wireValue = wireValue;
    }

    /** The value as the API spells it. */
    public String wireValue() {
        return wireValue;
    }
}
