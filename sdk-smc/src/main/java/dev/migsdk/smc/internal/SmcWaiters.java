package dev.migsdk.smc.internal;

import dev.migsdk.core.exception.ResourceNotFoundException;
import dev.migsdk.core.exception.SdkException;
import dev.migsdk.core.internal.pipeline.ClientRuntime;
import dev.migsdk.core.internal.util.Validate;
import dev.migsdk.core.internal.waiter.WaiterEngine;
import dev.migsdk.core.internal.waiter.WaiterEngine.Acceptor;
import dev.migsdk.core.internal.waiter.WaiterEngine.Verdict;
import dev.migsdk.core.waiter.WaiterConfig;
import dev.migsdk.core.waiter.WaiterResult;
import dev.migsdk.smc.model.DescribeReplicationJobsRequest;
import dev.migsdk.smc.model.DescribeReplicationJobsResponse;
import dev.migsdk.smc.model.ReplicationJob;
import dev.migsdk.smc.model.ReplicationJobStatus;
import java.time.Duration;
import java.util.Objects;

/**
 * SMC's job state machine, in one place: what each {@code Status} means to each wait, and the poll
 * ({@code DescribeReplicationJobs} with {@code JobId.1}). Internal API.
 */
final class SmcWaiters {
    /** The state reported when SMC no longer lists the job (or says it does not exist). */
    static final String NOT_FOUND = "NotFound";

    private SmcWaiters() {
    }

    /** What is waited for. */
    enum Goal {
        STOPPED("stopped"),
        DELETABLE("deletable"),
        DELETED("deleted");

        private final String text;

        Goal(String text) {
            this.text = text;
        }
    }

    static WaiterEngine engine(ClientRuntime<?> runtime, String jobId, Goal goal, WaiterConfig config) {
        Validate.token(jobId, "jobId");
        Objects.requireNonNull(config, "config");
        return new WaiterEngine("SMC job " + jobId + " to be " + goal.text, config, runtime.settings().clock(),
                runtime.settings().sleeper());
    }

    static DescribeReplicationJobsRequest poll(String jobId, Duration timeout) {
        return DescribeReplicationJobsRequest.builder().jobIds(jobId)
                .overrides(o -> o.apiCallTimeout(timeout)).build();
    }

    static Acceptor<DescribeReplicationJobsResponse> acceptor(String jobId, Goal goal) {
        return new Acceptor<>() {
            @Override
            public Verdict onResponse(DescribeReplicationJobsResponse response) {
                ReplicationJob job = find(response, jobId);
                return job == null ? absent(goal, jobId) : judge(goal, job);
            }

            @Override
            public Verdict onError(SdkException error) {
                return error instanceof ResourceNotFoundException ? absent(goal, jobId) : null;
            }
        };
    }

    /** The typed result: the job as last described, the not-found error, or nothing when it is no longer listed. */
    static WaiterResult<ReplicationJob> result(WaiterResult<DescribeReplicationJobsResponse> r, String jobId) {
        if (r.exception().isPresent()) {
            return WaiterResult.ofException(r.exception().get(), r.attempts(), r.elapsed());
        }
        ReplicationJob job = r.response().map(p -> find(p, jobId)).orElse(null);
        return job == null ? WaiterResult.ofAbsence(r.attempts(), r.elapsed())
                : WaiterResult.ofResponse(job, r.attempts(), r.elapsed());
    }

    static ReplicationJob find(DescribeReplicationJobsResponse response, String jobId) {
        for (ReplicationJob j : response.jobs()) {
            if (jobId.equals(j.jobId())) {
                return j;
            }
        }
        return null;
    }

    private static Verdict absent(Goal goal, String jobId) {
        return goal == Goal.DELETED ? Verdict.success(NOT_FOUND)
                : Verdict.failure(NOT_FOUND, "SMC has no job " + jobId);
    }

    /** The table in {@link dev.migsdk.smc.waiters.SmcWaiter}'s class comment. */
    static Verdict judge(Goal goal, ReplicationJob job) {
        String state = job.statusAsString();
        ReplicationJobStatus status = job.status();
        String detail = detail(job);
        if (status == null || status == ReplicationJobStatus.UNKNOWN_TO_SDK_VERSION) {
            return Verdict.retry(state);
        }
        switch (goal) {
            case STOPPED:
                return switch (status) {
                    case STOPPED -> Verdict.success(state);
                    case RUNNING -> Verdict.retry(state);
                    default -> Verdict.failure(state, detail);
                };
            case DELETABLE:
                return switch (status) {
                    case RUNNING -> Verdict.retry(state);
                    case DELETING -> Verdict.failure(state, detail == null ? "the job is already being deleted" : detail);
                    default -> Verdict.success(state);
                };
            default:
                return status == ReplicationJobStatus.RUNNING
                        ? Verdict.failure(state, detail == null ? "SMC does not delete a running job" : detail)
                        : Verdict.retry(state);
        }
    }

    private static String detail(ReplicationJob job) {
        String info = job.statusInfo() == null || job.statusInfo().isEmpty() ? null : job.statusInfo();
        String code = job.errorCode() == null || job.errorCode().isEmpty() ? null : job.errorCode();
        if (info == null) {
            return code == null ? null : "ErrorCode " + code;
        }
        return code == null ? info : info + "; ErrorCode " + code;
    }
}
