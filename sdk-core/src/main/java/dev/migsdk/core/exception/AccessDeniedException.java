package dev.migsdk.core.exception;

import java.util.Map;

/**
 * The service knows the caller but refuses the action: a missing RAM/IAM permission ({@code Forbidden.RAM},
 * {@code NoPermission}, HTTP 403, Alibaba 401 without a code, {@code SMS.9004}). Never retried: grant the
 * permission and call again. The provider's explanation is kept: Alibaba's {@code AccessDeniedDetail}
 * and Huawei's {@code encoded_authorization_message}.
 */
public class AccessDeniedException extends ServiceException {
    private static final long serialVersionUID = 1L;

    public AccessDeniedException(ServiceFailure failure) {
        super(failure);
    }

    /** Alibaba {@code AccessDeniedDetail} (policy type, action, resource...), empty if none. */
    public Map<String, String> accessDeniedDetail() {
        return serviceError().accessDeniedDetail();
    }

    /** Huawei {@code encoded_authorization_message} (decode it with IAM to see which policy denied), or {@code null}. */
    public String encodedAuthorizationMessage() {
        return serviceError().encodedAuthorizationMessage();
    }
}
