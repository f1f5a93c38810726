package dev.migsdk.cleanup.internal;

import dev.migsdk.cleanup.TaskRef;
import dev.migsdk.core.waiter.WaiterConfig;
import dev.migsdk.dts.DtsAsyncClient;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * DTS jobs: DeleteDtsJob (and DeleteDtsJobs for up to 10 at once, all or nothing), StopDtsJob, the
 * deletable waiter. Internal API.
 */
public final class DtsOps implements ServiceOps {
    /** DeleteDtsJobs takes at most 10 ids (documented). */
    static final int BATCH_LIMIT = 10;

    private final DtsAsyncClient dts;

    public DtsOps(DtsAsyncClient dts) {
        this.dts = dts;
    }

    @Override
    public CompletableFuture<Answer> delete(TaskRef task) {
        return dts.deleteDtsJob(r -> r.dtsJobId(task.id()))
                .thenApply(r -> new Answer(r.requestId(), r.metadata().attempts(), r.alreadyDeleted()));
    }

    @Override
    public CompletableFuture<Answer> stop(TaskRef task) {
        return dts.stopDtsJob(r -> r.dtsJobId(task.id()))
                .thenApply(r -> new Answer(r.requestId(), r.metadata().attempts(), false));
    }

    @Override
    public CompletableFuture<Waited> waitUntilDeletable(TaskRef task, WaiterConfig config) {
        return dts.waiter().waitUntilDeletable(task.id(), config).thenApply(w -> new Waited(
                w.response().map(d -> d.statusAsString()).orElse(null), w.attempts(), w.response().isEmpty()));
    }

    @Override
    public int batchLimit() {
        return BATCH_LIMIT;
    }

    /** DeleteDtsJobs answers for the batch as a whole: success deletes every job in it. */
    @Override
    public CompletableFuture<List<BatchItem>> deleteBatch(List<TaskRef> tasks) {
        List<String> ids = new ArrayList<>(tasks.size());
        tasks.forEach(t -> ids.add(t.id()));
        return dts.deleteDtsJobs(r -> r.dtsJobIds(ids)).thenApply(r -> tasks.stream().map(t -> new BatchItem(null))
                .toList());
    }
}
