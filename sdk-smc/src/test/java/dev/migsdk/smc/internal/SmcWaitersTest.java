package dev.migsdk.smc.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migsdk.core.internal.waiter.WaiterEngine.Outcome;
import dev.migsdk.core.internal.waiter.WaiterEngine.Verdict;
import dev.migsdk.smc.internal.SmcWaiters.Goal;
import dev.migsdk.smc.model.ReplicationJob;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** SMC's state table, row by row: what each Status means to each wait (see SmcWaiter's Javadoc). */
class SmcWaitersTest {

    @ParameterizedTest(name = "{0}: stopped={1} deletable={2} deleted={3}")
    @CsvSource({
            "Running,   RETRY,   RETRY,   FAILURE",
            "Stopped,   SUCCESS, SUCCESS, RETRY",
            "Ready,     FAILURE, SUCCESS, RETRY",
            "Waiting,   FAILURE, SUCCESS, RETRY",
            "InError,   FAILURE, SUCCESS, RETRY",
            "Finished,  FAILURE, SUCCESS, RETRY",
            "Expired,   FAILURE, SUCCESS, RETRY",
            "Deleting,  FAILURE, FAILURE, RETRY",
            "Paused2027, RETRY,  RETRY,   RETRY"})
    void eachStatusMeansWhatTheTableSays(String status, Outcome stopped, Outcome deletable, Outcome deleted) {
        ReplicationJob job = ReplicationJob.builder().jobId("j-1").status(status).statusInfo("why")
                .errorCode("E1").build();

        assertThat(SmcWaiters.judge(Goal.STOPPED, job).outcome()).isEqualTo(stopped);
        assertThat(SmcWaiters.judge(Goal.DELETABLE, job).outcome()).isEqualTo(deletable);
        assertThat(SmcWaiters.judge(Goal.DELETED, job).outcome()).isEqualTo(deleted);
        assertThat(SmcWaiters.judge(Goal.STOPPED, job).state()).isEqualTo(status);
    }

    @ParameterizedTest
    @CsvSource({"InError", "Finished"})
    void aFailureCarriesStatusInfoAndErrorCode(String status) {
        Verdict v = SmcWaiters.judge(Goal.STOPPED, ReplicationJob.builder().jobId("j-1").status(status)
                .statusInfo("agent offline").errorCode("SourceAgent.Offline").build());

        assertThat(v.detail()).isEqualTo("agent offline; ErrorCode SourceAgent.Offline");
    }
}
