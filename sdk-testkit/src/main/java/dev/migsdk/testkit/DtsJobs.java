package dev.migsdk.testkit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The emulated DTS jobs, with time: a stopped job keeps its state for {@link #stopDelay(Duration)} on the
 * emulator clock and is then {@code Finished}; a suspended one likewise ends {@code Suspending} (paused).
 * The delay is zero unless set. Deletes take effect at once. Thread-safe.
 */
public final class DtsJobs {
    private final Clock clock;
    private final Map<String, Entry> jobs = new LinkedHashMap<>();
    private final Set<String> neverStop = new HashSet<>();
    private final Map<String, String> failOnStop = new HashMap<>();
    private Duration stopDelay = Duration.ZERO;

    DtsJobs(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    private static final class Entry {
        DtsJob job;
        DtsJob next;
        Instant at;

        Entry(DtsJob job) {
            this.job = job;
        }
    }

    /** Adds a job, or replaces the job with the same id; returns it. */
    public DtsJob addJob(String dtsJobId, DtsJobStatus status) {
        return addJob(new DtsJob(SmcJobs.requireId(dtsJobId, "dtsJobId"), status));
    }

    /** Adds a job with every field, or replaces the job with the same id; returns it. */
    public synchronized DtsJob addJob(DtsJob job) {
        SmcJobs.requireId(job.dtsJobId(), "dtsJobId");
        jobs.put(job.dtsJobId(), new Entry(job));
        return job;
    }

    /** How long a stop or suspend takes on the emulator clock (default zero: at once). */
    public synchronized DtsJobs stopDelay(Duration delay) {
        this.stopDelay = SmcJobs.requireNotNegative(delay, "delay");
        return this;
    }

    /** Stops and suspends of this job are accepted but never take effect. */
    public synchronized DtsJobs neverFinishStopping(String dtsJobId) {
        neverStop.add(SmcJobs.requireId(dtsJobId, "dtsJobId"));
        return this;
    }

    /** Stops and suspends of this job end, after the stop delay, in {@code Failed} with this {@code ErrorMessage}. */
    public synchronized DtsJobs failWhileStopping(String dtsJobId, String errorMessage) {
        failOnStop.put(SmcJobs.requireId(dtsJobId, "dtsJobId"), errorMessage);
        return this;
    }

    /** The job's current state, or empty once it has been deleted (or never existed). */
    public synchronized Optional<DtsJob> job(String dtsJobId) {
        Entry e = settled(dtsJobId, clock.instant());
        return Optional.ofNullable(e == null ? null : e.job);
    }

    /** All jobs, in the order they were added. */
    public synchronized List<DtsJob> jobs() {
        Instant now = clock.instant();
        List<DtsJob> out = new ArrayList<>();
        for (String id : List.copyOf(jobs.keySet())) {
            out.add(settled(id, now).job);
        }
        return List.copyOf(out);
    }

    /** Removes every job and every configured behaviour; the delay back to zero. */
    public synchronized void clear() {
        jobs.clear();
        neverStop.clear();
        failOnStop.clear();
        stopDelay = Duration.ZERO;
    }

    /** The jobs as they are at {@code now}, in the order they were added. */
    synchronized List<DtsJob> snapshot(Instant now) {
        List<DtsJob> out = new ArrayList<>();
        for (String id : List.copyOf(jobs.keySet())) {
            out.add(settled(id, now).job);
        }
        return out;
    }

    /** The job at {@code now}, or null if unknown. */
    synchronized DtsJob describe(String dtsJobId, Instant now) {
        Entry e = settled(dtsJobId, now);
        return e == null ? null : e.job;
    }

    /** Starts moving the job to {@code target} (Finished or Suspending); returns it as it was, or null if unknown. */
    synchronized DtsJob stop(String dtsJobId, DtsJobStatus target, Instant now) {
        Entry e = settled(dtsJobId, now);
        if (e == null) {
            return null;
        }
        DtsJob before = e.job;
        if (e.next != null || neverStop.contains(dtsJobId) || before.status() == target) {
            return before;
        }
        String failure = failOnStop.get(dtsJobId);
        DtsJob next = failure == null ? new DtsJob(dtsJobId, target) : new DtsJob(dtsJobId, DtsJobStatus.FAILED, failure);
        if (stopDelay.isZero()) {
            e.job = next;
        } else {
            e.next = next;
            e.at = now.plus(stopDelay);
        }
        return before;
    }

    /** Deletes the job; returns it as it was, or null if unknown. */
    synchronized DtsJob delete(String dtsJobId) {
        Entry e = jobs.remove(dtsJobId);
        return e == null ? null : e.job;
    }

    private Entry settled(String dtsJobId, Instant now) {
        Entry e = jobs.get(dtsJobId);
        if (e != null && e.next != null && !now.isBefore(e.at)) {
            e.job = e.next;
            e.next = null;
        }
        return e;
    }
}
