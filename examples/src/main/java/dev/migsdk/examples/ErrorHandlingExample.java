package dev.migsdk.examples;

import dev.migsdk.core.exception.InvalidStatusException;
import dev.migsdk.core.exception.ResourceNotFoundException;
import dev.migsdk.core.exception.SdkClientException;
import dev.migsdk.core.exception.ServiceException;
import dev.migsdk.core.exception.ThrottlingException;
import dev.migsdk.sms.SmsClient;
import dev.migsdk.testkit.EmulatedService;
import dev.migsdk.testkit.MigrationEmulator;
import dev.migsdk.testkit.SmsTaskState;

/**
 * The exception tree in practice: catch the specific refusals you can act on, then {@link ServiceException}
 * (the service said no), then {@link SdkClientException} (no usable answer). Every exception is unchecked and
 * its message ends with service, operation, status, code, request id and attempts. Runs against the embedded
 * emulator only.
 */
public final class ErrorHandlingExample {
    private ErrorHandlingExample() {
    }

    /** Tries to delete an SMS task and explains the outcome. */
    static void deleteAndExplain(SmsClient sms, String taskId) {
        try {
            sms.deleteTask(r -> r.taskId(taskId));
            System.out.println(taskId + ": deleted");
        } catch (InvalidStatusException e) {
            System.out.println(taskId + ": refused, " + e.errorCode() + " - the task is running or stopping; stop it"
                    + " and try again (request id " + e.requestId() + ")");
        } catch (ResourceNotFoundException e) {
            System.out.println(taskId + ": no such task, " + e.errorCode() + " (request id " + e.requestId() + ")");
        } catch (ThrottlingException e) {
            System.out.println(taskId + ": still throttled after " + e.attempts() + " attempts; try again later");
        } catch (ServiceException e) {
            System.out.println(taskId + ": " + e.errorCode() + " HTTP " + e.httpStatus() + ": " + e.errorMessage());
        } catch (SdkClientException e) {
            System.out.println(taskId + ": no answer from SMS: " + e.getMessage());
        }
    }

    public static void main(String[] args) {
        try (MigrationEmulator emulator = MigrationEmulator.start()) {
            emulator.sms().addTask("task-running", SmsTaskState.RUNNING);
            emulator.sms().addForbiddenTask("task-of-another-account");
            emulator.sms().addTask("task-throttled", SmsTaskState.ABORT);
            emulator.faults().throttleNext(EmulatedService.SMS, 5);
            SmsClient sms = emulator.smsClient();

            deleteAndExplain(sms, "task-throttled");        // throttled 3 times: the client gives up
            deleteAndExplain(sms, "task-throttled");        // throttled twice more, then deleted on attempt 3
            deleteAndExplain(sms, "task-running");
            deleteAndExplain(sms, "task-missing");
            deleteAndExplain(sms, "task-of-another-account");
        }
    }
}
