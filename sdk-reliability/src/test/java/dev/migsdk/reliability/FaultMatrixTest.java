package dev.migsdk.reliability;

import static dev.migsdk.reliability.Fault.FAIL_503;
import static dev.migsdk.reliability.Fault.LOST_ANSWER;
import static dev.migsdk.reliability.Fault.RESET;
import static dev.migsdk.reliability.Fault.SLOW;
import static dev.migsdk.reliability.Fault.THROTTLE;
import static dev.migsdk.reliability.Fault.TRUNCATE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.migsdk.core.RetryPolicy;
import dev.migsdk.core.SdkResponse;
import dev.migsdk.core.client.SdkClientBuilder;
import dev.migsdk.core.exception.ApiCallTimeoutException;
import dev.migsdk.core.exception.ResourceNotFoundException;
import dev.migsdk.core.exception.SdkException;
import dev.migsdk.core.exception.ServiceException;
import dev.migsdk.core.exception.ThrottlingException;
import dev.migsdk.core.exception.TransportException;
import dev.migsdk.testkit.JournalEntry;
import dev.migsdk.testkit.MigrationEmulator;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every fault the emulator can inject, alone and mixed, on all four services, sync and async. Each call
 * must end in a success or an {@link SdkException} subtype, never make more attempts than the policy
 * allows (checked on the exception and in the emulator's journal), and never outlive its API-call
 * timeout. A seeded random mix runs {@code reliability.calls} calls on top (10,000+ with -Preliability).
 */
@ExtendWith(Secrets.class)
class FaultMatrixTest {
    static final int MAX_ATTEMPTS = 3;
    static final RetryPolicy POLICY = RetryPolicy.builder().maxAttempts(MAX_ATTEMPTS).baseDelay(Duration.ofMillis(10))
            .throttlingBaseDelay(Duration.ofMillis(40)).maxBackoff(Duration.ofMillis(200)).build();
    static final Duration ATTEMPT_TIMEOUT = Duration.ofMillis(300);
    static final Duration CALL_TIMEOUT = Duration.ofMillis(1600);
    /** Slack for scheduling on a loaded 2-core machine. */
    static final long TOLERANCE_MS = 750;

    static MigrationEmulator emu;

    @BeforeAll
    static void start() {
        emu = MigrationEmulator.start();
        Secrets.secretsOf(emu);
    }

    @AfterAll
    static void stop() {
        emu.close();
    }

    @BeforeEach
    void clean() {
        emu.reset();
    }

    static void config(SdkClientBuilder<?, ?> b) {
        b.retryPolicy(POLICY).apiCallAttemptTimeout(ATTEMPT_TIMEOUT).apiCallTimeout(CALL_TIMEOUT);
    }

    /** What a scenario must end in. */
    record Expect(Class<? extends Throwable> error, int attempts, boolean alreadyDeleted, boolean applied) {
        static Expect ok(int attempts) {
            return new Expect(null, attempts, false, true);
        }

        static Expect alreadyDeleted(int attempts) {
            return new Expect(null, attempts, true, true);
        }

        static Expect error(Class<? extends Throwable> type, int attempts, boolean applied) {
            return new Expect(type, attempts, false, applied);
        }
    }

    record Scenario(String name, List<Fault> faults, Expect expect) {
        @Override
        public String toString() {
            return name;
        }
    }

    static List<Scenario> scenarios() {
        return List.of(
                new Scenario("no fault", List.of(), Expect.ok(1)),
                new Scenario("throttled once", List.of(THROTTLE), Expect.ok(2)),
                new Scenario("503 twice", List.of(FAIL_503, FAIL_503), Expect.ok(3)),
                new Scenario("503 on every attempt", List.of(FAIL_503, FAIL_503, FAIL_503),
                        Expect.error(ServiceException.class, 3, false)),
                new Scenario("throttled on every attempt", List.of(THROTTLE, THROTTLE, THROTTLE),
                        Expect.error(ThrottlingException.class, 3, false)),
                new Scenario("reset after the request was sent", List.of(RESET), Expect.ok(2)),
                new Scenario("answer lost after the delete applied", List.of(LOST_ANSWER), Expect.alreadyDeleted(2)),
                new Scenario("slow answer past the attempt timeout", List.of(SLOW), Expect.alreadyDeleted(2)),
                new Scenario("truncated body", List.of(TRUNCATE), Expect.ok(2)),
                new Scenario("truncated on every attempt", List.of(TRUNCATE, TRUNCATE, TRUNCATE),
                        Expect.error(TransportException.class, 3, false)),
                new Scenario("reset on every attempt", List.of(RESET, RESET, RESET),
                        Expect.error(TransportException.class, 3, false)),
                new Scenario("mix: throttled then 503", List.of(THROTTLE, FAIL_503), Expect.ok(3)),
                new Scenario("mix: reset, truncated, 503", List.of(RESET, TRUNCATE, FAIL_503),
                        Expect.error(ServiceException.class, 3, false)),
                new Scenario("mix: throttled then answer lost", List.of(THROTTLE, LOST_ANSWER),
                        Expect.alreadyDeleted(3)),
                new Scenario("mix: truncated then slow", List.of(TRUNCATE, SLOW), Expect.alreadyDeleted(3)),
                new Scenario("slow on every attempt: the call deadline wins", List.of(SLOW, SLOW, SLOW, SLOW),
                        Expect.error(ApiCallTimeoutException.class, -1, true)));
    }

    static Stream<Arguments> matrix() {
        List<Arguments> out = new ArrayList<>();
        for (Scenario s : scenarios()) {
            for (Svc svc : Svc.values()) {
                for (Mode async : Mode.values()) {
                    out.add(Arguments.of(s, svc, async));
                }
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{1} {2}: {0}")
    @MethodSource("matrix")
    void eachCallEndsInSuccessOrATypedExceptionWithinPolicyAndDeadline(Scenario s, Svc svc, Mode async) {
        Consumer<SdkClientBuilder<?, ?>> cfg = s.name().startsWith("slow on every")
                ? b -> b.retryPolicy(POLICY).apiCallAttemptTimeout(ATTEMPT_TIMEOUT).apiCallTimeout(Duration.ofMillis(700))
                : FaultMatrixTest::config;
        long deadlineMs = s.name().startsWith("slow on every") ? 700 : CALL_TIMEOUT.toMillis();
        String id = svc.newId();
        svc.seed(emu, id);
        s.faults().forEach(f -> f.inject(emu, svc.emulated()));
        try (Client client = svc.client(emu, async.async(), cfg)) {
            long start = System.nanoTime();
            SdkResponse response = null;
            Throwable error = null;
            try {
                response = client.delete(id);
            } catch (Throwable t) {
                error = t;
            }
            long elapsedMs = (System.nanoTime() - start) / 1_000_000;
            List<JournalEntry> journal = journalFor(svc, id);
            Secrets.harvest(emu.journal().requests());
            assertThat(elapsedMs).as("elapsed vs API-call timeout").isLessThanOrEqualTo(deadlineMs + TOLERANCE_MS);
            Expect e = s.expect();
            if (e.error() == null) {
                if (error != null) {
                    Secrets.seen(error);
                    fail("expected success but got " + error, error);
                }
                assertThat(Svc.alreadyDeleted(response)).as("alreadyDeleted").isEqualTo(e.alreadyDeleted());
                assertThat(journal).as("requests the emulator saw").hasSize(e.attempts());
            } else {
                assertThat(error).isInstanceOf(e.error()).isInstanceOf(SdkException.class);
                Secrets.seen(error);
                SdkException ex = (SdkException) error;
                assertThat(ex.attempts()).isBetween(1, MAX_ATTEMPTS);
                if (e.attempts() > 0) {
                    assertThat(ex.attempts()).isEqualTo(e.attempts());
                }
                assertThat(journal).as("requests the emulator saw").hasSize(ex.attempts());
            }
            assertThat(svc.exists(emu, id)).as("task still there").isEqualTo(!e.applied());
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("servicesAndModes")
    void nothingListeningFailsWithTransportExceptionAfterThePolicysAttempts(Svc svc, Mode async) throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        URI closed = URI.create("http://127.0.0.1:" + port);
        try (Client client = svc.client(emu, async.async(), b -> config(b.endpointOverride(closed)))) {
            long start = System.nanoTime();
            Throwable error = catchAny(() -> client.delete(svc.newId()));
            long elapsedMs = (System.nanoTime() - start) / 1_000_000;
            Secrets.seen(error);
            assertThat(error).isInstanceOf(TransportException.class);
            assertThat(((SdkException) error).attempts()).isEqualTo(MAX_ATTEMPTS);
            assertThat(elapsedMs).isLessThanOrEqualTo(CALL_TIMEOUT.toMillis() + TOLERANCE_MS);
        }
        assertThat(emu.journal().requests()).isEmpty();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("servicesAndModes")
    void firstAttemptNotFoundStaysAnError(Svc svc, Mode async) {
        try (Client client = svc.client(emu, async.async(), FaultMatrixTest::config)) {
            Throwable error = catchAny(() -> client.delete(svc.newId()));
            Secrets.seen(error);
            assertThat(error).isInstanceOf(ResourceNotFoundException.class);
            assertThat(((SdkException) error).attempts()).isEqualTo(1);
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("servicesAndModes")
    void withIdempotentDeletesOffALostAnswerSurfacesNotFound(Svc svc, Mode async) {
        String id = svc.newId();
        svc.seed(emu, id);
        LOST_ANSWER.inject(emu, svc.emulated());
        try (Client client = svc.client(emu, async.async(), b -> config(b.idempotentDeletes(false)))) {
            Throwable error = catchAny(() -> client.delete(id));
            Secrets.seen(error);
            assertThat(error).isInstanceOf(ResourceNotFoundException.class);
            assertThat(((SdkException) error).attempts()).isEqualTo(2);
            assertThat(error.getSuppressed()).singleElement().isInstanceOf(TransportException.class);
        }
        assertThat(svc.exists(emu, id)).isFalse();
    }

    static Stream<Arguments> servicesAndModes() {
        return Stream.of(Svc.values()).flatMap(s -> Stream.of(Arguments.of(s, Mode.SYNC), Arguments.of(s, Mode.ASYNC)));
    }

    /**
     * A seeded random mix of faults over many calls, eight at a time, all services, sync and async. Faults
     * are queued per service just before each call, so concurrent calls to one service may take each
     * other's faults: each call's attempts are counted in the journal by its own task id.
     */
    @Test
    void randomFaultMixKeepsEveryInvariant() throws Exception {
        int calls = Integer.getInteger("reliability.calls", Report.profile() ? 12_000 : 400);
        Random random = new Random(Report.seed());
        Report.Tally tally = new Report.Tally();
        List<Client> clients = new ArrayList<>();
        for (Svc svc : Svc.values()) {
            clients.add(svc.client(emu, FaultMatrixTest::config));
            clients.add(svc.asyncClient(emu, FaultMatrixTest::config));
        }
        ExecutorService workers = Executors.newFixedThreadPool(8);
        long started = System.nanoTime();
        try {
            int batch = 400;
            for (int done = 0; done < calls; done += batch) {
                int n = Math.min(batch, calls - done);
                List<Future<?>> futures = new ArrayList<>();
                ConcurrentHashMap<String, int[]> attemptsById = new ConcurrentHashMap<>();
                List<Object[]> results = java.util.Collections.synchronizedList(new ArrayList<>());
                for (int i = 0; i < n; i++) {
                    Client client = clients.get(random.nextInt(clients.size()));
                    List<Fault> faults = randomFaults(random);
                    futures.add(workers.submit(() -> {
                        Svc svc = client.svc();
                        String id = svc.newId();
                        svc.seed(emu, id);
                        faults.forEach(f -> f.inject(emu, svc.emulated()));
                        long t0 = System.nanoTime();
                        Throwable error = catchAny(() -> client.delete(id));
                        long ms = (System.nanoTime() - t0) / 1_000_000;
                        results.add(new Object[] {svc, id, error, ms});
                    }));
                }
                for (Future<?> f : futures) {
                    f.get(5, TimeUnit.MINUTES);
                }
                List<JournalEntry> journal = emu.journal().requests();
                Secrets.harvest(journal);
                for (JournalEntry e : journal) {
                    Svc svc = Svc.valueOf(e.service().name());
                    attemptsById.computeIfAbsent(svc + "/" + svc.idOf(emu, e), k -> new int[1])[0]++;
                }
                for (Object[] r : results) {
                    Svc svc = (Svc) r[0];
                    Throwable error = (Throwable) r[2];
                    long ms = (Long) r[3];
                    int[] seen = attemptsById.get(svc + "/" + r[1]);
                    int journaled = seen == null ? 0 : seen[0];
                    assertThat(ms).as("elapsed vs API-call timeout").isLessThanOrEqualTo(
                            CALL_TIMEOUT.toMillis() + TOLERANCE_MS);
                    assertThat(journaled).as("attempts in journal").isBetween(1, MAX_ATTEMPTS);
                    if (error == null) {
                        tally.record("succeeded", journaled, ms);
                    } else {
                        Secrets.seen(error);
                        if (!(error instanceof SdkException ex)) {
                            throw new AssertionError("not an SdkException: " + error, error);
                        }
                        assertThat(ex.attempts()).as("attempts on the exception").isBetween(1, MAX_ATTEMPTS)
                                .isEqualTo(journaled);
                        tally.record("failed " + error.getClass().getSimpleName(), journaled, ms);
                    }
                }
                emu.reset();
            }
        } finally {
            workers.shutdownNow();
            clients.forEach(Client::close);
        }
        long seconds = (System.nanoTime() - started) / 1_000_000_000;
        Report.section("fault matrix: random mix", tally + "\nwall time: " + seconds + " s, 8 concurrent callers, "
                + "policy " + POLICY + ", attempt timeout " + ATTEMPT_TIMEOUT + ", call timeout " + CALL_TIMEOUT);
        assertThat(tally.calls()).isEqualTo(calls);
        assertThat(tally.count("succeeded")).isPositive();
    }

    /** Half the calls see no fault; the rest one to three faults, slow answers rarer (each costs an attempt timeout). */
    static List<Fault> randomFaults(Random r) {
        List<Fault> out = new ArrayList<>();
        if (r.nextBoolean()) {
            return out;
        }
        int n = 1 + r.nextInt(3);
        for (int i = 0; i < n; i++) {
            int p = r.nextInt(100);
            out.add(p < 25 ? THROTTLE : p < 45 ? FAIL_503 : p < 65 ? RESET : p < 82 ? TRUNCATE : p < 97 ? LOST_ANSWER
                    : SLOW);
        }
        return out;
    }

    static Throwable catchAny(Runnable r) {
        try {
            r.run();
            return null;
        } catch (Throwable t) {
            return t;
        }
    }

    /** The journal entries of one task, in arrival order. */
    static List<JournalEntry> journalFor(Svc svc, String id) {
        return emu.journal().requests(svc.emulated()).stream().filter(e -> id.equals(svc.idOf(emu, e))).toList();
    }
}
