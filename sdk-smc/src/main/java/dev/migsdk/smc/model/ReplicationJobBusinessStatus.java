package dev.migsdk.smc.model;

/**
 * {@code BusinessStatus} of an SMC migration job, as {@code DescribeReplicationJobs} documents it. A value
 * this version of the SDK does not know is {@link #UNKNOWN_TO_SDK_VERSION}; the raw value stays available
 * from {@link ReplicationJob#businessStatusAsString()}.
 */
public enum ReplicationJobBusinessStatus {
    /** Preparing. */
    PREPARING("Preparing"),
    /** Syncing data; with {@link ReplicationJobStatus#RUNNING} the state in which a job can be stopped. */
    SYNCING("Syncing"),
    /** Processing (e.g. creating the image). */
    PROCESSING("Processing"),
    /** Releasing intermediate resources. */
    CLEANING("Cleaning"),
    /** A value the service sent that this SDK version does not know. */
    UNKNOWN_TO_SDK_VERSION(null);

    private final String value;

    ReplicationJobBusinessStatus(String value) {
        this.value = value;
    }

    /** The value as SMC spells it; {@code null} for {@link #UNKNOWN_TO_SDK_VERSION}. */
    public String value() {
        return value;
    }

    /** The constant for a wire value: {@code null} for {@code null}, {@link #UNKNOWN_TO_SDK_VERSION} if unknown. */
    public static ReplicationJobBusinessStatus fromValue(String value) {
        if (value == null) {
            return null;
        }
        for (ReplicationJobBusinessStatus s : values()) {
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
