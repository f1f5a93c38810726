package dev.migsdk.examples.cli;

import dev.migsdk.core.exception.SdkClientException;
import dev.migsdk.core.exception.ServiceException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/**
 * What happened to one id.
 *
 * @param id              the id as given
 * @param done            the answer, or {@code null} on failure
 * @param error           the failure, or {@code null} on success
 * @param dryRun          the redacted curl command when nothing was sent, or {@code null}
 */
record Outcome(String id, Done done, Throwable error, String dryRun) {

    /**
     * A successful answer.
     *
     * @param requestId      the service's request id
     * @param alreadyDeleted whether an earlier attempt whose answer was lost had already deleted it
     */
    record Done(String requestId, boolean alreadyDeleted) {
    }

    /** How an outcome counts for the exit code. */
    enum Kind { OK, SERVICE, CLIENT, USAGE }

    static Outcome of(String id, Done done, Throwable error, String dryRun) {
        return new Outcome(id, done, error == null ? null : unwrap(error), dryRun);
    }

    Kind kind() {
        if (error == null) {
            return Kind.OK;
        }
        if (error instanceof ServiceException) {
            return Kind.SERVICE;
        }
        if (error instanceof IllegalArgumentException || error instanceof NullPointerException) {
            return Kind.USAGE;
        }
        return Kind.CLIENT;
    }

    boolean ok() {
        return error == null;
    }

    /** The request id of the answer or of the refusal, or {@code null}. */
    String requestId() {
        if (done != null) {
            return done.requestId();
        }
        return error instanceof ServiceException se ? se.requestId() : null;
    }

    /** Attempts the SDK made, when the failure says; 0 otherwise. */
    int attempts() {
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
