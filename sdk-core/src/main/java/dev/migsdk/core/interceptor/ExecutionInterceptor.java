package dev.migsdk.core.interceptor;

/**
 * Hooks into every call of a client, in the order registered: before the call starts, before and after
 * each HTTP attempt, and when the call ends. Interceptors observe; they cannot change what is sent
 * (the request is signed) and see requests and answers with secrets, signatures and tokens masked.
 *
 * <p>Every method is optional. A method that throws fails the call with an
 * {@link dev.migsdk.core.exception.SdkClientException} naming the interceptor and the hook (the cause is
 * kept), and the call is not retried; a throw from {@link #onFailure} is attached to the call's
 * exception as suppressed. Hooks run on whichever thread drives the call (for async calls, an HTTP
 * client or scheduler thread): they must be thread-safe and must not block.
 */
public interface ExecutionInterceptor {

    /** Once per call, after the request was validated and before anything is sent. */
    default void beforeExecution(InterceptorContext context) {
    }

    /** Before each attempt is sent; {@link InterceptorContext#httpRequest()} is the signed request. */
    default void beforeTransmission(InterceptorContext context) {
    }

    /**
     * After each attempt: {@link InterceptorContext#httpResponse()} is the answer, or {@code null} with
     * {@link InterceptorContext#exception()} set when no answer arrived.
     */
    default void afterTransmission(InterceptorContext context) {
    }

    /** Once per call that succeeded; {@link InterceptorContext#response()} is the result. */
    default void afterExecution(InterceptorContext context) {
    }

    /** Once per call that failed; {@link InterceptorContext#exception()} is what the caller gets. */
    default void onFailure(InterceptorContext context) {
    }
}
