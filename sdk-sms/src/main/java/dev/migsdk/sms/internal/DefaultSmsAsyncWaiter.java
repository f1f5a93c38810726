package dev.migsdk.sms.internal;

import dev.migsdk.core.Sleeper;
import dev.migsdk.core.internal.waiter.WaiterEngine.Acceptor;
import dev.migsdk.core.internal.waiter.WaiterEngine;
import dev.migsdk.core.waiter.WaiterConfig;
import dev.migsdk.core.waiter.WaiterResult;
import dev.migsdk.sms.SmsAsyncClient;
import dev.migsdk.sms.model.ShowTaskRequest;
import dev.migsdk.sms.model.ShowTaskResponse;
import dev.migsdk.sms.waiters.SmsAsyncWaiter;
import java.time.Clock;
import java.util.concurrent.CompletableFuture;

/** {@link SmsAsyncWaiter} on {@link WaiterEngine#awaitAsync}: no thread waits between polls. Internal API. */
final class DefaultSmsAsyncWaiter implements SmsAsyncWaiter {
    private final SmsAsyncClient client;
    private final Clock clock;
    private final Sleeper sleeper;

    DefaultSmsAsyncWaiter(SmsAsyncClient client, Clock clock, Sleeper sleeper) {
        this.client = client;
        this.clock = clock;
        this.sleeper = sleeper;
    }

    @Override
    public CompletableFuture<WaiterResult<ShowTaskResponse>> waitUntilStopped(ShowTaskRequest request,
                                                                            WaiterConfig config) {
        return await(request, config, "to be stopped", SmsTaskStates.STOPPED);
    }

    @Override
    public CompletableFuture<WaiterResult<ShowTaskResponse>> waitUntilDeletable(ShowTaskRequest request,
                                                                              WaiterConfig config) {
        return await(request, config, "to be deletable", SmsTaskStates.DELETABLE);
    }

    @Override
    public CompletableFuture<WaiterResult<ShowTaskResponse>> waitUntilDeleted(ShowTaskRequest request,
                                                                            WaiterConfig config) {
        return await(request, config, "to be deleted", SmsTaskStates.DELETED);
    }

    private CompletableFuture<WaiterResult<ShowTaskResponse>> await(ShowTaskRequest request, WaiterConfig config,
                                                                    String what, Acceptor<ShowTaskResponse> acceptor) {
        try {
            java.util.Objects.requireNonNull(request, "request");
            java.util.Objects.requireNonNull(config, "config");
            SmsOperations.SHOW_TASK.validate(request);
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
        return new WaiterEngine(DefaultSmsWaiter.description(request, what), config, clock, sleeper)
                .awaitAsync(timeout -> client.showTask(DefaultSmsWaiter.withTimeout(request, timeout)), acceptor);
    }
}
