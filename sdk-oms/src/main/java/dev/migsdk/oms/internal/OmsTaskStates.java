package dev.migsdk.oms.internal;

import dev.migsdk.core.exception.ResourceNotFoundException;
import dev.migsdk.core.exception.SdkException;
import dev.migsdk.core.internal.waiter.WaiterEngine.Acceptor;
import dev.migsdk.core.internal.waiter.WaiterEngine.Verdict;
import dev.migsdk.oms.model.ShowTaskResponse;
import dev.migsdk.oms.model.TaskStatus;

/**
 * The OMS task state machine, in one place: which statuses mean success, "keep waiting" or "never" for each
 * waiter. A status this SDK does not know keeps waiting (the wait then ends by its time limit). Internal API.
 */
final class OmsTaskStates {
    private OmsTaskStates() {
    }

    /** Paused is success; in progress keeps waiting; failed or succeeded will never become paused. */
    static final Acceptor<ShowTaskResponse> STOPPED = response -> {
        TaskStatus s = response.status();
        if (s == TaskStatus.PAUSED) {
            return Verdict.success(name(response));
        }
        if (s == TaskStatus.FAILED || s == TaskStatus.SUCCEEDED) {
            return Verdict.failure(name(response), reason(response));
        }
        return Verdict.retry(name(response));
    };

    /** Paused, failed or succeeded can be deleted; every other status keeps waiting. */
    static final Acceptor<ShowTaskResponse> DELETABLE = response -> {
        TaskStatus s = response.status();
        if (s == TaskStatus.PAUSED || s == TaskStatus.FAILED || s == TaskStatus.SUCCEEDED) {
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

    /** The status for messages: {@code PAUSING (7)}, or the raw code when unknown. */
    private static String name(ShowTaskResponse r) {
        TaskStatus s = r.status();
        return s == null ? "without a status" : s.name() + " (" + r.statusCode() + ")";
    }

    private static String reason(ShowTaskResponse r) {
        if (r.errorCode() == null && r.errorMessage() == null) {
            return null;
        }
        return r.errorCode() == null ? r.errorMessage()
                : r.errorMessage() == null ? r.errorCode() : r.errorCode() + ": " + r.errorMessage();
    }
}
