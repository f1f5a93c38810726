package dev.migsdk.oms;

import dev.migsdk.core.internal.client.Requests;
import dev.migsdk.oms.internal.DefaultOmsAsyncClientBuilder;
import dev.migsdk.oms.model.DeleteTaskRequest;
import dev.migsdk.oms.model.DeleteTaskResponse;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * Asynchronous twin of {@link OmsClient}: same operation, same exceptions (inside the future), no
 * thread blocked while waiting or backing off. Futures complete on the HTTP client's threads: do not
 * block in their callbacks.
 */
public interface OmsAsyncClient extends AutoCloseable {

    /** A builder for an async client. */
    static OmsAsyncClientBuilder builder() {
        return new DefaultOmsAsyncClientBuilder();
    }

    /** See {@link OmsClient#deleteTask(DeleteTaskRequest)}. */
    CompletableFuture<DeleteTaskResponse> deleteTask(DeleteTaskRequest request);

    /** See {@link OmsClient#deleteTask(Consumer)}. */
    default CompletableFuture<DeleteTaskResponse> deleteTask(Consumer<DeleteTaskRequest.Builder> request) {
        return Requests.async(() -> DeleteTaskRequest.builder().applyMutation(request).build(), this::deleteTask);
    }

    /** Releases the client's connections and threads. */
    @Override
    void close();
}
