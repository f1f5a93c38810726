package dev.migsdk.core.internal.waiter;

import dev.migsdk.core.Sleeper;
import dev.migsdk.core.exception.ApiCallTimeoutException;
import dev.migsdk.core.exception.SdkClientException;
import dev.migsdk.core.exception.SdkException;
import dev.migsdk.core.exception.ThrottlingException;
import dev.migsdk.core.exception.WaiterFailureException;
import dev.migsdk.core.exception.WaiterTimeoutException;
import dev.migsdk.core.internal.util.ServerText;
import dev.migsdk.core.waiter.WaiterConfig;
import dev.migsdk.core.waiter.WaiterResult;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;

/**
 * Polls until an {@link Acceptor} says the state is reached or never will be. Throttled polls, polls
 * the client gave up on after its retries ({@code retryable()}) and polls that timed out count as "keep
 * waiting"; any other error ends the wait as itself unless the acceptor matches it. The async form
 * waits on the {@link Sleeper}'s timer, never on a thread. Internal API.
 */
public final class WaiterEngine {
    private static final Duration MIN_POLL_TIMEOUT = Duration.ofSeconds(1);

    private final String description;
    private final WaiterConfig config;
    private final Clock clock;
    private final Sleeper sleeper;

    /**
     * @param description what is waited for, for messages (e.g. {@code "SMC job j-1 to be stopped"})
     */
    public WaiterEngine(String description, WaiterConfig config, Clock clock, Sleeper sleeper) {
        this.description = Objects.requireNonNull(description, "description");
        this.config = Objects.requireNonNull(config, "config");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
    }

    /** What a poll's answer means. */
    public enum Outcome {
        /** The wanted state: the wait ends well. */
        SUCCESS,
        /** Not yet: poll again. */
        RETRY,
        /** The wanted state cannot come from here: fail at once. */
        FAILURE
    }

    /**
     * A judged poll.
     *
     * @param outcome what to do
     * @param state   the state seen, as the service names it (for messages and results); may be null
     * @param detail  what the service said about it (status info, error text); may be null
     */
    public record Verdict(Outcome outcome, String state, String detail) {
        public static Verdict success(String state) {
            return new Verdict(Outcome.SUCCESS, state, null);
        }

        public static Verdict retry(String state) {
            return new Verdict(Outcome.RETRY, state, null);
        }

        public static Verdict failure(String state, String detail) {
            return new Verdict(Outcome.FAILURE, state, detail);
        }
    }

    /**
     * Judges polls.
     *
     * @param <T> the poll's response
     */
    public interface Acceptor<T> {
        /** Judges a poll's response. */
        Verdict onResponse(T response);

        /** Judges a poll's error (e.g. not found); {@code null} ends the wait with the error itself. */
        default Verdict onError(SdkException error) {
            return null;
        }
    }

    /** Polls on the calling thread until done; {@code poll} gets the poll's deadline. */
    public <T> WaiterResult<T> await(Function<Duration, T> poll, Acceptor<T> acceptor) {
        State state = new State(clock.instant());
        while (true) {
            Judged<T> judged;
            try {
                judged = judge(state, poll.apply(state.pollTimeout()), null, acceptor);
            } catch (SdkException e) {
                judged = judge(state, null, e, acceptor);
            }
            if (judged.done != null) {
                return judged.done;
            }
            try {
                sleeper.sleep(judged.delay);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new SdkClientException("Interrupted while waiting for " + description + " after "
                        + state.attempts + " polls", e, state.attempts, false);
            }
        }
    }

    /** Polls without blocking; {@code poll} gets the poll's deadline and must not block. */
    public <T> CompletableFuture<WaiterResult<T>> awaitAsync(Function<Duration, CompletableFuture<T>> poll,
                                                             Acceptor<T> acceptor) {
        CompletableFuture<WaiterResult<T>> result = new CompletableFuture<>();
        State state = new State(clock.instant());
        pollAsync(state, poll, acceptor, result);
        return result;
    }

    private <T> void pollAsync(State state, Function<Duration, CompletableFuture<T>> poll, Acceptor<T> acceptor,
                               CompletableFuture<WaiterResult<T>> result) {
        if (result.isDone()) {
            return; // cancelled by the caller
        }
        CompletableFuture<T> f;
        try {
            f = Objects.requireNonNull(poll.apply(state.pollTimeout()), "poll future");
        } catch (RuntimeException e) {
            f = CompletableFuture.failedFuture(e);
        }
        f.whenComplete((response, error) -> {
            try {
                Throwable cause = unwrap(error);
                if (cause != null && !(cause instanceof SdkException)) {
                    result.completeExceptionally(cause);
                    return;
                }
                Judged<T> judged = judge(state, response, (SdkException) cause, acceptor);
                if (judged.done != null) {
                    result.complete(judged.done);
                    return;
                }
                sleeper.delay(judged.delay).whenComplete((v, e) -> pollAsync(state, poll, acceptor, result));
            } catch (RuntimeException e) { // the verdict is a failure (or the acceptor threw)
                result.completeExceptionally(e);
            }
        });
    }

    /** Judges one poll: a result when done, else the delay before the next; throws the failures. */
    private <T> Judged<T> judge(State state, T response, SdkException error, Acceptor<T> acceptor) {
        state.attempts++;
        boolean throttled = false;
        Verdict verdict;
        if (error == null) {
            verdict = Objects.requireNonNull(acceptor.onResponse(response), "verdict");
        } else {
            verdict = acceptor.onError(error);
            if (verdict == null) {
                if (error instanceof ThrottlingException) {
                    throttled = true;
                } else if (!error.retryable() && !(error instanceof ApiCallTimeoutException)) {
                    throw error;
                }
                verdict = Verdict.retry(state.lastState);
                state.lastError = error;
            }
        }
        if (verdict.state() != null) {
            state.lastState = verdict.state();
        }
        Duration elapsed = state.elapsed();
        switch (verdict.outcome()) {
            case SUCCESS:
                return new Judged<>(error == null ? WaiterResult.ofResponse(response, state.attempts, elapsed)
                        : WaiterResult.ofException(error, state.attempts, elapsed), null);
            case FAILURE:
                String detail = verdict.detail() == null ? null : ServerText.clean(verdict.detail());
                throw new WaiterFailureException("Stopped waiting for " + description + ": it is "
                        + ServerText.clean(String.valueOf(verdict.state())) + ", from which it cannot get there"
                        + (detail == null || detail.isEmpty() ? "" : " (" + detail + ")") + "; after "
                        + state.attempts + " polls in " + elapsed, state.attempts, elapsed, verdict.state(), detail);
            default:
                break;
        }
        Duration remaining = config.maxWait().minus(elapsed);
        if (state.attempts >= config.maxAttempts() || remaining.isNegative() || remaining.isZero()) {
            throw new WaiterTimeoutException("Gave up waiting for " + description + " after " + state.attempts
                    + " polls in " + elapsed + " (maxWait " + config.maxWait() + ", maxAttempts "
                    + (config.maxAttempts() == Integer.MAX_VALUE ? "unlimited" : config.maxAttempts())
                    + "); last state: " + (state.lastState == null ? "unknown"
                    : ServerText.clean(state.lastState)), state.lastError, state.attempts, elapsed,
                    state.lastState);
        }
        Duration delay = state.nextDelay(throttled);
        return new Judged<>(null, delay.compareTo(remaining) > 0 ? remaining : delay);
    }

    private record Judged<T>(WaiterResult<T> done, Duration delay) {
    }

    /** One wait's progress. */
    private final class State {
        private final Instant start;
        private int attempts;
        private int step;
        private String lastState;
        private SdkException lastError;

        State(Instant start) {
            this.start = start;
        }

        Duration elapsed() {
            Duration d = Duration.between(start, clock.instant());
            return d.isNegative() ? Duration.ZERO : d;
        }

        /** Each poll's deadline: the configured one, but not past the wait's end (at least a second). */
        Duration pollTimeout() {
            Duration remaining = config.maxWait().minus(elapsed());
            Duration t = remaining.compareTo(config.pollTimeout()) < 0 ? remaining : config.pollTimeout();
            return t.compareTo(MIN_POLL_TIMEOUT) < 0 ? MIN_POLL_TIMEOUT : t;
        }

        /** Doubles from minDelay to maxDelay (a throttled poll doubles once more, up to twice maxDelay); upper-half jitter. */
        Duration nextDelay(boolean throttled) {
            step += throttled ? 2 : 1;
            long min = Math.max(1, config.minDelay().toNanos());
            long cap = throttled ? saturatedDouble(config.maxDelay().toNanos()) : config.maxDelay().toNanos();
            long d = min;
            for (int i = 1; i < step && d < cap; i++) {
                d = saturatedDouble(d);
            }
            d = Math.min(d, cap);
            if (d <= 1) {
                return Duration.ofNanos(Math.max(0, d));
            }
            long half = d / 2;
            return Duration.ofNanos(half + ThreadLocalRandom.current().nextLong(d - half + 1));
        }
    }

    private static long saturatedDouble(long v) {
        return v > Long.MAX_VALUE / 2 ? Long.MAX_VALUE : v * 2;
    }

    private static Throwable unwrap(Throwable t) {
        while (t instanceof CompletionException && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }
}
