package dev.migsdk.oms.internal;

import dev.migsdk.core.Sleeper;
import dev.migsdk.core.internal.waiter.WaiterEngine.Acceptor;
import dev.migsdk.core.internal.waiter.WaiterEngine;
import dev.migsdk.core.waiter.WaiterConfig;
import dev.migsdk.core.waiter.WaiterResult;
import dev.migsdk.oms.OmsClient;
import dev.migsdk.oms.model.ShowTaskRequest;
import dev.migsdk.oms.model.ShowTaskResponse;
import dev.migsdk.oms.waiters.OmsWaiter;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

/** {@link OmsWaiter} on {@link WaiterEngine}, polling the client's {@code showTask}. Internal API. */
final class DefaultOmsWaiter implements OmsWaiter {
    private final OmsClient client;
    private final Clock clock;
    private final Sleeper sleeper;

    DefaultOmsWaiter(OmsClient client, Clock clock, Sleeper sleeper) {
        this.client = client;
        this.clock = clock;
        this.sleeper = sleeper;
    }

    @Override
    public WaiterResult<ShowTaskResponse> waitUntilStopped(ShowTaskRequest request, WaiterConfig config) {
        return await(request, config, "to be stopped", OmsTaskStates.STOPPED);
    }

    @Override
    public WaiterResult<ShowTaskResponse> waitUntilDeletable(ShowTaskRequest request, WaiterConfig config) {
        return await(request, config, "to be deletable", OmsTaskStates.DELETABLE);
    }

    @Override
    public WaiterResult<ShowTaskResponse> waitUntilDeleted(ShowTaskRequest request, WaiterConfig config) {
        return await(request, config, "to be deleted", OmsTaskStates.DELETED);
    }

    private WaiterResult<ShowTaskResponse> await(ShowTaskRequest request, WaiterConfig config, String what,
                                                 Acceptor<ShowTaskResponse> acceptor) {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(config, "config");
        OmsOperations.SHOW_TASK.validate(request);
        return new WaiterEngine(description(request, what), config, clock, sleeper)
                .await(timeout -> client.showTask(withTimeout(request, timeout)), acceptor);
    }

    static String description(ShowTaskRequest request, String what) {
        return "OMS task " + request.taskId() + " " + what;
    }

    /** The poll: the caller's request with the poll's deadline as its call timeout. */
    static ShowTaskRequest withTimeout(ShowTaskRequest request, Duration timeout) {
        return request.toBuilder().overrides(o -> o.apiCallTimeout(timeout)).build();
    }
}
