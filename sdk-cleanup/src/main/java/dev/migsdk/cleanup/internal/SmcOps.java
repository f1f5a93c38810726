package dev.migsdk.cleanup.internal;

import dev.migsdk.cleanup.TaskRef;
import dev.migsdk.core.waiter.WaiterConfig;
import dev.migsdk.smc.SmcAsyncClient;
import java.util.concurrent.CompletableFuture;

/** SMC replication jobs: DeleteReplicationJob, StopReplicationJob, the deletable waiter. Internal API. */
public final class SmcOps implements ServiceOps {
    private final SmcAsyncClient smc;

    public SmcOps(SmcAsyncClient smc) {
        this.smc = smc;
    }

    @Override
    public CompletableFuture<Answer> delete(TaskRef task) {
        return smc.deleteReplicationJob(r -> r.jobId(task.id()))
                .thenApply(r -> new Answer(r.requestId(), r.metadata().attempts(), r.alreadyDeleted()));
    }

    @Override
    public CompletableFuture<Answer> stop(TaskRef task) {
        return smc.stopReplicationJob(r -> r.jobId(task.id()))
                .thenApply(r -> new Answer(r.requestId(), r.metadata().attempts(), false));
    }

    @Override
    public CompletableFuture<Waited> waitUntilDeletable(TaskRef task, WaiterConfig config) {
        return smc.waiter().waitUntilDeletable(task.id(), config).thenApply(w -> new Waited(
                w.response().map(j -> j.statusAsString()).orElse(null), w.attempts(), w.response().isEmpty()));
    }
}
