/**
 * Huawei Cloud Object Storage Migration Service (OMS) v2: stop, describe, list and delete migration tasks,
 * task groups and synchronization tasks, with waiters for a task's state.
 *
 * <pre>{@code
 * try (OmsClient oms = OmsClient.builder()
 *         .region("cn-north-4")
 *         .credentials(HuaweiAkSkCredentials.builder()
 *                 .accessKey(ak).secretKey(sk).projectId("0123456789abcdef0123456789abcdef").build())
 *         .build()) {
 *     long taskId = 1234567890123L;
 *     if (oms.showTask(b -> b.taskId(taskId)).status() == TaskStatus.MIGRATING) {
 *         oms.stopTask(b -> b.taskId(taskId));            // migrating -> pausing -> paused
 *     }
 *     oms.waiter().waitUntilDeletable(taskId);            // no race with the stop
 *     DeleteTaskResponse r = oms.deleteTask(b -> b.taskId(taskId));
 *     System.out.println("deleted, request id " + r.requestId());
 * } catch (WaiterFailureException e) {
 *     // the task reached a state from which it cannot be deleted
 * }
 * }</pre>
 */
package dev.migsdk.oms;
