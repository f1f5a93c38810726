package dev.migsdk.core.exception;

import java.util.List;

/**
 * The service answered, and its answer was an error.
 *
 * <p>{@link #getMessage()} always ends with the service, operation, HTTP status, error code, request
 * id and attempt count, e.g. {@code (Service: SMC, Operation: DeleteReplicationJob, Status: 400,
 * Code: ReplicationJob.InvalidStatus, Request ID: 4734…, Attempts: 1)}. Failures of earlier attempts
 * are attached as suppressed exceptions.
 */
public class ServiceException extends SdkException {
    private static final long serialVersionUID = 1L;

    private final CloudProvider provider;
    private final String service;
    private final String operation;
    private final int httpStatus;
    private final ServiceError error;
    private final String rawBody;

    public ServiceException(ServiceFailure failure) {
        this(failure, null);
    }

    /** With the cause of the failure (e.g. why an answer could not be read). */
    public ServiceException(ServiceFailure failure, Throwable cause) {
        super(composeMessage(failure), cause, failure.attempts(), failure.retryable());
        this.provider = failure.provider();
        this.service = failure.service();
        this.operation = failure.operation();
        this.httpStatus = failure.httpStatus();
        this.error = failure.error();
        this.rawBody = failure.rawBody();
    }

    private static String composeMessage(ServiceFailure f) {
        ServiceError e = f.error();
        String text = e.errorMessage() == null || e.errorMessage().isBlank()
                ? "The service returned an error" : e.errorMessage();
        return text + " (Service: " + f.service()
                + ", Operation: " + f.operation()
                + ", Status: " + f.httpStatus()
                + ", Code: " + e.errorCode()
                + ", Request ID: " + e.requestId()
                + ", Attempts: " + f.attempts() + ")";
    }

    /** The cloud that answered. */
    public CloudProvider provider() {
        return provider;
    }

    /** Short service name: SMC, DTS, OMS or SMS. */
    public String service() {
        return service;
    }

    /** Operation name as the provider documents it, e.g. {@code DeleteDtsJob}. */
    public String operation() {
        return operation;
    }

    /** HTTP status of the answer (DTS business errors may be 200). */
    public int httpStatus() {
        return httpStatus;
    }

    /** Provider error code, or {@code null} if the body carried none. */
    public String errorCode() {
        return error.errorCode();
    }

    /** Provider error message, or {@code null}. */
    public String errorMessage() {
        return error.errorMessage();
    }

    /** Request id to quote to the provider's support, or {@code null} if none was sent. */
    public String requestId() {
        return error.requestId();
    }

    /** Every decoded field of the error body. */
    public ServiceError serviceError() {
        return error;
    }

    /** Huawei {@code error_param} entries (empty for Alibaba). */
    public List<String> errorParams() {
        return error.errorParams();
    }

    /** Huawei {@code details} entries (empty for Alibaba). */
    public List<ErrorDetail> details() {
        return error.details();
    }

    /** The response body as received (secrets masked, control characters kept), cut to a few kilobytes. */
    public String rawBody() {
        return rawBody;
    }
}
