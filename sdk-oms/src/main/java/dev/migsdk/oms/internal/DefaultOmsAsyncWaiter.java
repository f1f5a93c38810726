package dev.migsdk.oms.internal;

import dev.migsdk.core.Sleeper;
import dev.migsdk.core.internal.waiter.WaiterEngine.Acceptor;
import dev.migsdk.core.internal.waiter.WaiterEngine;
import dev.migsdk.core.waiter.WaiterConfig;
import dev.migsdk.core.waiter.WaiterResult;
import dev.migsdk.oms.OmsAsyncClient;
import dev.migsdk.oms.model.ShowTaskRequest;
import dev.migsdk.oms.model.ShowTaskResponse;
import dev.migsdk.oms.waiters.OmsAsyncWaiter;
import java.time.Clock;
import java.util.concurrent.CompletableFuture;

/** {@link OmsAsyncWaiter} on {@link WaiterEngine#awaitAsync}: no thread waits between polls. Internal API. */
final class DefaultOmsAsyncWaiter implements OmsAsyncWaiter {
    private final OmsAsyncClient client;
    private final Clock clock;
    private final Sleeper sleeper;

    DefaultOmsAsyncWaiter(OmsAsyncClient client, Clock clock, Sleeper sleeper) {
        this.client = client;
        this.clock = clock;
        this.sleeper = sleeper;
    }

    @Override
    public CompletableFuture<WaiterResult<ShowTaskResponse>> waitUntilStopped(ShowTaskRequest request,
                                                                            WaiterConfig config) {
        return await(request, config, "to be stopped", OmsTaskStates.STOPPED);
    }

    @Override
    public CompletableFuture<WaiterResult<ShowTaskResponse>> waitUntilDeletable(ShowTaskRequest request,
                                                                              WaiterConfig config) {
        return await(request, config, "to be deletable", OmsTaskStates.DELETABLE);
    }

    @Override
    public CompletableFuture<WaiterResult<ShowTaskResponse>> waitUntilDeleted(ShowTaskRequest request,
                                                                            WaiterConfig config) {
        return await(request, config, "to be deleted", OmsTaskStates.DELETED);
    }

    private CompletableFuture<WaiterResult<ShowTaskResponse>> await(ShowTaskRequest request, WaiterConfig config,
                                                                    String what, Acceptor<ShowTaskResponse> acceptor) {
        try {
            java.util.Objects.requireNonNull(request, "request");
            java.util.Objects.requireNonNull(config, "config");
            OmsOperations.SHOW_TASK.validate(request);
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
        return new WaiterEngine(DefaultOmsWaiter.description(request, what), config, clock, sleeper)
                .awaitAsync(timeout -> client.showTask(DefaultOmsWaiter.withTimeout(request, timeout)), acceptor);
    }
}
