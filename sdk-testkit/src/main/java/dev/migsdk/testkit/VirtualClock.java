package dev.migsdk.testkit;

import dev.migsdk.core.Sleeper;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A clock that moves only when told to, and a {@link Sleeper} that moves it instead of waiting: give it to
 * the emulator ({@link MigrationEmulator.Builder#clock}) and the emulator hands out clients that sign,
 * back off and poll on it, so a stop that takes ten virtual minutes and the waiter that watches it run
 * in milliseconds. Thread-safe: concurrent sleepers each move the clock by their own wait.
 */
public final class VirtualClock extends Clock implements Sleeper {
    private final AtomicLong nanos;

    private VirtualClock(long epochNanos) {
        this.nanos = new AtomicLong(epochNanos);
    }

    /** A virtual clock starting at {@code start}. */
    public static VirtualClock startingAt(Instant start) {
        return new VirtualClock(Math.addExact(Math.multiplyExact(start.getEpochSecond(), 1_000_000_000L),
                start.getNano()));
    }

    /** A virtual clock starting at the current real time (so signatures checked against it stay valid). */
    public static VirtualClock startingNow() {
        return startingAt(Instant.now());
    }

    /** Moves the clock forward by {@code d}. */
    public void advance(Duration d) {
        Objects.requireNonNull(d, "d");
        if (d.isNegative()) {
            throw new IllegalArgumentException("a clock does not go back (" + d + ")");
        }
        nanos.addAndGet(d.toNanos());
    }

    @Override
    public Instant instant() {
        long n = nanos.get();
        return Instant.ofEpochSecond(Math.floorDiv(n, 1_000_000_000L), Math.floorMod(n, 1_000_000_000L));
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(instant(), zone); // a snapshot: virtual time moves only through this instance
    }

    /** Moves the clock by {@code duration} and returns at once (checks the interrupt flag like a real sleep). */
    @Override
    public void sleep(Duration duration) throws InterruptedException {
        if (Thread.interrupted()) {
            throw new InterruptedException("interrupted before a virtual sleep");
        }
        if (!duration.isNegative()) {
            advance(duration);
        }
    }

    /** Moves the clock by {@code duration}; the future is already complete. */
    @Override
    public CompletableFuture<Void> delay(Duration duration) {
        if (!duration.isNegative()) {
            advance(duration);
        }
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public String toString() {
        return "VirtualClock[" + instant() + "]";
    }
}
