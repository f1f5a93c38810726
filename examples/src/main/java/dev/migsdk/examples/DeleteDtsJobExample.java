package dev.migsdk.examples;

import dev.migsdk.dts.DtsClient;
import dev.migsdk.dts.model.DeleteDtsJobResponse;
import dev.migsdk.testkit.DtsJobStatus;
import dev.migsdk.testkit.MigrationEmulator;

/**
 * Deletes a DTS migration, synchronization or change-tracking job. No arguments: against the embedded
 * emulator. {@code <region> <dtsJobId>}: against Alibaba Cloud, e.g. {@code cn-hangzhou l3m1213ye7l1234}.
 */
public final class DeleteDtsJobExample {
    private DeleteDtsJobExample() {
    }

    /** Deletes the job and prints what DTS answered. */
    static void run(DtsClient dts, String dtsJobId) {
        DeleteDtsJobResponse response = dts.deleteDtsJob(r -> r.dtsJobId(dtsJobId));
        System.out.println("DTS DeleteDtsJob " + dtsJobId + ": success=" + response.success() + " (request id "
                + response.requestId() + ")");
    }

    public static void main(String[] args) {
        if (args.length > 1) {
            try (DtsClient dts = DtsClient.builder().region(args[0]).build()) {
                run(dts, args[1]);
            }
            return;
        }
        try (MigrationEmulator emulator = MigrationEmulator.start()) {
            emulator.dts().addJob("l3m1213ye7l1234", DtsJobStatus.SYNCHRONIZING);
            run(emulator.dtsClient(), "l3m1213ye7l1234");
        }
    }
}
