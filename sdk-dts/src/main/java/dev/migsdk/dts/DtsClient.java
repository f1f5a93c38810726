package dev.migsdk.dts;

import dev.migsdk.dts.internal.DefaultDtsClientBuilder;
import dev.migsdk.dts.model.DeleteDtsJobRequest;
import dev.migsdk.dts.model.DeleteDtsJobResponse;
import java.util.function.Consumer;

/**
 * Alibaba Cloud Data Transmission Service (DTS), API version 2020-01-01. Thread-safe; build one with
 * {@link #builder()} (set a region, which picks the endpoint), share it, and {@link #close()} it.
 *
 * <p>Every method throws, unchecked: {@link IllegalArgumentException}/{@link NullPointerException} for
 * bad input (nothing is sent), {@link dev.migsdk.core.exception.ServiceException} and its subtypes when
 * DTS refuses (including answers with {@code Success=false} on HTTP 200, whose {@code %s} in
 * {@code ErrMessage} is replaced by {@code DynamicMessage}),
 * {@link dev.migsdk.core.exception.SdkClientException} when no usable answer arrived.
 */
public interface DtsClient extends AutoCloseable {

    /** A builder for a client. */
    static DtsClientBuilder builder() {
        return new DefaultDtsClientBuilder();
    }

    /**
     * Deletes a data migration, synchronization or change-tracking task. Irreversible. For two-way
     * synchronization, {@link dev.migsdk.dts.model.SynchronizationDirection#REVERSE} deletes only the
     * reverse task. Subscription (prepaid) instances cannot be released through the API.
     *
     * @throws dev.migsdk.core.exception.ResourceNotFoundException no such task
     */
    DeleteDtsJobResponse deleteDtsJob(DeleteDtsJobRequest request);

    /** Like {@link #deleteDtsJob(DeleteDtsJobRequest)}, with the request built in place. */
    default DeleteDtsJobResponse deleteDtsJob(Consumer<DeleteDtsJobRequest.Builder> request) {
        return deleteDtsJob(DeleteDtsJobRequest.builder().applyMutation(request).build());
    }

    /** Releases the client's connections and threads. */
    @Override
    void close();
}
