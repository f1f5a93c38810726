package dev.migsdk.examples;

import dev.migsdk.core.exception.InvalidStatusException;
import dev.migsdk.smc.SmcClient;
import dev.migsdk.testkit.MigrationEmulator;
import dev.migsdk.testkit.SmcBusinessStatus;
import dev.migsdk.testkit.SmcJobStatus;

/**
 * SMC refuses to delete a running job ({@code ReplicationJob.InvalidStatus}): stop it, then delete it. A job
 * that is not running is deleted straight away. No arguments: against the embedded emulator.
 * {@code <jobId>}: against Alibaba Cloud.
 */
public final class StopThenDeleteExample {
    private StopThenDeleteExample() {
    }

    /** Deletes the job, stopping it first if SMC says it is still running. */
    static void run(SmcClient smc, String jobId) {
        try {
            smc.deleteReplicationJob(r -> r.jobId(jobId));
            System.out.println(jobId + ": deleted");
        } catch (InvalidStatusException running) {
            System.out.println(jobId + ": still running (" + running.errorCode() + "), stopping it first");
            smc.stopReplicationJob(r -> r.jobId(jobId));
            // Real SMC may take a moment to reach Stopped; poll DescribeReplicationJobs before deleting.
            smc.deleteReplicationJob(r -> r.jobId(jobId));
            System.out.println(jobId + ": stopped, then deleted");
        }
    }

    public static void main(String[] args) {
        if (args.length > 0) {
            try (SmcClient smc = SmcClient.builder().build()) {
                run(smc, args[0]);
            }
            return;
        }
        try (MigrationEmulator emulator = MigrationEmulator.start()) {
            emulator.smc().addJob("j-running", SmcJobStatus.RUNNING, SmcBusinessStatus.SYNCING);
            emulator.smc().addJob("j-finished", SmcJobStatus.FINISHED, SmcBusinessStatus.SYNCING);
            SmcClient smc = emulator.smcClient();
            run(smc, "j-running");
            run(smc, "j-finished");
        }
    }
}
