package dev.migsdk.core.internal.waiter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.migsdk.core.Sleeper;
import dev.migsdk.core.exception.AccessDeniedException;
import dev.migsdk.core.exception.CloudProvider;
import dev.migsdk.core.exception.ResourceNotFoundException;
import dev.migsdk.core.exception.SdkException;
import dev.migsdk.core.exception.ServiceError;
import dev.migsdk.core.exception.ServiceFailure;
import dev.migsdk.core.exception.ThrottlingException;
import dev.migsdk.core.exception.TransportException;
import dev.migsdk.core.exception.WaiterFailureException;
import dev.migsdk.core.exception.WaiterTimeoutException;
import dev.migsdk.core.internal.waiter.WaiterEngine.Acceptor;
import dev.migsdk.core.internal.waiter.WaiterEngine.Verdict;
import dev.migsdk.core.waiter.WaiterConfig;
import dev.migsdk.core.waiter.WaiterResult;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The waiter's state machine over a scripted service, in fake time, sync and async. */
class WaiterEngineTest {
    private final FakeTime time = new FakeTime();
    private final Deque<Object> script = new ArrayDeque<>();
    private final List<Duration> pollTimeouts = new ArrayList<>();

    /** "Stopped" is success, "Failed" can never lead there, anything else keeps waiting; not found fails. */
    private static final Acceptor<String> STOPPED = state -> switch (state) {
        case "Stopped" -> Verdict.success(state);
        case "Failed" -> Verdict.failure(state, "disk\u0007 full");
        default -> Verdict.retry(state);
    };

    /** Waiting for deletion: not found is success. */
    private static final Acceptor<String> DELETED = new Acceptor<>() {
        @Override
        public Verdict onResponse(String state) {
            return Verdict.retry(state);
        }

        @Override
        public Verdict onError(SdkException error) {
            return error instanceof ResourceNotFoundException ? Verdict.success("gone") : null;
        }
    };

    private WaiterEngine engine(WaiterConfig config) {
        return new WaiterEngine("job j-1 to stop", config, time, time);
    }

    private WaiterResult<String> run(boolean async, WaiterConfig config, Acceptor<String> acceptor) {
        WaiterEngine engine = engine(config);
        if (!async) {
            return engine.await(this::pollSync, acceptor);
        }
        CompletableFuture<WaiterResult<String>> f = engine.awaitAsync(
                t -> CompletableFuture.supplyAsync(() -> pollSync(t)), acceptor);
        try {
            return f.get(10, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw (RuntimeException) e.getCause();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private String pollSync(Duration timeout) {
        synchronized (pollTimeouts) {
            pollTimeouts.add(timeout);
        }
        Object next = script.isEmpty() ? "Running" : script.poll();
        if (next instanceof SdkException e) {
            throw e;
        }
        return (String) next;
    }

    @ParameterizedTest(name = "async={0}")
    @ValueSource(booleans = {false, true})
    void pollsWithGrowingJitteredDelaysUntilTheState(boolean async) {
        script.addAll(List.of("Running", "Stopping", "Stopping", "Stopping", "Stopped"));

        WaiterResult<String> result = run(async, WaiterConfig.defaults(), STOPPED);

        assertThat(result.response()).contains("Stopped");
        assertThat(result.attempts()).isEqualTo(5);
        assertThat(time.sleeps).hasSize(4);
        // 2 s, 4 s, 8 s, 16 s, each drawn from its upper half
        long[] caps = {2, 4, 8, 16};
        for (int i = 0; i < 4; i++) {
            assertThat(time.sleeps.get(i)).isBetween(Duration.ofSeconds(caps[i]).dividedBy(2), Duration.ofSeconds(caps[i]));
        }
        assertThat(result.elapsed()).isEqualTo(time.sleeps.stream().reduce(Duration.ZERO, Duration::plus));
        assertThat(pollTimeouts).allMatch(t -> t.equals(Duration.ofSeconds(30)));
    }

    @ParameterizedTest(name = "async={0}")
    @ValueSource(booleans = {false, true})
    void aStateThatCanNeverLeadThereFailsAtOnceWithTheServiceText(boolean async) {
        script.addAll(List.of("Stopping", "Failed"));

        assertThatThrownBy(() -> run(async, WaiterConfig.defaults(), STOPPED))
                .isInstanceOfSatisfying(WaiterFailureException.class, e -> {
                    assertThat(e.lastState()).isEqualTo("Failed");
                    assertThat(e.detail()).isEqualTo("disk\\u0007 full"); // escaped, not raw
                    assertThat(e.attempts()).isEqualTo(2);
                    assertThat(e.retryable()).isFalse();
                })
                .hasMessageContaining("job j-1 to stop").hasMessageContaining("it is Failed")
                .hasMessageNotContaining("\u0007");
        assertThat(time.sleeps).hasSize(1);
    }

    @ParameterizedTest(name = "async={0}")
    @ValueSource(booleans = {false, true})
    void givesUpAtMaxWaitWithTheLastStateAndNeverSleepsPastIt(boolean async) {
        WaiterConfig config = WaiterConfig.builder().maxWait(Duration.ofMinutes(2)).build();

        assertThatThrownBy(() -> run(async, config, STOPPED))
                .isInstanceOfSatisfying(WaiterTimeoutException.class, e -> {
                    assertThat(e.lastState()).isEqualTo("Running");
                    assertThat(e.elapsed()).isEqualTo(Duration.ofMinutes(2));
                })
                .hasMessageContaining("Gave up waiting for job j-1 to stop").hasMessageContaining("last state: Running");
        assertThat(time.elapsed()).isEqualTo(Duration.ofMinutes(2)); // the last delay was cut to the deadline
        assertThat(pollTimeouts.get(pollTimeouts.size() - 1)).isEqualTo(Duration.ofSeconds(1)); // not past the end
    }

    @ParameterizedTest(name = "async={0}")
    @ValueSource(booleans = {false, true})
    void givesUpAfterMaxAttempts(boolean async) {
        WaiterConfig config = WaiterConfig.builder().maxAttempts(3).build();

        assertThatThrownBy(() -> run(async, config, STOPPED)).isInstanceOf(WaiterTimeoutException.class)
                .hasMessageContaining("after 3 polls");
        assertThat(pollTimeouts).hasSize(3);
    }

    @ParameterizedTest(name = "async={0}")
    @ValueSource(booleans = {false, true})
    void aThrottledPollWaitsLongerAndGoesOn(boolean async) {
        script.add("Stopping");
        script.add(throttling());
        script.add("Stopped");

        WaiterResult<String> result = run(async, WaiterConfig.defaults(), STOPPED);

        assertThat(result.response()).contains("Stopped");
        assertThat(result.attempts()).isEqualTo(3);
        assertThat(time.sleeps.get(0)).isLessThanOrEqualTo(Duration.ofSeconds(2));
        // unthrottled the second delay would be 2-4 s; throttled it doubles once more: 4-8 s
        assertThat(time.sleeps.get(1)).isBetween(Duration.ofSeconds(4), Duration.ofSeconds(8));
    }

    @ParameterizedTest(name = "async={0}")
    @ValueSource(booleans = {false, true})
    void aRetryableFailureKeepsWaitingAndIsTheTimeoutsCause(boolean async) {
        TransportException lost = new TransportException("connection reset", null, 3, true);
        script.add(lost);
        script.add(lost);
        WaiterConfig config = WaiterConfig.builder().maxAttempts(2).build();

        assertThatThrownBy(() -> run(async, config, STOPPED)).isInstanceOf(WaiterTimeoutException.class)
                .hasCause(lost).hasMessageContaining("last state: unknown");
    }

    @ParameterizedTest(name = "async={0}")
    @ValueSource(booleans = {false, true})
    void aRefusalEndsTheWaitAsItself(boolean async) {
        AccessDeniedException denied = new AccessDeniedException(failure(403, "Forbidden.RAM"));
        script.add("Stopping");
        script.add(denied);

        assertThatThrownBy(() -> run(async, WaiterConfig.defaults(), STOPPED)).isSameAs(denied);
    }

    @ParameterizedTest(name = "async={0}")
    @ValueSource(booleans = {false, true})
    void notFoundCountsAsSuccessWhenWaitingForDeletion(boolean async) {
        ResourceNotFoundException gone = new ResourceNotFoundException(failure(404, "InvalidJobId.NotFound"));
        script.addAll(List.of("Deleting", "Deleting"));
        script.add(gone);

        WaiterResult<String> result = run(async, WaiterConfig.defaults(), DELETED);

        assertThat(result.response()).isEmpty();
        assertThat(result.exception()).containsSame(gone);
        assertThat(result.attempts()).isEqualTo(3);
    }

    @ParameterizedTest(name = "async={0}")
    @ValueSource(booleans = {false, true})
    void notFoundFailsWhenTheAcceptorDoesNotMatchIt(boolean async) {
        ResourceNotFoundException gone = new ResourceNotFoundException(failure(404, "InvalidJobId.NotFound"));
        script.add(gone);

        assertThatThrownBy(() -> run(async, WaiterConfig.defaults(), STOPPED)).isSameAs(gone);
    }

    @Test
    void theAsyncWaiterHoldsNoThreadWhileItWaits() throws Exception {
        ManualTimer timer = new ManualTimer();
        WaiterEngine engine = new WaiterEngine("job j-1 to stop", WaiterConfig.defaults(), Clock.systemUTC(), timer);
        script.addAll(List.of("Stopping", "Stopped"));

        CompletableFuture<WaiterResult<String>> f = engine.awaitAsync(t -> CompletableFuture.completedFuture(pollSync(t)),
                STOPPED);

        assertThat(f).isNotDone(); // returned while the first delay is pending: nothing blocked
        timer.fire();
        assertThat(f.get(1, TimeUnit.SECONDS).response()).contains("Stopped");
    }

    @Test
    void cancellingTheAsyncWaitStopsPolling() {
        ManualTimer timer = new ManualTimer();
        WaiterEngine engine = new WaiterEngine("job j-1 to stop", WaiterConfig.defaults(), Clock.systemUTC(), timer);

        CompletableFuture<WaiterResult<String>> f = engine.awaitAsync(t -> CompletableFuture.completedFuture(pollSync(t)),
                STOPPED);
        f.cancel(true);
        timer.fire();

        assertThat(pollTimeouts).hasSize(1);
    }

    @Test
    void invalidConfigurationsAreRefusedNamingTheField() {
        assertThatThrownBy(() -> WaiterConfig.builder().minDelay(Duration.ofSeconds(10)).maxDelay(Duration.ofSeconds(1))
                .build()).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxDelay");
        assertThatThrownBy(() -> WaiterConfig.builder().pollTimeout(Duration.ZERO).build())
                .hasMessageContaining("pollTimeout");
        assertThatThrownBy(() -> WaiterConfig.builder().maxAttempts(0).build()).hasMessageContaining("maxAttempts");
        assertThatThrownBy(() -> WaiterConfig.builder().maxWait(Duration.ofSeconds(-1)).build())
                .hasMessageContaining("maxWait");
    }

    private static ThrottlingException throttling() {
        return new ThrottlingException(failure(400, "Throttling.User"));
    }

    private static ServiceFailure failure(int status, String code) {
        return new ServiceFailure(CloudProvider.ALIBABA_CLOUD, "SMC", "DescribeReplicationJobs", status,
                ServiceError.of(code, "msg", "req-1"), "{}", 1, false);
    }

    /** A clock that moves only when slept on. */
    static final class FakeTime extends Clock implements Sleeper {
        private final Instant start = Instant.parse("2026-12-01T00:00:00Z");
        private volatile Instant now = start;
        final List<Duration> sleeps = new java.util.concurrent.CopyOnWriteArrayList<>();

        Duration elapsed() {
            return Duration.between(start, now);
        }

        @Override
        public synchronized void sleep(Duration d) {
            sleeps.add(d);
            now = now.plus(d);
        }

        @Override
        public CompletableFuture<Void> delay(Duration d) {
            sleep(d);
            return CompletableFuture.completedFuture(null);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }

    /** A timer whose delays complete only when the test fires them. */
    static final class ManualTimer implements Sleeper {
        private final List<CompletableFuture<Void>> pending = new ArrayList<>();

        @Override
        public void sleep(Duration d) {
            throw new AssertionError("the async waiter must not sleep a thread");
        }

        @Override
        public synchronized CompletableFuture<Void> delay(Duration d) {
            CompletableFuture<Void> f = new CompletableFuture<>();
            pending.add(f);
            return f;
        }

        void fire() {
            List<CompletableFuture<Void>> now;
            synchronized (this) {
                now = new ArrayList<>(pending);
                pending.clear();
            }
            now.forEach(f -> f.complete(null));
        }
    }

}
