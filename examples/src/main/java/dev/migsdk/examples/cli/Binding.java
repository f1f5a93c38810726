package dev.migsdk.examples.cli;

import dev.migsdk.cleanup.TaskCleaner;
import dev.migsdk.cleanup.TaskRef;
import dev.migsdk.core.SdkResponse;
import dev.migsdk.core.waiter.WaiterConfig;
import dev.migsdk.core.waiter.WaiterResult;
import dev.migsdk.dts.DtsAsyncClient;
import dev.migsdk.dts.model.DtsJobType;
import dev.migsdk.oms.OmsAsyncClient;
import dev.migsdk.oms.model.ShowTaskRequest;
import dev.migsdk.oms.model.TaskStatus;
import dev.migsdk.smc.SmcAsyncClient;
import dev.migsdk.smc.model.ReplicationJob;
import dev.migsdk.sms.SmsAsyncClient;
import dev.migsdk.sms.model.TaskState;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Function;

/**
 * One service's operations for the lifecycle commands ({@code stop}, {@code describe}, {@code wait},
 * {@code delete}, {@code clean}), over its async client.
 */
abstract class Binding implements AutoCloseable {
    /** What {@code wait} waits for. */
    enum WaitFor { stopped, deletable, deleted }

    private final AutoCloseable client;

    Binding(AutoCloseable client) {
        this.client = client;
    }

    abstract CompletableFuture<Outcome.Done> stop(String id);

    abstract CompletableFuture<Outcome.Done> describe(String id);

    abstract CompletableFuture<Outcome.Done> delete(String id);

    abstract CompletableFuture<Outcome.Done> await(String id, WaitFor what, WaiterConfig config);

    /** The task reference of {@code id}, for the cleaner. */
    abstract TaskRef ref(String id);

    /** Gives the cleaner this service's client. */
    abstract void addTo(TaskCleaner.Builder cleaner);

    /** The ids the list filters select; blocks (the command's own thread). A service failure is thrown as it is. */
    abstract List<String> list(String status, String group);

    /** Waits for a listing to end; a failure is thrown unwrapped (an {@code SdkException}, not a CompletionException). */
    static void join(CompletableFuture<Void> listing) {
        try {
            listing.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    @Override
    public void close() {
        try {
            client.close();
        } catch (Exception e) {
            // releasing local resources only
        }
    }

    static Outcome.Done done(SdkResponse r, String detail) {
        return new Outcome.Done(r.requestId(), false, r.metadata().attempts(), detail);
    }

    static <T> Outcome.Done waited(WaiterResult<T> w, Function<T, String> state) {
        String seen = w.response().map(state).orElse("gone");
        return new Outcome.Done(null, false, w.attempts(), seen + " after " + w.attempts()
                + (w.attempts() == 1 ? " poll" : " polls") + " in " + w.elapsed());
    }

    static String joined(String... parts) {
        StringBuilder b = new StringBuilder();
        for (String p : parts) {
            if (p != null && !p.isEmpty()) {
                b.append(b.length() == 0 ? "" : ", ").append(p);
            }
        }
        return b.toString();
    }

    // ------------------------------------------------------------------ SMC

    static final class Smc extends Binding {
        private final SmcAsyncClient smc;

        Smc(SmcAsyncClient smc) {
            super(smc);
            this.smc = smc;
        }

        @Override
        CompletableFuture<Outcome.Done> stop(String id) {
            return smc.stopReplicationJob(r -> r.jobId(id)).thenApply(r -> done(r, null));
        }

        @Override
        CompletableFuture<Outcome.Done> describe(String id) {
            return smc.describeReplicationJobs(r -> r.jobIds(id)).thenApply(r -> {
                ReplicationJob job = r.jobs().stream().filter(j -> id.equals(j.jobId())).findFirst().orElse(null);
                return done(r, job == null ? "not found" : state(job));
            });
        }

        private static String state(ReplicationJob j) {
            return joined(j.statusAsString(), j.businessStatusAsString() == null ? null
                    : "business status " + j.businessStatusAsString(), j.statusInfo());
        }

        @Override
        CompletableFuture<Outcome.Done> delete(String id) {
            return smc.deleteReplicationJob(r -> r.jobId(id))
                    .thenApply(r -> new Outcome.Done(r.requestId(), r.alreadyDeleted(), r.metadata().attempts()));
        }

        @Override
        CompletableFuture<Outcome.Done> await(String id, WaitFor what, WaiterConfig config) {
            var w = smc.waiter();
            var f = switch (what) {
                case stopped -> w.waitUntilStopped(id, config);
                case deletable -> w.waitUntilDeletable(id, config);
                case deleted -> w.waitUntilDeleted(id, config);
            };
            return f.thenApply(r -> waited(r, ReplicationJob::statusAsString));
        }

        @Override
        TaskRef ref(String id) {
            return TaskRef.smc(id);
        }

        @Override
        void addTo(TaskCleaner.Builder cleaner) {
            cleaner.smc(smc);
        }

        @Override
        List<String> list(String status, String group) {
            List<String> ids = new ArrayList<>();
            join(smc.describeReplicationJobsPaginator(r -> r.status(status).pageSize(50))
                    .forEachItem(j -> ids.add(j.jobId())));
            return ids;
        }
    }

    // ------------------------------------------------------------------ DTS

    static final class Dts extends Binding {
        private final DtsAsyncClient dts;
        private final String region;

        Dts(DtsAsyncClient dts, String region) {
            super(dts);
            this.dts = dts;
            this.region = region;
        }

        @Override
        CompletableFuture<Outcome.Done> stop(String id) {
            return dts.stopDtsJob(r -> r.dtsJobId(id).regionId(region)).thenApply(r -> done(r, null));
        }

        @Override
        CompletableFuture<Outcome.Done> describe(String id) {
            return dts.describeDtsJobDetail(r -> r.dtsJobId(id).regionId(region))
                    .thenApply(r -> done(r, joined(r.statusAsString(), r.errorMessage())));
        }

        @Override
        CompletableFuture<Outcome.Done> delete(String id) {
            return dts.deleteDtsJob(r -> r.dtsJobId(id).regionId(region))
                    .thenApply(r -> new Outcome.Done(r.requestId(), r.alreadyDeleted(), r.metadata().attempts()));
        }

        @Override
        CompletableFuture<Outcome.Done> await(String id, WaitFor what, WaiterConfig config) {
            var w = dts.waiter();
            var f = switch (what) {
                case stopped -> w.waitUntilStopped(id, config);
                case deletable -> w.waitUntilDeletable(id, config);
                case deleted -> w.waitUntilDeleted(id, config);
            };
            return f.thenApply(r -> waited(r, d -> d.statusAsString()));
        }

        @Override
        TaskRef ref(String id) {
            return TaskRef.dts(id);
        }

        @Override
        void addTo(TaskCleaner.Builder cleaner) {
            cleaner.dts(dts);
        }

        @Override
        List<String> list(String status, String group) {
            // DescribeDtsJobs lists one job type at a time (migration when none is given): ask for each.
            Set<String> ids = new LinkedHashSet<>();
            for (DtsJobType type : DtsJobType.values()) {
                join(dts.describeDtsJobsPaginator(r -> r.region(region).jobType(type).status(status).pageSize(100))
                        .forEachItem(j -> ids.add(j.dtsJobId())));
            }
            return List.copyOf(ids);
        }
    }

    // ------------------------------------------------------------------ OMS

    static final class Oms extends Binding {
        private final OmsAsyncClient oms;
        private final String projectId;

        Oms(OmsAsyncClient oms, String projectId) {
            super(oms);
            this.oms = oms;
            this.projectId = projectId;
        }

        private ShowTaskRequest show(String id) {
            return ShowTaskRequest.builder().taskId(Long.parseLong(id)).projectId(projectId).build();
        }

        @Override
        CompletableFuture<Outcome.Done> stop(String id) {
            return oms.stopTask(r -> r.taskId(Long.parseLong(id)).projectId(projectId)).thenApply(r -> done(r, null));
        }

        @Override
        CompletableFuture<Outcome.Done> describe(String id) {
            return oms.showTask(show(id)).thenApply(r -> done(r, joined(r.status() + " (" + r.statusCode() + ")",
                    r.errorMessage())));
        }

        @Override
        CompletableFuture<Outcome.Done> delete(String id) {
            return oms.deleteTask(r -> r.taskId(Long.parseLong(id)).projectId(projectId))
                    .thenApply(r -> new Outcome.Done(r.requestId(), r.alreadyDeleted(), r.metadata().attempts()));
        }

        @Override
        CompletableFuture<Outcome.Done> await(String id, WaitFor what, WaiterConfig config) {
            var w = oms.waiter();
            var f = switch (what) {
                case stopped -> w.waitUntilStopped(show(id), config);
                case deletable -> w.waitUntilDeletable(show(id), config);
                case deleted -> w.waitUntilDeleted(show(id), config);
            };
            return f.thenApply(r -> waited(r, t -> t.status() + " (" + t.statusCode() + ")"));
        }

        @Override
        TaskRef ref(String id) {
            return projectId == null ? TaskRef.oms(Long.parseLong(id)) : TaskRef.oms(projectId, Long.parseLong(id));
        }

        @Override
        void addTo(TaskCleaner.Builder cleaner) {
            cleaner.oms(oms);
        }

        @Override
        List<String> list(String status, String group) {
            TaskStatus s;
            try {
                s = status == null ? null : TaskStatus.fromValue(Integer.valueOf(status));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("--status for oms is a status code, e.g. 3 (paused): '" + status
                        + "'");
            }
            List<String> ids = new ArrayList<>();
            join(oms.listTasksPaginator(r -> r.status(s).groupId(group).projectId(projectId).limit(100))
                    .forEachItem(t -> ids.add(String.valueOf(t.id()))));
            return ids;
        }
    }

    // ------------------------------------------------------------------ SMS

    static final class Sms extends Binding {
        private final SmsAsyncClient sms;

        Sms(SmsAsyncClient sms) {
            super(sms);
            this.sms = sms;
        }

        private static dev.migsdk.sms.model.ShowTaskRequest show(String id) {
            return dev.migsdk.sms.model.ShowTaskRequest.builder().taskId(id).build();
        }

        @Override
        CompletableFuture<Outcome.Done> stop(String id) {
            return sms.stopTask(id).thenApply(r -> done(r, null));
        }

        @Override
        CompletableFuture<Outcome.Done> describe(String id) {
            return sms.showTask(show(id)).thenApply(r -> done(r, joined(r.stateAsString(), r.errorJson())));
        }

        @Override
        CompletableFuture<Outcome.Done> delete(String id) {
            return sms.deleteTask(r -> r.taskId(id))
                    .thenApply(r -> new Outcome.Done(r.requestId(), r.alreadyDeleted(), r.metadata().attempts()));
        }

        @Override
        CompletableFuture<Outcome.Done> await(String id, WaitFor what, WaiterConfig config) {
            var w = sms.waiter();
            var f = switch (what) {
                case stopped -> w.waitUntilStopped(show(id), config);
                case deletable -> w.waitUntilDeletable(show(id), config);
                case deleted -> w.waitUntilDeleted(show(id), config);
            };
            return f.thenApply(r -> waited(r, t -> t.stateAsString()));
        }

        @Override
        TaskRef ref(String id) {
            return TaskRef.sms(id);
        }

        @Override
        void addTo(TaskCleaner.Builder cleaner) {
            cleaner.sms(sms);
        }

        @Override
        List<String> list(String status, String group) {
            TaskState s = status == null ? null : TaskState.fromValue(status);
            List<String> ids = new ArrayList<>();
            join(sms.listTasksPaginator(r -> r.state(s).limit(200)).forEachItem(t -> ids.add(t.id())));
            return ids;
        }
    }
}
