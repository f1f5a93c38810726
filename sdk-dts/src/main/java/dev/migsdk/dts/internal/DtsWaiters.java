package dev.migsdk.dts.internal;

import dev.migsdk.core.exception.ResourceNotFoundException;
import dev.migsdk.core.exception.SdkException;
import dev.migsdk.core.internal.pipeline.ClientRuntime;
import dev.migsdk.core.internal.util.Validate;
import dev.migsdk.core.internal.waiter.WaiterEngine;
import dev.migsdk.core.internal.waiter.WaiterEngine.Acceptor;
import dev.migsdk.core.internal.waiter.WaiterEngine.Verdict;
import dev.migsdk.core.waiter.WaiterConfig;
import dev.migsdk.dts.model.DescribeDtsJobDetailRequest;
import dev.migsdk.dts.model.DescribeDtsJobDetailResponse;
import dev.migsdk.dts.model.DtsJobStatus;
import java.time.Duration;
import java.util.Objects;

/** DTS's task state machine, in one place (the table in {@link dev.migsdk.dts.waiters.DtsWaiter}). Internal API. */
final class DtsWaiters {
    static final String NOT_FOUND = "NotFound";

    private DtsWaiters() {
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

    static WaiterEngine engine(ClientRuntime<?> runtime, String dtsJobId, Goal goal, WaiterConfig config) {
        Validate.token(dtsJobId, "dtsJobId");
        Objects.requireNonNull(config, "config");
        return new WaiterEngine("DTS task " + dtsJobId + " to be " + goal.text, config, runtime.settings().clock(),
                runtime.settings().sleeper());
    }

    static DescribeDtsJobDetailRequest poll(String dtsJobId, Duration timeout) {
        return DescribeDtsJobDetailRequest.builder().dtsJobId(dtsJobId)
                .overrides(o -> o.apiCallTimeout(timeout)).build();
    }

    static Acceptor<DescribeDtsJobDetailResponse> acceptor(String dtsJobId, Goal goal) {
        return new Acceptor<>() {
            @Override
            public Verdict onResponse(DescribeDtsJobDetailResponse response) {
                return judge(goal, response);
            }

            @Override
            public Verdict onError(SdkException error) {
                if (!(error instanceof ResourceNotFoundException)) {
                    return null;
                }
                return goal == Goal.DELETED ? Verdict.success(NOT_FOUND)
                        : Verdict.failure(NOT_FOUND, "DTS has no task " + dtsJobId);
            }
        };
    }

    static Verdict judge(Goal goal, DescribeDtsJobDetailResponse job) {
        String state = job.statusAsString();
        DtsJobStatus status = job.status();
        String detail = job.errorMessage() == null || job.errorMessage().isEmpty() ? null : job.errorMessage();
        if (goal == Goal.DELETED) {
            return Verdict.retry(state);
        }
        if (status == null || status == DtsJobStatus.UNKNOWN_TO_SDK_VERSION) {
            return goal == Goal.STOPPED ? Verdict.retry(state) : Verdict.success(state);
        }
        boolean failed = switch (status) {
            case FAILED, MIGRATION_FAILED, INITIALIZE_FAILED, PRECHECK_FAILED -> true;
            default -> false;
        };
        boolean changing = switch (status) {
            case MODIFYING, UPGRADE, DOWNGRADE -> true;
            default -> false;
        };
        if (goal == Goal.STOPPED) {
            if (status == DtsJobStatus.FINISHED || status == DtsJobStatus.SUSPENDING) {
                return Verdict.success(state);
            }
            return failed ? Verdict.failure(state, detail) : Verdict.retry(state);
        }
        return changing ? Verdict.retry(state) : Verdict.success(state);
    }
}
