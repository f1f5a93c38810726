package dev.migsdk.testkit;

import java.util.Objects;

/**
 * An emulated SMC replication job (a snapshot).
 *
 * @param jobId          the job id
 * @param status         {@code Status}
 * @param businessStatus {@code BusinessStatus}
 * @param name           {@code Name}, or {@code null}
 * @param sourceId       {@code SourceId}, or {@code null}
 * @param regionId       {@code RegionId}, or {@code null}
 * @param statusInfo     {@code StatusInfo} (e.g. why it failed), or {@code null}
 * @param errorCode      {@code ErrorCode}, or {@code null}
 */
public record SmcJob(String jobId, SmcJobStatus status, SmcBusinessStatus businessStatus, String name,
                     String sourceId, String regionId, String statusInfo, String errorCode) {
    /** Checks that the id and the statuses are not null. */
    public SmcJob {
        Objects.requireNonNull(jobId, "jobId");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(businessStatus, "businessStatus");
    }

    /** A job with only an id and its statuses. */
    public SmcJob(String jobId, SmcJobStatus status, SmcBusinessStatus businessStatus) {
        this(jobId, status, businessStatus, null, null, null, null, null);
    }

    /** This job in another status, other fields kept. */
    public SmcJob withStatus(SmcJobStatus newStatus) {
        return new SmcJob(jobId, newStatus, businessStatus, name, sourceId, regionId, statusInfo, errorCode);
    }

    /** This job failed: {@link SmcJobStatus#IN_ERROR} with the given code and status information. */
    public SmcJob failed(String newErrorCode, String newStatusInfo) {
        return new SmcJob(jobId, SmcJobStatus.IN_ERROR, businessStatus, name, sourceId, regionId, newStatusInfo,
                newErrorCode);
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
