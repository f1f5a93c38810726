/**
 * Huawei Cloud Server Migration Service (SMS) v3: delete migration tasks.
 *
 * <pre>{@code
 * try (SmsClient sms = SmsClient.builder()
 *         .region("ap-southeast-3")
 *         .credentials(HuaweiTokenCredentials.of(iamToken))
 *         .build()) {
 *     sms.deleteTask(b -> b.taskId("7a9a9540-ff28-4869-b9e4-855fbe121234"));
 * } catch (ServiceException e) {
 *     System.err.println(e.errorCode() + " " + e.errorParams() + " " + e.details());
 * }
 * }</pre>
 */
package dev.migsdk.sms;
