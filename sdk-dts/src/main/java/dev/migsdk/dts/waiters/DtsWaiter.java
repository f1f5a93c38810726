package dev.migsdk.dts.waiters;

import dev.migsdk.core.waiter.WaiterConfig;
import dev.migsdk.core.waiter.WaiterResult;
import dev.migsdk.dts.model.DescribeDtsJobDetailResponse;

/**
 * Waits, on the calling thread, until a DTS task reaches a state, polling {@code DescribeDtsJobDetail}
 * with backoff and jitter. Get one from {@link dev.migsdk.dts.DtsClient#waiter()}; it uses that client
 * (its region, credentials, retries, clock).
 *
 * <p>Every method returns when the state is reached, and throws
 * {@link dev.migsdk.core.exception.WaiterFailureException} at once when the task is in a state from which
 * that one cannot come (with DTS's {@code ErrorMessage} as {@code detail()}),
 * {@link dev.migsdk.core.exception.WaiterTimeoutException} when the maximum wait or polls run out, and the
 * poll's own exception when a poll fails for good. Throttled polls only make it wait longer.
 *
 * <p>The state machine (DTS has no "stopping" state: a task being stopped or suspended keeps its running
 * state until it is {@code Finished} or {@code Suspending}, which means paused):
 * <table>
 * <caption>What each state means to each wait</caption>
 * <tr><th>Status</th><th>stopped</th><th>deletable</th><th>deleted</th></tr>
 * <tr><td>Finished, Suspending</td><td>success</td><td>success</td><td>wait</td></tr>
 * <tr><td>Failed, MigrationFailed, InitializeFailed, PrecheckFailed</td><td>fail</td><td>success</td>
 *     <td>wait</td></tr>
 * <tr><td>Modifying, Upgrade, Downgrade</td><td>wait</td><td>wait</td><td>wait</td></tr>
 * <tr><td>every other state, and states unknown to this SDK</td><td>wait</td><td>success</td><td>wait</td></tr>
 * <tr><td>no such task</td><td>fail</td><td>fail</td><td>success</td></tr>
 * </table>
 * DTS documents no state in which {@code DeleteDtsJob} refuses a task; "deletable" waits out only the
 * states in which the task's instance is being changed.
 */
public interface DtsWaiter {

    /** Waits until the task no longer moves data: {@code Finished} (after a stop) or {@code Suspending} (paused). */
    default WaiterResult<DescribeDtsJobDetailResponse> waitUntilStopped(String dtsJobId) {
        return waitUntilStopped(dtsJobId, WaiterConfig.defaults());
    }

    /** Like {@link #waitUntilStopped(String)}, polling as {@code config} says. */
    WaiterResult<DescribeDtsJobDetailResponse> waitUntilStopped(String dtsJobId, WaiterConfig config);

    /** Waits until the task exists in a state where deleting it is safe (see the table). */
    default WaiterResult<DescribeDtsJobDetailResponse> waitUntilDeletable(String dtsJobId) {
        return waitUntilDeletable(dtsJobId, WaiterConfig.defaults());
    }

    /** Like {@link #waitUntilDeletable(String)}, polling as {@code config} says. */
    WaiterResult<DescribeDtsJobDetailResponse> waitUntilDeletable(String dtsJobId, WaiterConfig config);

    /** Waits until DTS answers that the task does not exist; the result holds that error in {@code exception()}. */
    default WaiterResult<DescribeDtsJobDetailResponse> waitUntilDeleted(String dtsJobId) {
        return waitUntilDeleted(dtsJobId, WaiterConfig.defaults());
    }

    /** Like {@link #waitUntilDeleted(String)}, polling as {@code config} says. */
    WaiterResult<DescribeDtsJobDetailResponse> waitUntilDeleted(String dtsJobId, WaiterConfig config);
}
