package dev.migsdk.sms.internal;

import dev.migsdk.core.Sleeper;
import dev.migsdk.core.internal.waiter.WaiterEngine.Acceptor;
import dev.migsdk.core.internal.waiter.WaiterEngine;
import dev.migsdk.core.waiter.WaiterConfig;
import dev.migsdk.core.waiter.WaiterResult;
import dev.migsdk.sms.SmsClient;
import dev.migsdk.sms.model.ShowTaskRequest;
import dev.migsdk.sms.model.ShowTaskResponse;
import dev.migsdk.sms.waiters.SmsWaiter;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

/** {@link SmsWaiter} on {@link WaiterEngine}, polling the client's {@code showTask}. Internal API. */
final class DefaultSmsWaiter implements SmsWaiter {
    private final SmsClient client;
    private final Clock clock;
    private final Sleeper sleeper;

    DefaultSmsWaiter(SmsClient client, Clock clock, Sleeper sleeper) {
        this.client = client;
        this.clock = clock;
        this.sleeper = sleeper;
    }

    @Override
    public WaiterResult<ShowTaskResponse> waitUntilStopped(ShowTaskRequest request, WaiterConfig config) {
        return await(request, config, "to be stopped", SmsTaskStates.STOPPED);
    }

    @Override
    public WaiterResult<ShowTaskResponse> waitUntilDeletable(ShowTaskRequest request, WaiterConfig config) {
        return await(request, config, "to be deletable", SmsTaskStates.DELETABLE);
    }

    @Override
    public WaiterResult<ShowTaskResponse> waitUntilDeleted(ShowTaskRequest request, WaiterConfig config) {
        return await(request, config, "to be deleted", SmsTaskStates.DELETED);
    }

    private WaiterResult<ShowTaskResponse> await(ShowTaskRequest request, WaiterConfig config, String what,
                                                 Acceptor<ShowTaskResponse> acceptor) {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(config, "config");
        SmsOperations.SHOW_TASK.validate(request);
        return new WaiterEngine(description(request, what), config, clock, sleeper)
                .await(timeout -> client.showTask(withTimeout(request, timeout)), acceptor);
    }

    static String description(ShowTaskRequest request, String what) {
        return "SMS task " + request.taskId() + " " + what;
    }

    /** The poll: the caller's request with the poll's deadline as its call timeout. */
    static ShowTaskRequest withTimeout(ShowTaskRequest request, Duration timeout) {
        return request.toBuilder().overrides(o -> o.apiCallTimeout(timeout)).build();
    }
}
