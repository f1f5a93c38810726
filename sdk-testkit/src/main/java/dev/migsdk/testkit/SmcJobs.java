package dev.migsdk.testkit;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** The emulated SMC replication jobs. Thread-safe. */
public final class SmcJobs {
    private final Map<String, SmcJob> jobs = new LinkedHashMap<>();

    SmcJobs() {
    }

    /** Adds a job, or replaces the job with the same id; returns it. */
    public synchronized SmcJob addJob(String jobId, SmcJobStatus status, SmcBusinessStatus businessStatus) {
        SmcJob job = new SmcJob(requireId(jobId, "jobId"), status, businessStatus);
        jobs.put(jobId, job);
        return job;
    }

    /** The job's current state, or empty once it has been deleted (or never existed). */
    public synchronized Optional<SmcJob> job(String jobId) {
        return Optional.ofNullable(jobs.get(jobId));
    }

    /** All jobs, in the order they were added. */
    public synchronized List<SmcJob> jobs() {
        return List.copyOf(jobs.values());
    }

    /** Removes every job. */
    public synchronized void clear() {
        jobs.clear();
    }

    /** Stops the job if it is stoppable; returns the job as it was before, or null if unknown. */
    synchronized SmcJob stop(String jobId) {
        SmcJob before = jobs.get(jobId);
        if (before != null && before.stoppable()) {
            jobs.put(jobId, new SmcJob(jobId, SmcJobStatus.STOPPED, before.businessStatus()));
        }
        return before;
    }

    /** Deletes the job if it is deletable; returns the job as it was before, or null if unknown. */
    synchronized SmcJob delete(String jobId) {
        SmcJob before = jobs.get(jobId);
        if (before != null && before.deletable()) {
            jobs.remove(jobId);
        }
        return before;
    }

    static String requireId(String id, String field) {
        Objects.requireNonNull(id, field);
        if (id.isBlank()) {
            throw new IllegalArgumentException(field + " must not be blank");
        }
        return id;
    }
}
