package dev.migsdk.core.exception;

import java.util.List;
import java.util.Map;

/**
 * What the service said when it refused a call, decoded from its error body and headers.
 *
 * <p>Fields a provider does not use are {@code null} (strings) or empty (collections).
 *
 * @param errorCode provider error code, e.g. {@code ReplicationJob.InvalidStatus} or {@code SMS.9004}
 * @param errorMessage provider message; for DTS, {@code ErrMessage} with {@code DynamicMessage} substituted
 * @param requestId request id from the body, or from the {@code x-acs-request-id} / {@code X-Request-Id} header
 * @param hostId Alibaba {@code HostId}
 * @param recommend Alibaba {@code Recommend} (a troubleshooting link)
 * @param accessDeniedDetail Alibaba {@code AccessDeniedDetail} (keys as sent)
 * @param encodedAuthorizationMessage Huawei {@code encoded_authorization_message}
 * @param errorParams Huawei {@code error_param}
 * @param details Huawei {@code details}
 */
public record ServiceError(
        String errorCode,
        String errorMessage,
        String requestId,
        String hostId,
        String recommend,
        Map<String, String> accessDeniedDetail,
        String encodedAuthorizationMessage,
        List<String> errorParams,
        List<ErrorDetail> details) implements java.io.Serializable {

    public ServiceError {
        accessDeniedDetail = accessDeniedDetail == null ? Map.of() : Map.copyOf(accessDeniedDetail);
        errorParams = errorParams == null ? List.of() : List.copyOf(errorParams);
        details = details == null ? List.of() : List.copyOf(details);
    }

    /** An error with only a code, message and request id. */
    public static ServiceError of(String errorCode, String errorMessage, String requestId) {
        return new ServiceError(errorCode, errorMessage, requestId, null, null, null, null, null, null);
    }

    /** A copy with another request id (used when the id comes from a header). */
    public ServiceError withRequestId(String id) {
        return new ServiceError(errorCode, errorMessage, id, hostId, recommend, accessDeniedDetail,
                encodedAuthorizationMessage, errorParams, details);
    }
}
