package dev.migsdk.core.exception;

/**
 * Everything a {@link ServiceException} is built from.
 *
 * @param provider the cloud
 * @param service short service name
 * @param operation operation name
 * @param httpStatus HTTP status
 * @param error decoded error
 * @param rawBody response body, capped
 * @param attempts attempts made so far
 * @param retryable whether a retry could succeed
 */
public record ServiceFailure(
        CloudProvider provider,
        String service,
        String operation,
        int httpStatus,
        ServiceError error,
        String rawBody,
        int attempts,
        boolean retryable) {
}
