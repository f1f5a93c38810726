package dev.migsdk.dts;

import dev.migsdk.core.internal.client.Requests;
import dev.migsdk.dts.internal.DefaultDtsAsyncClientBuilder;
import dev.migsdk.dts.model.DeleteDtsJobRequest;
import dev.migsdk.dts.model.DeleteDtsJobResponse;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * Asynchronous twin of {@link DtsClient}: same operation, same exceptions (inside the future), no
 * thread blocked while waiting or backing off. Futures complete on the HTTP client's threads: do not
 * block in their callbacks.
 */
public interface DtsAsyncClient extends AutoCloseable {

    /** A builder for an async client. */
    static DtsAsyncClientBuilder builder() {
        return new DefaultDtsAsyncClientBuilder();
    }

    /** See {@link DtsClient#deleteDtsJob(DeleteDtsJobRequest)}. */
    CompletableFuture<DeleteDtsJobResponse> deleteDtsJob(DeleteDtsJobRequest request);

    /** See {@link DtsClient#deleteDtsJob(Consumer)}. */
    default CompletableFuture<DeleteDtsJobResponse> deleteDtsJob(Consumer<DeleteDtsJobRequest.Builder> request) {
        return Requests.async(() -> DeleteDtsJobRequest.builder().applyMutation(request).build(), this::deleteDtsJob);
    }

    /** Releases the client's connections and threads. */
    @Override
    void close();
}
