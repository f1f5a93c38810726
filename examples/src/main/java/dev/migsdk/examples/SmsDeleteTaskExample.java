package dev.migsdk.examples;

import dev.migsdk.sms.SmsClient;
import dev.migsdk.sms.model.DeleteTaskResponse;
import dev.migsdk.testkit.MigrationEmulator;
import dev.migsdk.testkit.SmsTaskState;

/**
 * Deletes a Huawei Cloud SMS (Server Migration Service) task; SMS is a global service, the account (domain)
 * id comes from the credentials. No arguments: against the embedded emulator. {@code <region> <taskId>}:
 * against Huawei Cloud, e.g. {@code ap-southeast-1 0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0}.
 */
public final class SmsDeleteTaskExample {
    private SmsDeleteTaskExample() {
    }

    /** Deletes the task and prints the request id. */
    static void run(SmsClient sms, String taskId) {
        DeleteTaskResponse response = sms.deleteTask(r -> r.taskId(taskId));
        System.out.println("SMS DeleteTask " + taskId + ": deleted (request id " + response.requestId() + ")");
    }

    public static void main(String[] args) {
        if (args.length > 1) {
            try (SmsClient sms = SmsClient.builder().region(args[0]).build()) {
                run(sms, args[1]);
            }
            return;
        }
        try (MigrationEmulator emulator = MigrationEmulator.start()) {
            emulator.sms().addTask("0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0", SmsTaskState.MIGRATE_SUCCESS);
            run(emulator.smsClient(), "0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0");
        }
    }
}
