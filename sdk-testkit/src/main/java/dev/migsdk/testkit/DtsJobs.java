package dev.migsdk.testkit;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The emulated DTS jobs. Thread-safe. */
public final class DtsJobs {
    private final Map<String, DtsJob> jobs = new LinkedHashMap<>();

    DtsJobs() {
    }

    /** Adds a job, or replaces the job with the same id; returns it. */
    public synchronized DtsJob addJob(String dtsJobId, DtsJobStatus status) {
        DtsJob job = new DtsJob(SmcJobs.requireId(dtsJobId, "dtsJobId"), status);
        jobs.put(dtsJobId, job);
        return job;
    }

    /** The job's current state, or empty once it has been deleted (or never existed). */
    public synchronized Optional<DtsJob> job(String dtsJobId) {
        return Optional.ofNullable(jobs.get(dtsJobId));
    }

    /** All jobs, in the order they were added. */
    public synchronized List<DtsJob> jobs() {
        return List.copyOf(jobs.values());
    }

    /** Removes every job. */
    public synchronized void clear() {
        jobs.clear();
    }

    /** Deletes the job; returns it as it was, or null if unknown. */
    synchronized DtsJob delete(String dtsJobId) {
        return jobs.remove(dtsJobId);
    }
}
