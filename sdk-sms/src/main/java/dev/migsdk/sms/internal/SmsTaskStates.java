package dev.migsdk.sms.internal;

import dev.migsdk.core.exception.ResourceNotFoundException;
import dev.migsdk.core.exception.SdkException;
import dev.migsdk.core.internal.waiter.WaiterEngine.Acceptor;
import dev.migsdk.core.internal.waiter.WaiterEngine.Verdict;
import dev.migsdk.sms.model.ShowTaskResponse;
import dev.migsdk.sms.model.TaskState;

/**
 * The SMS task state machine, in one place: which states mean success, "keep waiting" or "never" for each
 * waiter. A state this SDK does not know keeps waiting (the wait then ends by its time limit). Internal API.
 */
final class SmsTaskStates {
    private SmsTaskStates() {
    }

    /** ABORT is success; running, syncing, aborting and rolling back keep waiting; the rest cannot become ABORT. */
    static final Acceptor<ShowTaskResponse> STOPPED = response -> {
        TaskState s = response.state();
        if (s == TaskState.ABORT) {
            return Verdict.success(name(response));
        }
        if (s == TaskState.MIGRATE_SUCCESS || s == TaskState.MIGRATE_FAIL || s == TaskState.READY
                || s == TaskState.DELETING || s == TaskState.SYNC_F_ROLLBACK_SUCCESS) {
            return Verdict.failure(name(response), response.errorJson());
        }
        return Verdict.retry(name(response));
    };

    /** Deletable: not in progress, or the agent is disconnected; DELETING will never become deletable. */
    static final Acceptor<ShowTaskResponse> DELETABLE = response -> {
        TaskState s = response.state();
        if (s == TaskState.DELETING) {
            return Verdict.failure(name(response), "the task is being deleted");
        }
        if (Boolean.FALSE.equals(response.connected())
                || (s != null && s != TaskState.UNKNOWN_TO_SDK_VERSION && !s.inProgress())) {
            return Verdict.success(name(response));
        }
        return Verdict.retry(name(response));
    };

    /** Only "not found" is success. */
    static final Acceptor<ShowTaskResponse> DELETED = new Acceptor<>() {
        @Override
        public Verdict onResponse(ShowTaskResponse response) {
            return Verdict.retry(name(response));
        }

        @Override
        public Verdict onError(SdkException error) {
            return error instanceof ResourceNotFoundException ? Verdict.success("deleted") : null;
        }
    };

    private static String name(ShowTaskResponse r) {
        return r.stateAsString() == null ? "without a state" : r.stateAsString();
    }
}
