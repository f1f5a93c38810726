package dev.migsdk.examples;

import dev.migsdk.core.exception.InvalidStatusException;
import dev.migsdk.core.waiter.WaiterResult;
import dev.migsdk.smc.SmcClient;
import dev.migsdk.smc.model.ReplicationJob;
import dev.migsdk.testkit.MigrationEmulator;
import dev.migsdk.testkit.SmcBusinessStatus;
import dev.migsdk.testkit.SmcJobStatus;
import dev.migsdk.testkit.VirtualClock;
import java.time.Duration;

/**
 * SMC refuses to delete a running job ({@code ReplicationJob.InvalidStatus}): stop it, wait until the stop has
 * finished (SMC stops asynchronously, so deleting right after the stop would be refused again), then delete it.
 * A job that is not running is deleted straight away. No arguments: against the embedded emulator, whose
 * virtual clock makes a two-minute stop pass at once. {@code <jobId>}: against Alibaba Cloud.
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
            WaiterResult<ReplicationJob> stopped = smc.waiter().waitUntilDeletable(jobId);
            System.out.println(jobId + ": " + stopped.response().map(ReplicationJob::statusAsString).orElse("gone")
                    + " after " + stopped.attempts() + " polls (" + stopped.elapsed() + ")");
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
        try (MigrationEmulator emulator = MigrationEmulator.builder().clock(VirtualClock.startingNow()).start()) {
            emulator.smc().stopDelay(Duration.ofMinutes(2));
            emulator.smc().addJob("j-running", SmcJobStatus.RUNNING, SmcBusinessStatus.SYNCING);
            emulator.smc().addJob("j-finished", SmcJobStatus.FINISHED, SmcBusinessStatus.SYNCING);
            SmcClient smc = emulator.smcClient();
            run(smc, "j-running");
            run(smc, "j-finished");
        }
    }
}
