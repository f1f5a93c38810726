package dev.migsdk.examples;

import dev.migsdk.smc.SmcClient;
import dev.migsdk.smc.model.StopReplicationJobResponse;
import dev.migsdk.testkit.MigrationEmulator;
import dev.migsdk.testkit.SmcBusinessStatus;
import dev.migsdk.testkit.SmcJobStatus;

/**
 * Stops (pauses) a running SMC replication job; only jobs that are Running and Syncing can be stopped.
 * No arguments: against the embedded emulator. {@code <jobId>}: against Alibaba Cloud.
 */
public final class StopReplicationJobExample {
    private StopReplicationJobExample() {
    }

    /** Stops the job and prints the request id. */
    static void run(SmcClient smc, String jobId) {
        StopReplicationJobResponse response = smc.stopReplicationJob(r -> r.jobId(jobId));
        System.out.println("SMC StopReplicationJob " + jobId + ": stopped (request id " + response.requestId() + ")");
    }

    public static void main(String[] args) {
        if (args.length > 0) {
            try (SmcClient smc = SmcClient.builder().build()) {
                run(smc, args[0]);
            }
            return;
        }
        try (MigrationEmulator emulator = MigrationEmulator.start()) {
            emulator.smc().addJob("j-bp17m1vi6x21qhqk1234", SmcJobStatus.RUNNING, SmcBusinessStatus.SYNCING);
            run(emulator.smcClient(), "j-bp17m1vi6x21qhqk1234");
        }
    }
}
