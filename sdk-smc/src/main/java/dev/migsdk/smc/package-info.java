/**
 * Alibaba Cloud Server Migration Center (SMC): describe, stop and delete replication (migration) jobs, and
 * wait for their state changes. A stop is asynchronous (the job stays {@code Running} until it is
 * {@code Stopped}), so wait before deleting:
 *
 * <pre>{@code
 * try (SmcClient smc = SmcClient.builder()
 *         .credentialsProvider(AlibabaDefaultCredentialsProvider.create())
 *         .build()) {
 *     smc.stopReplicationJob(r -> r.jobId("j-bp17m1vi6x21qhqk1234"));
 *     smc.waiter().waitUntilDeletable("j-bp17m1vi6x21qhqk1234");
 *     DeleteReplicationJobResponse deleted = smc.deleteReplicationJob(r -> r.jobId("j-bp17m1vi6x21qhqk1234"));
 *     smc.waiter().waitUntilDeleted("j-bp17m1vi6x21qhqk1234");
 *     System.out.println("deleted, request id " + deleted.requestId());
 * } catch (InvalidStatusException e) {
 *     // ReplicationJob.InvalidStatus: e.g. the job was not Running/Syncing when stopped
 * } catch (WaiterFailureException e) {
 *     // the job failed or vanished while stopping: e.lastState(), e.detail() (SMC's StatusInfo)
 * }
 * }</pre>
 *
 * <p>{@link dev.migsdk.smc.SmcClient#describeReplicationJobsPaginator} walks every page of jobs.
 */
package dev.migsdk.smc;
