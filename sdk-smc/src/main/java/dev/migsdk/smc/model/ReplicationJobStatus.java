package dev.migsdk.smc.model;

/**
 * {@code Status} of an SMC migration job, as {@code DescribeReplicationJobs} documents it. A value this
 * version of the SDK does not know is {@link #UNKNOWN_TO_SDK_VERSION}; the raw value stays available from
 * {@link ReplicationJob#statusAsString()}.
 */
public enum ReplicationJobStatus {
    /** Created, not started. */
    READY("Ready"),
    /** Running (and, after {@code StopReplicationJob}, until it has stopped). */
    RUNNING("Running"),
    /** Stopped (paused); can be started again or deleted. */
    STOPPED("Stopped"),
    /** Failed; see {@link ReplicationJob#statusInfo()} and {@link ReplicationJob#errorCode()}. */
    IN_ERROR("InError"),
    /** Finished. */
    FINISHED("Finished"),
    /** Waiting (e.g. for the next incremental run or for a cut-over). */
    WAITING("Waiting"),
    /** Expired. */
    EXPIRED("Expired"),
    /** Being deleted. */
    DELETING("Deleting"),
    /** A value the service sent that this SDK version does not know. */
    UNKNOWN_TO_SDK_VERSION(null);

    private final String value;

    ReplicationJobStatus(String value) {
        this.value = value;
    }

    /** The value as SMC spells it, e.g. {@code InError}; {@code null} for {@link #UNKNOWN_TO_SDK_VERSION}. */
    public String value() {
        return value;
    }

    /**
     * The constant for a wire value: {@code null} for {@code null}, {@link #UNKNOWN_TO_SDK_VERSION} for a
     * value not listed here. Never throws.
     */
    public static ReplicationJobStatus fromValue(String value) {
        if (value == null) {
            return null;
        }
        for (ReplicationJobStatus s : values()) {
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
