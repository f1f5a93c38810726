package dev.migsdk.testkit;

import java.util.Objects;

/**
 * An emulated DTS job (a snapshot).
 *
 * @param dtsJobId the job id ({@code DtsJobId})
 * @param status   the job status
 */
public record DtsJob(String dtsJobId, DtsJobStatus status) {
    /** Checks that no component is null. */
    public DtsJob {
        Objects.requireNonNull(dtsJobId, "dtsJobId");
        Objects.requireNonNull(status, "status");
    }
}
