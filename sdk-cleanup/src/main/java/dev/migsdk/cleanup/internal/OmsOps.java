package dev.migsdk.cleanup.internal;

import dev.migsdk.cleanup.TaskRef;
import dev.migsdk.core.waiter.WaiterConfig;
import dev.migsdk.oms.OmsAsyncClient;
import dev.migsdk.oms.model.ShowTaskRequest;
import dev.migsdk.oms.model.ShowTaskResponse;
import java.util.concurrent.CompletableFuture;

/** OMS v2 tasks: DeleteTask, StopTask (pause), the deletable waiter; the project from the reference or the credentials. Internal API. */
public final class OmsOps implements ServiceOps {
    private final OmsAsyncClient oms;

    public OmsOps(OmsAsyncClient oms) {
        this.oms = oms;
    }

    @Override
    public CompletableFuture<Answer> delete(TaskRef task) {
        return oms.deleteTask(r -> r.taskId(Long.parseLong(task.id())).projectId(task.projectId()))
                .thenApply(r -> new Answer(r.requestId(), r.metadata().attempts(), r.alreadyDeleted()));
    }

    @Override
    public CompletableFuture<Answer> stop(TaskRef task) {
        return oms.stopTask(r -> r.taskId(Long.parseLong(task.id())).projectId(task.projectId()))
                .thenApply(r -> new Answer(r.requestId(), r.metadata().attempts(), false));
    }

    @Override
    public CompletableFuture<Waited> waitUntilDeletable(TaskRef task, WaiterConfig config) {
        ShowTaskRequest show = ShowTaskRequest.builder().taskId(Long.parseLong(task.id())).projectId(task.projectId())
                .build();
        return oms.waiter().waitUntilDeletable(show, config).thenApply(w -> new Waited(
                w.response().map(OmsOps::state).orElse(null), w.attempts(), w.response().isEmpty()));
    }

    private static String state(ShowTaskResponse t) {
        return t.status() + " (" + t.statusCode() + ")";
    }
}
