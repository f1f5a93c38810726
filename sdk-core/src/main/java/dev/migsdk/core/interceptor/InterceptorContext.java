package dev.migsdk.core.interceptor;

import dev.migsdk.core.SdkRequest;
import dev.migsdk.core.SdkResponse;
import java.util.Map;

/**
 * What an {@link ExecutionInterceptor} sees of a call. Values not known yet in a hook are {@code null}
 * (or 0 for the attempt number before the first attempt).
 */
public interface InterceptorContext {

    /** Short service name: SMC, DTS, OMS or SMS. */
    String service();

    /** Operation name as the provider documents it, e.g. {@code DeleteReplicationJob}. */
    String operation();

    /** The request object the caller passed. */
    SdkRequest request();

    /** 1-based number of the current attempt; 0 in {@code beforeExecution}. */
    int attempt();

    /** The attempt's request as sent, redacted; {@code null} before the first attempt. */
    HttpRequestView httpRequest();

    /** The attempt's answer; {@code null} before it arrived or when none did. */
    HttpResponseView httpResponse();

    /** The call's result, in {@code afterExecution} only. */
    SdkResponse response();

    /** The attempt's failure in {@code afterTransmission} (no answer), or the call's in {@code onFailure}. */
    RuntimeException exception();

    /**
     * Per-call scratch space shared by all hooks of this call, e.g. to keep a span or a start time
     * between {@code beforeExecution} and {@code afterExecution}. Not shared between calls.
     */
    Map<String, Object> attributes();
}
