package dev.migsdk.sms;

import dev.migsdk.sms.internal.DefaultSmsClientBuilder;
import dev.migsdk.sms.model.DeleteTaskRequest;
import dev.migsdk.sms.model.DeleteTaskResponse;
import java.util.function.Consumer;

/**
 * Huawei Cloud Server Migration Service (SMS), API v3. Thread-safe; build one with {@link #builder()}
 * (set a region such as {@code cn-north-4} or {@code ap-southeast-3}, which picks the endpoint), share
 * it, and {@link #close()} it. SMS is a global service: AK/SK calls carry {@code X-Domain-Id} (the
 * account id of the credentials); an IAM token is sent as {@code X-Auth-Token}.
 *
 * <p>Every method throws, unchecked: {@link IllegalArgumentException}/{@link NullPointerException} for
 * bad input (nothing is sent), {@link dev.migsdk.core.exception.ServiceException} and its subtypes when
 * SMS refuses (a 403's {@code encoded_authorization_message}, {@code error_param} and {@code details}
 * are on the exception), {@link dev.migsdk.core.exception.SdkClientException} when no usable answer arrived.
 */
public interface SmsClient extends AutoCloseable {

    /** A builder for a client. */
    static SmsClientBuilder builder() {
        return new DefaultSmsClientBuilder();
    }

    /**
     * Deletes a migration task ({@code DELETE /v3/tasks/{task_id}}). Possible when the source's agent is
     * disconnected or the task is not in progress (ready, finished, failed, paused); running or stopping
     * tasks are refused.
     *
     * @throws dev.migsdk.core.exception.InvalidStatusException {@code SMS.2015}: the task is running or stopping
     * @throws dev.migsdk.core.exception.ResourceNotFoundException no such task
     */
    DeleteTaskResponse deleteTask(DeleteTaskRequest request);

    /** Like {@link #deleteTask(DeleteTaskRequest)}, with the request built in place. */
    default DeleteTaskResponse deleteTask(Consumer<DeleteTaskRequest.Builder> request) {
        return deleteTask(DeleteTaskRequest.builder().applyMutation(request).build());
    }

    /** Releases the client's connections and threads. */
    @Override
    void close();
}
