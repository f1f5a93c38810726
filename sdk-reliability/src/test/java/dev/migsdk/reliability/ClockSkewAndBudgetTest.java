package dev.migsdk.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migsdk.core.RetryPolicy;
import dev.migsdk.core.exception.AuthenticationException;
import dev.migsdk.core.exception.RetryBudgetExhaustedException;
import dev.migsdk.core.exception.SdkException;
import dev.migsdk.core.exception.ServiceException;
import dev.migsdk.testkit.MigrationEmulator;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Clock skew and the retry budget against the emulator. A server clock an hour ahead is learned from
 * the first rejection's {@code Date} (Alibaba {@code InvalidTimeStamp.Expired}, Huawei "signature
 * expired") and the call succeeds on its second attempt; later calls are right first time. A service
 * that keeps failing empties the retry budget (500 tokens, 5 per retry): calls then fail fast with
 * {@link RetryBudgetExhaustedException} after one attempt, and successes refill it.
 */
@ExtendWith(Secrets.class)
class ClockSkewAndBudgetTest {

    static Stream<Arguments> servicesAndModes() {
        return Stream.of(Svc.values()).flatMap(s -> Stream.of(Arguments.of(s, Mode.SYNC), Arguments.of(s, Mode.ASYNC)));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("servicesAndModes")
    void clockSkewIsLearnedFromTheServerDateAndRetriedOnce(Svc svc, Mode mode) {
        Clock ahead = Clock.offset(Clock.systemUTC(), Duration.ofHours(1));
        try (MigrationEmulator emu = MigrationEmulator.builder().clock(ahead).start();
             Client client = svc.client(emu, mode.async(), b -> { })) {
            Secrets.secretsOf(emu);
            String first = svc.newId();
            String second = svc.newId();
            svc.seed(emu, first);
            svc.seed(emu, second);
            client.delete(first);
            assertThat(emu.journal().requests()).hasSize(2);
            assertThat(emu.journal().requests().get(0).errorCode()).isIn("InvalidTimeStamp.Expired", "APIGW.0301",
                    "APIGW.0303");
            client.delete(second);
            assertThat(emu.journal().requests()).as("later calls use the learned offset").hasSize(3);
            Secrets.harvest(emu.journal().requests());
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Svc.class)
    void withoutRetriesTheSkewExceptionShowsLocalAndServerTime(Svc svc) {
        Clock behind = Clock.offset(Clock.systemUTC(), Duration.ofMinutes(-40));
        try (MigrationEmulator emu = MigrationEmulator.builder().clock(behind).start();
             Client client = svc.client(emu, b -> b.retryPolicy(RetryPolicy.none()))) {
            Secrets.secretsOf(emu);
            String id = svc.newId();
            svc.seed(emu, id);
            Throwable e = FaultMatrixTest.catchAny(() -> client.delete(id));
            Secrets.seen(e);
            Secrets.harvest(emu.journal().requests());
            assertThat(e).isInstanceOf(AuthenticationException.class);
            AuthenticationException a = (AuthenticationException) e;
            assertThat(a.localTime()).isNotNull();
            assertThat(a.serverTime()).isNotNull();
            assertThat(Duration.between(a.localTime(), a.serverTime()).toMinutes()).isBetween(-41L, -39L);
            assertThat(a.getMessage()).contains("local time").contains("server time");
        }
    }

    static List<Svc> budgetServices() {
        return Report.profile() ? List.of(Svc.values()) : List.of(Svc.SMC);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("budgetServices")
    void aServiceThatKeepsFailingEmptiesTheBudgetAndCallsThenFailFast(Svc svc) {
        try (MigrationEmulator emu = MigrationEmulator.start();
             Client client = svc.client(emu, b -> b.retryPolicy(RetryPolicy.builder().maxAttempts(3)
                     .baseDelay(Duration.ZERO).maxBackoff(Duration.ZERO).build()))) {
            Secrets.secretsOf(emu);
            emu.faults().failNext(svc.emulated(), 1_000);
            List<Integer> attempts = new ArrayList<>();
            int fastFailures = 0;
            int firstFastFailure = -1;
            for (int i = 0; i < 80; i++) {
                Throwable e = FaultMatrixTest.catchAny(() -> client.delete(svc.newId()));
                assertThat(e).isInstanceOf(SdkException.class);
                Secrets.seen(e);
                attempts.add(((SdkException) e).attempts());
                if (e instanceof RetryBudgetExhaustedException r) {
                    fastFailures++;
                    if (firstFastFailure < 0) {
                        firstFastFailure = i;
                    }
                    assertThat(r.getCause()).isInstanceOf(ServiceException.class);
                } else {
                    assertThat(e).isInstanceOf(ServiceException.class);
                }
            }
            // 500 tokens / 5 per retry = 100 retries = 50 calls of 3 attempts; after that, 1 attempt each.
            assertThat(firstFastFailure).isEqualTo(50);
            assertThat(attempts.subList(0, 50)).containsOnly(3);
            assertThat(attempts.subList(50, 80)).containsOnly(1);
            assertThat(fastFailures).isEqualTo(30);
            assertThat(emu.journal().requests()).hasSize(50 * 3 + 30);
            Secrets.harvest(emu.journal().requests());
            emu.faults().clear();
            String id = svc.newId();
            svc.seed(emu, id);
            client.delete(id);   // a success puts a token back; the service is healthy again
        }
    }
}
