package dev.migsdk.oms;

import dev.migsdk.oms.internal.DefaultOmsClientBuilder;
import dev.migsdk.oms.model.DeleteTaskRequest;
import dev.migsdk.oms.model.DeleteTaskResponse;
import java.util.function.Consumer;

/**
 * Huawei Cloud Object Storage Migration Service (OMS), API v2. Thread-safe; build one with
 * {@link #builder()} (set a region, which picks {@code oms.<region>.myhuaweicloud.com}), share it, and
 * {@link #close()} it. Authenticates with AK/SK (signed, with {@code X-Project-Id}) or an IAM token.
 *
 * <p>Every method throws, unchecked: {@link IllegalArgumentException}/{@link NullPointerException} for
 * bad input (nothing is sent), {@link dev.migsdk.core.exception.ServiceException} and its subtypes when
 * OMS refuses, {@link dev.migsdk.core.exception.SdkClientException} when no usable answer arrived.
 */
public interface OmsClient extends AutoCloseable {

    /** A builder for a client. */
    static OmsClientBuilder builder() {
        return new DefaultOmsClientBuilder();
    }

    /**
     * Deletes a migration task ({@code DELETE /v2/{project_id}/tasks/{task_id}}). A running task cannot
     * be deleted: pause it first.
     *
     * @throws dev.migsdk.core.exception.InvalidStatusException the task is running
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
