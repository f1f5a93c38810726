package dev.migsdk.dts.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migsdk.core.internal.waiter.WaiterEngine.Outcome;
import dev.migsdk.dts.internal.DtsWaiters.Goal;
import dev.migsdk.dts.model.DescribeDtsJobDetailResponse;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** DTS's state table, row by row (see DtsWaiter's Javadoc). */
class DtsWaitersTest {

    @ParameterizedTest(name = "{0}: stopped={1} deletable={2}")
    @CsvSource({
            "Finished,         SUCCESS, SUCCESS",
            "Suspending,       SUCCESS, SUCCESS",
            "Failed,           FAILURE, SUCCESS",
            "MigrationFailed,  FAILURE, SUCCESS",
            "InitializeFailed, FAILURE, SUCCESS",
            "PrecheckFailed,   FAILURE, SUCCESS",
            "Synchronizing,    RETRY,   SUCCESS",
            "Migrating,        RETRY,   SUCCESS",
            "Retrying,         RETRY,   SUCCESS",
            "Modifying,        RETRY,   RETRY",
            "Upgrade,          RETRY,   RETRY",
            "Downgrade,        RETRY,   RETRY",
            "Hibernating,      RETRY,   SUCCESS"})
    void eachStatusMeansWhatTheTableSays(String status, Outcome stopped, Outcome deletable) {
        DescribeDtsJobDetailResponse job = DescribeDtsJobDetailResponse.builder().dtsJobId("d-1").status(status)
                .errorMessage("boom").build();

        assertThat(DtsWaiters.judge(Goal.STOPPED, job).outcome()).isEqualTo(stopped);
        assertThat(DtsWaiters.judge(Goal.DELETABLE, job).outcome()).isEqualTo(deletable);
        assertThat(DtsWaiters.judge(Goal.DELETED, job).outcome()).as("only not-found ends a delete wait")
                .isEqualTo(Outcome.RETRY);
        if (stopped == Outcome.FAILURE) {
            assertThat(DtsWaiters.judge(Goal.STOPPED, job).detail()).isEqualTo("boom");
        }
    }
}
