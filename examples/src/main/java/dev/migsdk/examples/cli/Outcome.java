package dev.migsdk.examples.cli;

import dev.migsdk.core.exception.SdkClientException;
import dev.migsdk.core.exception.ServiceException;
import dev.migsdk.core.exception.WaiterFailureException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/**
 * What happened to one id.
 *
 * @param id     the id as given
 * @param done   the service's answer, or {@code null} when the call failed or was not sent
 * @param error  the failure, or {@code null}
 * @param curl   with {@code --dry-run}: the request that was built but not sent, as a redacted curl command;
 *               otherwise {@code null}
 * @param cancel for an id an interrupt or the deadline stopped: how far it got; otherwise {@code null}
 */
record Outcome(String id, Done done, Throwable error, String curl, Cancel cancel) {

    /** How far an id stopped by an interrupt or the deadline got. */
    enum Cancel {
        /** Nothing was sent for it. */
        NOT_STARTED,
        /** Its call was on its way and did not answer within the grace period: it may have taken effect. */
        IN_FLIGHT,
        /** Some of its steps were done (e.g. stopped, not yet deleted); nothing was on its way. */
        PART_DONE
    }

    /**
     * A successful answer.
     *
     * @param requestId      the service's request id
     * @param alreadyDeleted whether an earlier attempt whose answer was lost had already deleted it
     * @param attempts       attempts the call took (the response's metadata)
     * @param detail         what the answer said, for describe, wait and clean (e.g. the task's state), or
     *                       {@code null}
     */
    record Done(String requestId, boolean alreadyDeleted, int attempts, String detail) {
        Done(String requestId, boolean alreadyDeleted, int attempts) {
            this(requestId, alreadyDeleted, attempts, null);
        }
    }

    /** What happened, as reported and as it counts for the exit code. */
    enum Kind { OK, NOT_SENT, SERVICE, CLIENT, USAGE, CANCELLED }

    /**
     * The outcome of one call. When the dry run captured a request ({@code curl} is not {@code null}) the
     * request was built and signed but not sent: the stand-in answer the dry run gave the SDK to end the call
     * is no result, so it is dropped (there is no request id, and nothing was deleted or stopped).
     */
    static Outcome of(String id, Done done, Throwable error, String curl) {
        if (curl != null) {
            return new Outcome(id, null, null, curl, null);
        }
        return new Outcome(id, done, error == null ? null : unwrap(error), null, null);
    }

    /** An id stopped by an interrupt or the deadline. */
    static Outcome cancelled(String id, Cancel cancel) {
        return new Outcome(id, null, null, null, cancel);
    }

    Kind kind() {
        if (cancel != null) {
            return Kind.CANCELLED;
        }
        if (curl != null) {
            return Kind.NOT_SENT;
        }
        if (error == null) {
            return Kind.OK;
        }
        if (error instanceof ServiceException || error instanceof WaiterFailureException) {
            return Kind.SERVICE; // a wait that failed did so on the service's answer (the task's state)
        }
        if (error instanceof IllegalArgumentException || error instanceof NullPointerException) {
            return Kind.USAGE;
        }
        return Kind.CLIENT;
    }

    /** The service answered with success. */
    boolean ok() {
        return kind() == Kind.OK;
    }

    /** The id could not be acted on (or, in a dry run, no request could be built for it), or was cut short. */
    boolean failed() {
        return error != null || cancel != null;
    }

    /** The request id of the answer or of the refusal, or {@code null}. */
    String requestId() {
        if (done != null) {
            return done.requestId();
        }
        return error instanceof ServiceException se ? se.requestId() : null;
    }

    /** Attempts the SDK made (from the response's metadata, or the failure); 0 when nothing says. */
    int attempts() {
        if (done != null) {
            return done.attempts();
        }
        if (error instanceof ServiceException se) {
            return se.attempts();
        }
        return error instanceof SdkClientException ce ? ce.attempts() : 0;
    }

    private static Throwable unwrap(Throwable t) {
        while ((t instanceof CompletionException || t instanceof ExecutionException) && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }
}
