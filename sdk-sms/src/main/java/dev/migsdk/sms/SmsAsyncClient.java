package dev.migsdk.sms;

import dev.migsdk.core.internal.client.Requests;
import dev.migsdk.sms.internal.DefaultSmsAsyncClientBuilder;
import dev.migsdk.sms.model.DeleteTaskRequest;
import dev.migsdk.sms.model.DeleteTaskResponse;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * Asynchronous twin of {@link SmsClient}: same operation, same exceptions (inside the future), no
 * thread blocked while waiting or backing off. Futures complete on the HTTP client's threads: do not
 * block in their callbacks.
 */
public interface SmsAsyncClient extends AutoCloseable {

    /** A builder for an async client. */
    static SmsAsyncClientBuilder builder() {
        return new DefaultSmsAsyncClientBuilder();
    }

    /** See {@link SmsClient#deleteTask(DeleteTaskRequest)}. */
    CompletableFuture<DeleteTaskResponse> deleteTask(DeleteTaskRequest request);

    /** See {@link SmsClient#deleteTask(Consumer)}. */
    default CompletableFuture<DeleteTaskResponse> deleteTask(Consumer<DeleteTaskRequest.Builder> request) {
        return Requests.async(() -> DeleteTaskRequest.builder().applyMutation(request).build(), this::deleteTask);
    }

    /** Releases the client's connections and threads. */
    @Override
    void close();
}
