package dev.migsdk.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migsdk.core.RetryPolicy;
import dev.migsdk.core.client.SdkClientBuilder;
import dev.migsdk.core.exception.ApiCallTimeoutException;
import dev.migsdk.core.exception.SdkClientException;
import dev.migsdk.core.exception.SdkException;
import dev.migsdk.core.exception.TransportException;
import dev.migsdk.core.interceptor.ExecutionInterceptor;
import dev.migsdk.core.interceptor.InterceptorContext;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A server that sends its headers and then one body byte every 2 s: the read timeout (30 s) never fires, so
 * only the call deadline ({@code apiCallTimeout}, 2 minutes by default) stops it. Without
 * {@code apiCallAttemptTimeout} each attempt gets the deadline divided by the policy's attempts; no attempt
 * starts after the deadline. The server is a plain socket (RawServer) that stops itself.
 */
@ExtendWith(Secrets.class)
class DripServerTest {
    static final Duration DRIP = Duration.ofSeconds(2);
    /** What a loaded 2-core machine may add to a deadline. */
    static final long SLACK_MS = 1_500;
    static final String HEAD = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 200\r\n\r\n";
    static final String BODY = "{\"RequestId\":\"drip\",\"Success\":true,\"Padding\":\"" + "x".repeat(152) + "\"}";

    static {
        assertThat(BODY).hasSize(200);
    }

    static RawServer dripServer(Duration lifetime) {
        return RawServer.drip(HEAD, BODY, DRIP, lifetime);
    }

    /** What one call to a dripping server ended in, and when. */
    record Run(Throwable error, long elapsedMs, List<Duration> connections) {
        /** From the first connection to the second: the first attempt's share of the deadline (plus a backoff). */
        Duration gap() {
            return connections.get(1).minus(connections.get(0));
        }
    }

    static Run run(Op op, Mode mode, Duration lifetime, Consumer<SdkClientBuilder<?, ?>> config) {
        try (RawServer server = dripServer(lifetime);
             Client client = op.client(server.endpoint(), mode, config)) {
            long start = System.nanoTime();
            Throwable error = FaultMatrixTest.catchAny(() -> client.delete(op.svc().newId()));
            long elapsedMs = (System.nanoTime() - start) / 1_000_000;
            Secrets.seen(error);
            // Bounded polling: a retry after the deadline would show up as another connection within a second.
            int seen = server.connections();
            long until = System.nanoTime() + 1_000_000_000L;
            while (System.nanoTime() < until && server.connections() == seen) {
                LockSupport.parkNanos(20_000_000L);
            }
            return new Run(error, elapsedMs, server.acceptedAt());
        }
    }

    static Stream<Arguments> deadlineCases() {
        if (Report.profile()) {
            return HonestSuccessTest.opsAndModes();
        }
        return Stream.of(Arguments.of(Op.SMC_DELETE, Mode.SYNC), Arguments.of(Op.OMS_DELETE, Mode.ASYNC));
    }

    /**
     * {@code apiCallTimeout(3 s)}, the default policy (3 attempts), no attempt timeout: attempts of 1 s each
     * (3 s / 3), the call ends with {@link ApiCallTimeoutException} at 3 s, and nothing is sent after it.
     */
    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("deadlineCases")
    void aDrippingAnswerEndsAtTheCallDeadlineInAttemptsOfAThirdEach(Op op, Mode mode) {
        Duration deadline = Duration.ofSeconds(3);

        Run r = run(op, mode, Duration.ofSeconds(20), b -> b.apiCallTimeout(deadline));

        assertThat(r.error()).isInstanceOf(ApiCallTimeoutException.class);
        ApiCallTimeoutException e = (ApiCallTimeoutException) r.error();
        assertThat(e.getMessage()).contains("API call timeout (PT3S)");
        assertThat(r.elapsedMs()).as("elapsed").isBetween(deadline.toMillis() - 50, deadline.toMillis() + SLACK_MS);
        assertThat(r.connections()).as("connections: one per attempt, all before the deadline")
                .hasSize(e.attempts()).hasSizeBetween(2, RetryPolicy.defaults().maxAttempts())
                .allSatisfy(at -> assertThat(at).isLessThan(deadline));
        assertThat(r.gap()).as("the second attempt starts after the first's share, 3 s / 3")
                .isBetween(Duration.ofMillis(950), Duration.ofMillis(1_000 + SLACK_MS));
        assertThat(failures(e)).filteredOn(TransportException.class::isInstance).isNotEmpty()
                .allSatisfy(t -> assertThat(t.getMessage()).contains("The attempt timeout (PT1S) elapsed"));
        Report.section("drip server: " + op + " " + mode + ", apiCallTimeout 3 s", "ApiCallTimeoutException after "
                + r.elapsedMs() + " ms, " + e.attempts() + " attempts, connections accepted at " + millis(r));
    }

    /**
     * The default deadline, checked fast: a client that sets no timeout at all, with a policy of 240 attempts,
     * gives each attempt 2 min / 240 = 0.5 s. Were the default "no deadline", the first attempt would drip on
     * (the server gives up after 10 s) and the message would not name 0.5 s.
     */
    @Test
    void theDefaultDeadlineIsTwoMinutesSharedOutAmongTheAttempts() {
        RetryPolicy many = RetryPolicy.builder().maxAttempts(240).baseDelay(Duration.ofMillis(1))
                .maxBackoff(Duration.ofMillis(10)).build();

        Run r = run(Op.SMC_DELETE, Mode.SYNC, Duration.ofSeconds(10),
                b -> b.retryPolicy(many).addInterceptor(new StopAfterFirstAttempt()));

        assertThat(r.error()).isInstanceOf(SdkClientException.class)
                .hasMessageContaining("first attempt failed: The attempt timeout (PT0.5S) elapsed");
        assertThat(r.elapsedMs()).isBetween(450L, 500 + SLACK_MS);
        assertThat(r.connections()).hasSize(1);
    }

    /**
     * The default deadline, for real (profile run only: it takes 2 minutes): a client built with nothing but
     * an endpoint gives up on a dripping server at 2 minutes, after 3 attempts of 40 s.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("modes")
    void aDefaultClientGivesUpOnADripAfterTwoMinutes(Mode mode) {
        Assumptions.assumeTrue(Report.profile(), "takes 2 minutes: run with -Preliability");
        Duration deadline = Duration.ofMinutes(2);

        Run r = run(Op.SMS_DELETE, mode, deadline.plusSeconds(30), b -> { });

        assertThat(r.error()).isInstanceOf(ApiCallTimeoutException.class)
                .hasMessageContaining("API call timeout (PT2M)");
        assertThat(r.elapsedMs()).isBetween(deadline.toMillis() - 50, deadline.toMillis() + SLACK_MS);
        assertThat(r.connections()).hasSize(3).allSatisfy(at -> assertThat(at).isLessThan(deadline));
        assertThat(r.gap()).as("2 min / 3").isBetween(Duration.ofSeconds(40), Duration.ofMillis(40_000 + SLACK_MS));
        Report.section("drip server: SMS " + mode + ", default client", "ApiCallTimeoutException after "
                + r.elapsedMs() + " ms, " + ((SdkException) r.error()).attempts() + " attempts, connections accepted at "
                + millis(r));
    }

    static Stream<Mode> modes() {
        return Stream.of(Mode.values());
    }

    /** Ends the call when its first attempt fails, keeping that failure's message. */
    static final class StopAfterFirstAttempt implements ExecutionInterceptor {
        @Override
        public void afterTransmission(InterceptorContext context) {
            if (context.exception() != null) {
                throw new IllegalStateException("first attempt failed: " + context.exception().getMessage());
            }
        }
    }

    static List<Throwable> failures(Throwable e) {
        List<Throwable> out = new ArrayList<>(List.of(e.getSuppressed()));
        if (e.getCause() != null) {
            out.add(e.getCause());
        }
        return out;
    }

    static String millis(Run r) {
        return r.connections().stream().map(d -> d.toMillis() + " ms").toList().toString();
    }
}
