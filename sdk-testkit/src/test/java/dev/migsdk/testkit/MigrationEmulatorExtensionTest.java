package dev.migsdk.testkit;

import static dev.migsdk.testkit.EmulatorClient.send;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.Socket;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

class MigrationEmulatorExtensionTest {

    @Nested
    @ExtendWith(MigrationEmulatorExtension.class)
    @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
    class WithExtendWith {
        private MigrationEmulator fromBeforeEach;
        private static int previousPort;

        @BeforeEach
        void seed(MigrationEmulator emulator) {
            fromBeforeEach = emulator;
            emulator.smc().addJob("seeded", SmcJobStatus.READY, SmcBusinessStatus.PREPARING);
        }

        @Test
        @Order(1)
        void injectsTheSameEmulatorIntoBeforeEachAndTheTest(MigrationEmulator emulator) {
            assertThat(emulator).isSameAs(fromBeforeEach);
            assertThat(emulator.smc().job("seeded")).isPresent();
            emulator.smc().addJob("only-in-test-1", SmcJobStatus.READY, SmcBusinessStatus.PREPARING);
            assertThat(send(new EmulatorClient(emulator).smcV3("DeleteReplicationJob", "seeded", "JSON")).code())
                    .isEqualTo(200);
            previousPort = emulator.port();
        }

        @Test
        @Order(2)
        void givesEachTestAFreshEmulatorAndClosesThePreviousOne(MigrationEmulator emulator) {
            assertThat(emulator.smc().job("only-in-test-1")).isEmpty();
            assertThat(emulator.smc().job("seeded")).isPresent();
            assertThat(emulator.journal().requests()).isEmpty();
            if (previousPort != emulator.port()) {
                assertThatThrownBy(() -> new Socket("127.0.0.1", previousPort).close())
                        .isInstanceOf(IOException.class);
            }
        }
    }

    @Nested
    class WithRegisterExtension {
        static final Instant FIXED = Instant.parse("2030-01-01T00:00:00Z");

        @RegisterExtension
        final MigrationEmulatorExtension emulators =
                MigrationEmulatorExtension.configured(b -> b.clock(Clock.fixed(FIXED, ZoneOffset.UTC)));

        @Test
        void appliesTheConfiguration(MigrationEmulator emulator) {
            assertThat(emulator.clock().instant()).isEqualTo(FIXED);
            EmulatorClient client = new EmulatorClient(emulator);
            assertThat(send(client.smsDelete("x")).header("Date")).isEqualTo("Tue, 01 Jan 2030 00:00:00 GMT");
        }
    }
}
