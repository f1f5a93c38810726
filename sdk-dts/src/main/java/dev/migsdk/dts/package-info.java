/**
 * Alibaba Cloud Data Transmission Service (DTS): describe, stop, suspend and delete migration, synchronization
 * and change-tracking tasks, one at a time or in batches, and wait for their state changes.
 *
 * <pre>{@code
 * try (DtsClient dts = DtsClient.builder()
 *         .region("cn-beijing")
 *         .credentialsProvider(AlibabaDefaultCredentialsProvider.create())
 *         .build()) {
 *     dts.stopDtsJob(b -> b.dtsJobId("l3m1213ye7l1234").regionId("cn-beijing"));
 *     dts.waiter().waitUntilStopped("l3m1213ye7l1234");
 *     DeleteDtsJobResponse r = dts.deleteDtsJob(b -> b
 *             .dtsJobId("l3m1213ye7l1234")
 *             .synchronizationDirection(SynchronizationDirection.FORWARD)
 *             .regionId("cn-beijing"));
 *     System.out.println("deleted, request id " + r.requestId());
 * } catch (ServiceException e) {
 *     // Success=false answers land here too, with ErrMessage's %s filled from DynamicMessage
 *     System.err.println(e.errorCode() + ": " + e.errorMessage() + " (request " + e.requestId() + ")");
 * }
 * }</pre>
 */
package dev.migsdk.dts;
