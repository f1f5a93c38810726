package dev.migsdk.core.exception;

/** The task's current state forbids the operation, e.g. {@code ReplicationJob.InvalidStatus} or deleting a running task. */
public class InvalidStatusException extends ServiceException {
    private static final long serialVersionUID = 1L;

    public InvalidStatusException(ServiceFailure failure) {
        super(failure);
    }
}
