/**
 * Alibaba Cloud Server Migration Center (SMC): stop and delete replication (migration) jobs.
 *
 * <pre>{@code
 * try (SmcClient smc = SmcClient.builder()
 *         .credentialsProvider(AlibabaDefaultCredentialsProvider.create())
 *         .build()) {
 *     smc.stopReplicationJob(r -> r.jobId("j-bp17m1vi6x21qhqk1234"));
 *     DeleteReplicationJobResponse deleted = smc.deleteReplicationJob(r -> r.jobId("j-bp17m1vi6x21qhqk1234"));
 *     System.out.println("deleted, request id " + deleted.requestId());
 * } catch (InvalidStatusException e) {
 *     // ReplicationJob.InvalidStatus: e.g. the job was not Running/Syncing when stopped
 * }
 * }</pre>
 */
package dev.migsdk.smc;
