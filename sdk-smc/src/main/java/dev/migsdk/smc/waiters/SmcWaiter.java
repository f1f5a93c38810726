package dev.migsdk.smc.waiters;

import dev.migsdk.core.waiter.WaiterConfig;
import dev.migsdk.core.waiter.WaiterResult;
import dev.migsdk.smc.model.ReplicationJob;

/**
 * Waits, on the calling thread, until an SMC migration job reaches a state, polling
 * {@code DescribeReplicationJobs} for that one job with backoff and jitter. Get one from
 * {@link dev.migsdk.smc.SmcClient#waiter()}; it uses that client (its credentials, retries, clock).
 *
 * <p>Every method returns when the state is reached, and throws
 * {@link dev.migsdk.core.exception.WaiterFailureException} at once when the job is in a state from which
 * that one cannot come (the message and {@code detail()} carry SMC's {@code StatusInfo}),
 * {@link dev.migsdk.core.exception.WaiterTimeoutException} when the configuration's maximum wait or polls
 * run out, and the poll's own exception when a poll fails for good (e.g. authentication). Throttled
 * polls and polls that failed after the client's retries only make it wait longer.
 * {@link WaiterConfig#defaults()} apply unless a config is given.
 *
 * <p>The state machine (SMC documents no transitional stop state: a stopping job stays {@code Running}):
 * <table>
 * <caption>What each state means to each wait</caption>
 * <tr><th>Status</th><th>stopped</th><th>deletable</th><th>deleted</th></tr>
 * <tr><td>Running</td><td>wait</td><td>wait</td><td>fail (a running job is never deleted)</td></tr>
 * <tr><td>Stopped</td><td>success</td><td>success</td><td>wait</td></tr>
 * <tr><td>Ready, Waiting, InError, Finished, Expired</td><td>fail</td><td>success</td><td>wait</td></tr>
 * <tr><td>Deleting</td><td>fail</td><td>fail</td><td>wait</td></tr>
 * <tr><td>a status unknown to this SDK</td><td>wait</td><td>wait</td><td>wait</td></tr>
 * <tr><td>no such job</td><td>fail</td><td>fail</td><td>success</td></tr>
 * </table>
 */
public interface SmcWaiter {

    /** Waits until the job is {@code Stopped} (after {@code StopReplicationJob}). */
    default WaiterResult<ReplicationJob> waitUntilStopped(String jobId) {
        return waitUntilStopped(jobId, WaiterConfig.defaults());
    }

    /** Like {@link #waitUntilStopped(String)}, polling as {@code config} says. */
    WaiterResult<ReplicationJob> waitUntilStopped(String jobId, WaiterConfig config);

    /** Waits until {@code DeleteReplicationJob} would accept the job: it is neither Running nor Deleting. */
    default WaiterResult<ReplicationJob> waitUntilDeletable(String jobId) {
        return waitUntilDeletable(jobId, WaiterConfig.defaults());
    }

    /** Like {@link #waitUntilDeletable(String)}, polling as {@code config} says. */
    WaiterResult<ReplicationJob> waitUntilDeletable(String jobId, WaiterConfig config);

    /**
     * Waits until the job is gone: SMC no longer lists it (or answers that it does not exist). The result
     * then holds no response ({@code response()} is empty), or the not-found error in {@code exception()}.
     */
    default WaiterResult<ReplicationJob> waitUntilDeleted(String jobId) {
        return waitUntilDeleted(jobId, WaiterConfig.defaults());
    }

    /** Like {@link #waitUntilDeleted(String)}, polling as {@code config} says. */
    WaiterResult<ReplicationJob> waitUntilDeleted(String jobId, WaiterConfig config);
}
