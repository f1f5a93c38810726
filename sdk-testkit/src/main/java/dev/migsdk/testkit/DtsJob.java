package dev.migsdk.testkit;

import java.util.Objects;

/**
 * An emulated DTS job (a snapshot).
 *
 * @param dtsJobId     the job id ({@code DtsJobId})
 * @param status       the job status
 * @param errorMessage {@code ErrorMessage} (why it failed), or {@code null}
 */
public record DtsJob(String dtsJobId, DtsJobStatus status, String errorMessage) {
    /** Checks that the id and status are not null. */
    public DtsJob {
        Objects.requireNonNull(dtsJobId, "dtsJobId");
        Objects.requireNonNull(status, "status");
    }

    /** A job with no error message. */
    public DtsJob(String dtsJobId, DtsJobStatus status) {
        this(dtsJobId, status, null);
    }

    /** The instance id DescribeDtsJobDetail reports for it: {@code dts} and the job id. */
    public String dtsInstanceId() {
        return "dts" + dtsJobId;
    }
}
