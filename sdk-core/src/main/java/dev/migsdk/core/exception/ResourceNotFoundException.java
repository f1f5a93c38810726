package dev.migsdk.core.exception;

/** The task (or another named resource) does not exist. */
public class ResourceNotFoundException extends ServiceException {
    private static final long serialVersionUID = 1L;

    public ResourceNotFoundException(ServiceFailure failure) {
        super(failure);
    }
}
