package dev.migsdk.examples;

import dev.migsdk.oms.OmsClient;
import dev.migsdk.oms.model.DeleteTaskResponse;
import dev.migsdk.testkit.MigrationEmulator;
import dev.migsdk.testkit.OmsTaskStatus;

/**
 * Deletes a Huawei Cloud OMS (Object Storage Migration) task; the project id comes from the credentials.
 * No arguments: against the embedded emulator. {@code <region> <taskId>}: against Huawei Cloud, e.g.
 * {@code cn-north-4 1234567890123}.
 */
public final class OmsDeleteTaskExample {
    private OmsDeleteTaskExample() {
    }

    /** Deletes the task and prints the request id. */
    static void run(OmsClient oms, long taskId) {
        DeleteTaskResponse response = oms.deleteTask(r -> r.taskId(taskId));
        System.out.println("OMS DeleteTask " + taskId + ": deleted (request id " + response.requestId() + ")");
    }

    public static void main(String[] args) {
        if (args.length > 1) {
            try (OmsClient oms = OmsClient.builder().region(args[0]).build()) {
                run(oms, Long.parseLong(args[1]));
            }
            return;
        }
        try (MigrationEmulator emulator = MigrationEmulator.start()) {
            emulator.oms().addTask(1234567890123L, OmsTaskStatus.STOPPED);
            run(emulator.omsClient(), 1234567890123L);
        }
    }
}
