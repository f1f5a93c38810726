/**
 * Huawei Cloud Server Migration Service (SMS) v3: stop (or run any action on), describe, list and delete
 * migration tasks, one or many at once, with waiters for a task's state.
 *
 * <pre>{@code
 * try (SmsClient sms = SmsClient.builder()
 *         .region("ap-southeast-3")
 *         .credentials(HuaweiTokenCredentials.of(iamToken))
 *         .build()) {
 *     String taskId = "7a9a9540-ff28-4869-b9e4-855fbe121234";
 *     if (sms.showTask(b -> b.taskId(taskId)).state() == TaskState.RUNNING) {
 *         sms.stopTask(taskId);                           // RUNNING -> ABORTING -> ABORT
 *     }
 *     sms.waiter().waitUntilDeletable(taskId);
 *     sms.deleteTask(b -> b.taskId(taskId));
 * } catch (ServiceException e) {
 *     System.err.println(e.errorCode() + " " + e.errorParams() + " " + e.details());
 * }
 * }</pre>
 */
package dev.migsdk.sms;
