package dev.migsdk.cleanup.internal;

import dev.migsdk.cleanup.TaskRef;
import dev.migsdk.core.waiter.WaiterConfig;
import dev.migsdk.sms.SmsAsyncClient;
import dev.migsdk.sms.model.ShowTaskRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * SMS v3 tasks: DeleteTask (and the batch {@code POST /v3/tasks/delete}, all or nothing), the stop action, the
 * deletable waiter. Internal API.
 */
public final class SmsOps implements ServiceOps {
    /** Ids per batch delete: SMS documents no limit; this keeps one refusal from failing too many. */
    static final int BATCH_LIMIT = 50;

    private final SmsAsyncClient sms;

    public SmsOps(SmsAsyncClient sms) {
        this.sms = sms;
    }

    @Override
    public CompletableFuture<Answer> delete(TaskRef task) {
        return sms.deleteTask(r -> r.taskId(task.id()))
                .thenApply(r -> new Answer(r.requestId(), r.metadata().attempts(), r.alreadyDeleted()));
    }

    @Override
    public CompletableFuture<Answer> stop(TaskRef task) {
        return sms.stopTask(task.id()).thenApply(r -> new Answer(r.requestId(), r.metadata().attempts(), false));
    }

    @Override
    public CompletableFuture<Waited> waitUntilDeletable(TaskRef task, WaiterConfig config) {
        return sms.waiter().waitUntilDeletable(ShowTaskRequest.builder().taskId(task.id()).build(), config)
                .thenApply(w -> new Waited(w.response().map(t -> t.stateAsString()).orElse(null), w.attempts(),
                        w.response().isEmpty()));
    }

    @Override
    public int batchLimit() {
        return BATCH_LIMIT;
    }

    @Override
    public CompletableFuture<List<BatchItem>> deleteBatch(List<TaskRef> tasks) {
        List<String> ids = new ArrayList<>(tasks.size());
        tasks.forEach(t -> ids.add(t.id()));
        return sms.deleteTasks(r -> r.ids(ids)).thenApply(r -> tasks.stream().map(t -> new BatchItem(null)).toList());
    }
}
