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
 * The emulated SMC replication jobs, with time: on the emulator's clock a stopped job stays
 * {@code Running} for {@link #stopDelay(Duration)} and then is {@code Stopped}; a deleted job is
 * {@code Deleting} for {@link #deleteDelay(Duration)} and then gone. Both delays are zero unless set, so
 * by default a stop or delete takes effect at once. Thread-safe.
 */
public final class SmcJobs {
    private final Clock clock;
    private final Map<String, Entry> jobs = new LinkedHashMap<>();
    private final Set<String> neverStop = new HashSet<>();
    private final Map<String, String[]> failOnStop = new HashMap<>();
    private Duration stopDelay = Duration.ZERO;
    private Duration deleteDelay = Duration.ZERO;

    SmcJobs(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** A job and the change it is going through: at {@code at} it becomes {@code next} (or is gone if null). */
    private static final class Entry {
        SmcJob job;
        Instant at;
        SmcJob next;
        boolean pending;

        Entry(SmcJob job) {
            this.job = job;
        }
    }

    /** Adds a job, or replaces the job with the same id; returns it. */
    public SmcJob addJob(String jobId, SmcJobStatus status, SmcBusinessStatus businessStatus) {
        return addJob(new SmcJob(requireId(jobId, "jobId"), status, businessStatus));
    }

    /** Adds a job with every field, or replaces the job with the same id; returns it. */
    public synchronized SmcJob addJob(SmcJob job) {
        requireId(job.jobId(), "jobId");
        jobs.put(job.jobId(), new Entry(job));
        return job;
    }

    /** How long a stop takes on the emulator clock (default zero: at once). */
    public synchronized SmcJobs stopDelay(Duration delay) {
        this.stopDelay = requireNotNegative(delay, "delay");
        return this;
    }

    /** How long a deleted job stays {@code Deleting} on the emulator clock (default zero: gone at once). */
    public synchronized SmcJobs deleteDelay(Duration delay) {
        this.deleteDelay = requireNotNegative(delay, "delay");
        return this;
    }

    /** Stops of this job are accepted but never finish: it stays {@code Running}. */
    public synchronized SmcJobs neverFinishStopping(String jobId) {
        neverStop.add(requireId(jobId, "jobId"));
        return this;
    }

    /** Stops of this job end, after the stop delay, in {@code InError} with this {@code ErrorCode} and {@code StatusInfo}. */
    public synchronized SmcJobs failWhileStopping(String jobId, String errorCode, String statusInfo) {
        failOnStop.put(requireId(jobId, "jobId"), new String[] {errorCode, statusInfo});
        return this;
    }

    /** The job's current state, or empty once it has been deleted (or never existed). */
    public synchronized Optional<SmcJob> job(String jobId) {
        Entry e = settled(jobId, clock.instant());
        return Optional.ofNullable(e == null ? null : e.job);
    }

    /** All jobs, in the order they were added. */
    public synchronized List<SmcJob> jobs() {
        return List.copyOf(snapshot(clock.instant()));
    }

    /** Removes every job and every configured behaviour; delays back to zero. */
    public synchronized void clear() {
        jobs.clear();
        neverStop.clear();
        failOnStop.clear();
        stopDelay = Duration.ZERO;
        deleteDelay = Duration.ZERO;
    }

    /** The jobs as they are at {@code now}. */
    synchronized List<SmcJob> snapshot(Instant now) {
        List<SmcJob> out = new ArrayList<>();
        for (String id : List.copyOf(jobs.keySet())) {
            Entry e = settled(id, now);
            if (e != null) {
                out.add(e.job);
            }
        }
        return out;
    }

    /** Stops the job if it is stoppable; returns the job as it was before, or null if unknown. */
    synchronized SmcJob stop(String jobId, Instant now) {
        Entry e = settled(jobId, now);
        if (e == null) {
            return null;
        }
        SmcJob before = e.job;
        if (before.stoppable() && !e.pending) {
            if (neverStop.contains(jobId)) {
                e.pending = true; // accepted, never completes
                e.at = Instant.MAX;
                e.next = before;
            } else {
                String[] failure = failOnStop.get(jobId);
                schedule(e, now, stopDelay, failure == null ? before.withStatus(SmcJobStatus.STOPPED)
                        : before.failed(failure[0], failure[1]));
            }
        }
        return before;
    }

    /** Deletes the job if it is deletable; returns the job as it was before, or null if unknown. */
    synchronized SmcJob delete(String jobId, Instant now) {
        Entry e = settled(jobId, now);
        if (e == null) {
            return null;
        }
        SmcJob before = e.job;
        if (before.deletable()) {
            if (deleteDelay.isZero()) {
                jobs.remove(jobId);
            } else {
                e.job = before.withStatus(SmcJobStatus.DELETING);
                schedule(e, now, deleteDelay, null);
            }
        }
        return before;
    }

    private static void schedule(Entry e, Instant now, Duration delay, SmcJob next) {
        if (delay.isZero()) {
            if (next != null) {
                e.job = next;
            }
            e.pending = next == null; // a zero-delay removal is settled by the caller
            e.at = now;
            e.next = null;
            return;
        }
        e.pending = true;
        e.at = now.plus(delay);
        e.next = next;
    }

    /** The entry after any change due by {@code now}; null if there is no such job (any more). */
    private Entry settled(String jobId, Instant now) {
        Entry e = jobs.get(jobId);
        if (e != null && e.pending && e.at != Instant.MAX && !now.isBefore(e.at)) {
            if (e.next == null) {
                jobs.remove(jobId);
                return null;
            }
            e.job = e.next;
            e.next = null;
            e.pending = false;
        }
        return e;
    }

    static String requireId(String id, String field) {
        Objects.requireNonNull(id, field);
        if (id.isBlank()) {
            throw new IllegalArgumentException(field + " must not be blank");
        }
        return id;
    }

    static Duration requireNotNegative(Duration d, String field) {
        Objects.requireNonNull(d, field);
        if (d.isNegative()) {
            throw new IllegalArgumentException(field + " must not be negative (was " + d + ")");
        }
        return d;
    }
}
