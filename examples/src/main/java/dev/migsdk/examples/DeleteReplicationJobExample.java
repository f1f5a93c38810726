package dev.migsdk.examples;

import dev.migsdk.smc.SmcClient;
import dev.migsdk.smc.model.DeleteReplicationJobResponse;
import dev.migsdk.testkit.MigrationEmulator;
import dev.migsdk.testkit.SmcBusinessStatus;
import dev.migsdk.testkit.SmcJobStatus;

/**
 * Deletes an SMC replication job. No arguments: against the embedded emulator. {@code <jobId>}: against
 * Alibaba Cloud with the default credentials chain.
 */
public final class DeleteReplicationJobExample {
    private DeleteReplicationJobExample() {
    }

    /** Deletes the job and prints the request id. */
    static void run(SmcClient smc, String jobId) {
        DeleteReplicationJobResponse response = smc.deleteReplicationJob(r -> r.jobId(jobId));
        System.out.println("SMC DeleteReplicationJob " + jobId + ": deleted (request id " + response.requestId()
                + ")");
    }

    public static void main(String[] args) {
        if (args.length > 0) {
            try (SmcClient smc = SmcClient.builder().build()) {
                run(smc, args[0]);
            }
            return;
        }
        try (MigrationEmulator emulator = MigrationEmulator.start()) {
            emulator.smc().addJob("j-bp17m1vi6x21qhqk1234", SmcJobStatus.STOPPED, SmcBusinessStatus.SYNCING);
            run(emulator.smcClient(), "j-bp17m1vi6x21qhqk1234");
        }
    }
}
