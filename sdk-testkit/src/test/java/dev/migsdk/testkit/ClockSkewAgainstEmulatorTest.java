package dev.migsdk.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migsdk.core.auth.AlibabaSignatureAlgorithm;
import dev.migsdk.core.auth.HuaweiSignatureAlgorithm;
import dev.migsdk.dts.model.DeleteDtsJobResponse;
import dev.migsdk.smc.SmcClient;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Real clients against an emulator whose clock runs an hour ahead: the first attempt is refused as outside the
 * 15-minute window, the client learns the offset from the answer's {@code Date} and the retry succeeds.
 */
class ClockSkewAgainstEmulatorTest {
    /** The emulator's clock runs an hour ahead of the client's: far outside the 15-minute window. */
    @RegisterExtension
    final MigrationEmulatorExtension ahead = MigrationEmulatorExtension.configured(
            b -> b.clock(Clock.offset(Clock.systemUTC(), Duration.ofHours(1))));

    @ParameterizedTest
    @EnumSource(AlibabaSignatureAlgorithm.class)
    void alibabaClientLearnsTheServerClockAndSucceeds(AlibabaSignatureAlgorithm algorithm,
                                                      MigrationEmulator emulator) {
        emulator.smc().addJob("j-skew", SmcJobStatus.STOPPED, SmcBusinessStatus.SYNCING);
        SmcClient smc = emulator.smcClient(b -> b.signatureAlgorithm(algorithm));

        smc.deleteReplicationJob(r -> r.jobId("j-skew"));

        assertThat(emulator.journal().requests()).extracting(JournalEntry::errorCode)
                .containsExactly("InvalidTimeStamp.Expired", null);
        // The offset is kept: the next call is right the first time.
        emulator.smc().addJob("j-skew-2", SmcJobStatus.STOPPED, SmcBusinessStatus.SYNCING);
        smc.deleteReplicationJob(r -> r.jobId("j-skew-2"));
        assertThat(emulator.journal().requests()).hasSize(3);
    }

    @ParameterizedTest
    @EnumSource(HuaweiSignatureAlgorithm.class)
    void huaweiClientLearnsTheServerClockAndSucceeds(HuaweiSignatureAlgorithm algorithm,
                                                     MigrationEmulator emulator) {
        emulator.sms().addTask("sms-skew", SmsTaskState.READY);
        emulator.oms().addTask(11, OmsTaskStatus.STOPPED);

        emulator.smsClient(b -> b.signatureAlgorithm(algorithm)).deleteTask(r -> r.taskId("sms-skew"));
        emulator.omsClient(b -> b.signatureAlgorithm(algorithm)).deleteTask(r -> r.taskId(11L));

        assertThat(emulator.journal().requests()).extracting(JournalEntry::httpStatus)
                .containsExactly(401, 200, 401, 200);
        assertThat(emulator.sms().tasks()).isEmpty();
        assertThat(emulator.oms().tasks()).isEmpty();
    }

    @Test
    void asyncClientLearnsTheServerClockToo(MigrationEmulator emulator) throws Exception {
        emulator.dts().addJob("dts-skew", DtsJobStatus.FAILED);

        DeleteDtsJobResponse r = emulator.dtsAsyncClient().deleteDtsJob(b -> b.dtsJobId("dts-skew"))
                .get(10, TimeUnit.SECONDS);

        assertThat(r.success()).isTrue();
        assertThat(emulator.journal().requests()).hasSize(2);
    }
}
