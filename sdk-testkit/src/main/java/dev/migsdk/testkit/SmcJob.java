package dev.migsdk.testkit;

import java.util.Objects;

/**
 * An emulated SMC replication job (a snapshot).
 *
 * @param jobId          the job id
 * @param status         {@code Status}
 * @param businessStatus {@code BusinessStatus}
 */
public record SmcJob(String jobId, SmcJobStatus status, SmcBusinessStatus businessStatus) {
    /** Checks that no component is null. */
    public SmcJob {
        Objects.requireNonNull(jobId, "jobId");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(businessStatus, "businessStatus");
    }

    /** Whether StopReplicationJob accepts the job: Running and Syncing. */
    public boolean stoppable() {
        return status == SmcJobStatus.RUNNING && businessStatus == SmcBusinessStatus.SYNCING;
    }

    /** Whether DeleteReplicationJob accepts the job: anything but Running and Deleting. */
    public boolean deletable() {
        return status != SmcJobStatus.RUNNING && status != SmcJobStatus.DELETING;
    }
}
