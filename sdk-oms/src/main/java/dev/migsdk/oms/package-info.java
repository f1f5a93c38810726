/**
 * Huawei Cloud Object Storage Migration Service (OMS) v2: delete migration tasks.
 *
 * <pre>{@code
 * try (OmsClient oms = OmsClient.builder()
 *         .region("cn-north-4")
 *         .credentials(HuaweiAkSkCredentials.builder()
 *                 .accessKey(ak).secretKey(sk).projectId("0123456789abcdef0123456789abcdef").build())
 *         .build()) {
 *     DeleteTaskResponse r = oms.deleteTask(b -> b.taskId(1234567890123L));
 *     System.out.println("deleted, request id " + r.requestId());
 * } catch (InvalidStatusException e) {
 *     // the task is running: pause it first
 * }
 * }</pre>
 */
package dev.migsdk.oms;
