package dev.migsdk.examples.cli;

import dev.migsdk.core.auth.Credentials;
import dev.migsdk.core.auth.HuaweiAkSkCredentials;
import dev.migsdk.core.auth.HuaweiCredentials;
import dev.migsdk.dts.DtsAsyncClient;
import dev.migsdk.dts.model.SynchronizationDirection;
import dev.migsdk.oms.OmsAsyncClient;
import dev.migsdk.smc.SmcAsyncClient;
import dev.migsdk.sms.SmsAsyncClient;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The {@code smc}, {@code dts}, {@code oms} and {@code sms} command groups and their operations. */
final class ServiceCommands {
    private ServiceCommands() {
    }

    /** A command group: running it without a subcommand is a usage error. */
    abstract static class Group implements Runnable {
        @Spec
        CommandSpec spec;

        @Override
        public void run() {
            throw new ParameterException(spec.commandLine(), "missing a subcommand: "
                    + String.join(" or ", spec.subcommands().keySet()));
        }
    }

    /** A session over one async client. */
    private static <C extends AutoCloseable> TaskCommand.Session session(C client,
            Function<String, CompletableFuture<Outcome.Done>> call) {
        return new TaskCommand.Session() {
            @Override
            public CompletableFuture<Outcome.Done> call(String id) {
                return call.apply(id);
            }

            @Override
            public void close() {
                try {
                    client.close();
                } catch (Exception e) {
                    // releasing local resources only
                }
            }
        };
    }

    // ------------------------------------------------------------------ SMC

    @Command(name = "smc", description = "Alibaba Cloud Server Migration Center (SMC) replication jobs.",
            subcommands = {SmcDeleteReplicationJob.class, SmcStopReplicationJob.class})
    static final class Smc extends Group {
    }

    @Command(name = "delete-replication-job", description = {
        "Delete SMC replication (migration) jobs, e.g. j-bp17m1vi6x21qhqk1234. Irreversible: the job's "
                + "intermediate instance and temporary resources are released.",
        "SMC refuses to delete a running job (ReplicationJob.InvalidStatus): stop it first with "
                + "stop-replication-job."})
    static final class SmcDeleteReplicationJob extends TaskCommand.OnAlibaba {
        @Override
        Reporter.Operation operation() {
            return new Reporter.Operation("SMC", "DeleteReplicationJob", null, "the job is still running: `migsdk smc "
                    + "clean %s` stops it, waits until it is Stopped and deletes it");
        }

        @Override
        Session open(Clients clients) {
            SmcAsyncClient smc = clients.configure(SmcAsyncClient.builder())
                    .credentialsProvider(clients.alibabaCredentials).build();
            return session(smc, id -> smc.deleteReplicationJob(r -> r.jobId(id))
                    .thenApply(r -> new Outcome.Done(r.requestId(), r.alreadyDeleted(), r.metadata().attempts())));
        }
    }

    @Command(name = "stop-replication-job", description = {
        "Stop (pause) running SMC replication jobs. Only jobs that are Running with business status Syncing "
                + "can be stopped; a stopped job can be started again."})
    static final class SmcStopReplicationJob extends TaskCommand.OnAlibaba {
        @Override
        Reporter.Operation operation() {
            return new Reporter.Operation("SMC", "StopReplicationJob", null, "only jobs that are Running and Syncing "
                    + "can be stopped; %s is probably already stopped, finished or not started (such a job can be "
                    + "deleted without stopping it)");
        }

        @Override
        Session open(Clients clients) {
            SmcAsyncClient smc = clients.configure(SmcAsyncClient.builder())
                    .credentialsProvider(clients.alibabaCredentials).build();
            return session(smc, id -> smc.stopReplicationJob(r -> r.jobId(id))
                    .thenApply(r -> new Outcome.Done(r.requestId(), false, r.metadata().attempts())));
        }
    }

    // ------------------------------------------------------------------ DTS

    @Command(name = "dts", description = "Alibaba Cloud Data Transmission Service (DTS) jobs.",
            subcommands = DtsDeleteDtsJob.class)
    static final class Dts extends Group {
    }

    @Command(name = "delete-dts-job", description = {
        "Delete DTS migration, synchronization or change-tracking jobs (and release pay-as-you-go instances).",
        "Needs --region (e.g. cn-hangzhou), which picks the endpoint and is sent as RegionId, or --endpoint (then "
                + "RegionId is sent only if --region is given too)."})
    static final class DtsDeleteDtsJob extends TaskCommand.OnAlibaba {
        @Option(names = "--direction", paramLabel = "DIRECTION",
                description = "Two-way synchronization only: FORWARD (default) or REVERSE (deletes only the reverse "
                        + "task).")
        SynchronizationDirection direction;

        @Override
        Reporter.Operation operation() {
            return new Reporter.Operation("DTS", "DeleteDtsJob", "cn-hangzhou",
                    "DTS refused to delete the job in its current state: `migsdk dts clean %s` (same --region) stops "
                            + "it if needed, waits and deletes it");
        }

        @Override
        Session open(Clients clients) {
            DtsAsyncClient dts = clients.configure(DtsAsyncClient.builder())
                    .credentialsProvider(clients.alibabaCredentials).build();
            String region = options.region;
            return session(dts, id -> dts.deleteDtsJob(r -> r.dtsJobId(id).regionId(region)
                            .synchronizationDirection(direction))
                    .thenApply(r -> new Outcome.Done(r.requestId(), r.alreadyDeleted(), r.metadata().attempts())));
        }
    }

    // ------------------------------------------------------------------ OMS

    @Command(name = "oms", description = "Huawei Cloud Object Storage Migration Service (OMS) tasks.",
            subcommands = OmsDeleteTask.class)
    static final class Oms extends Group {
    }

    @Command(name = "delete-task", description = {
        "Delete OMS migration tasks. OMS refuses tasks that are running or waiting: pause them first.",
        OmsDeleteTask.ID_FORMAT + ".",
        "Needs --region (e.g. cn-north-4) or --endpoint. The project id is --project-id, else the credentials' "
                + "(HUAWEICLOUD_SDK_PROJECT_ID, or project_id in the [basic] section of ~/.huaweicloud/credentials)."})
    static final class OmsDeleteTask extends TaskCommand.OnHuawei {
        /** What an id must look like, for messages and the help. */
        static final String ID_FORMAT = "OMS task ids are digits only, 0 to 999999999999999";
        /** 999999999999999, the largest documented task id, has 15 digits. */
        private static final int MAX_TASK_ID_DIGITS = 15;

        /**
         * What OMS documents for {@code task_id}: a Long from 0 to 999999999999999. Written as plain ASCII digits
         * (leading zeros are harmless), so neither a sign, nor non-ASCII digits, nor an overflowing number gets
         * through, whatever the command.
         */
        static String omsIdProblem(String id) {
            int first = 0;
            while (first < id.length() - 1 && id.charAt(first) == '0') {
                first++;
            }
            boolean digits = !id.isEmpty() && id.chars().allMatch(c -> c >= '0' && c <= '9');
            return digits && id.length() - first <= MAX_TASK_ID_DIGITS ? null : ID_FORMAT;
        }

        /** The SDK would refuse every call without a project id, naming its own field; say which flag gives one. */
        static String omsCredentialsProblem(String projectId, Credentials credentials) {
            boolean none = projectId == null && credentials instanceof HuaweiCredentials h && h.projectId() == null;
            return none ? "OMS needs a project id and the credentials carry none: pass --project-id ID, or set "
                    + "HUAWEICLOUD_SDK_PROJECT_ID (or project_id in the [basic] section of ~/.huaweicloud/credentials)"
                    : null;
        }

        @Option(names = "--project-id", paramLabel = "ID",
                description = "Project id to send (in the path and as X-Project-Id) instead of the credentials' "
                        + "project id; needed when the credentials carry none.")
        String projectId;

        @Override
        Reporter.Operation operation() {
            return new Reporter.Operation("OMS", "DeleteTask", "cn-north-4", "the task is still running or "
                    + "waiting: `migsdk oms clean %s` (same --region) pauses it, waits and deletes it");
        }

        @Override
        String checkId(String id) {
            return omsIdProblem(id);
        }

        @Override
        String checkCredentials(Credentials credentials) {
            return omsCredentialsProblem(projectId, credentials);
        }

        @Override
        Session open(Clients clients) {
            OmsAsyncClient oms = clients.configure(OmsAsyncClient.builder())
                    .credentialsProvider(clients.huaweiCredentials).build();
            return session(oms, id -> oms.deleteTask(r -> r.taskId(Long.parseLong(id)).projectId(projectId))
                    .thenApply(r -> new Outcome.Done(r.requestId(), r.alreadyDeleted(), r.metadata().attempts())));
        }
    }

    // ------------------------------------------------------------------ SMS

    @Command(name = "sms", description = "Huawei Cloud Server Migration Service (SMS) tasks.",
            subcommands = SmsDeleteTask.class)
    static final class Sms extends Group {
    }

    @Command(name = "delete-task", description = {
        "Delete SMS migration tasks. SMS refuses tasks that are running or stopping (error SMS.2015): stop them "
                + "and wait until they have stopped.",
        "Needs --region (e.g. cn-north-4) or --endpoint. The account (domain) id is sent as X-Domain-Id from the "
                + "credentials (HUAWEICLOUD_SDK_DOMAIN_ID, or domain_id in the [global] section of "
                + "~/.huaweicloud/credentials)."})
    static final class SmsDeleteTask extends TaskCommand.OnHuawei {
        /**
         * The SDK refuses an AK/SK call to SMS (a global service) without the account's domain id, naming its own
         * field; say, once and before anything is sent, where a command-line user gives it. A token needs none.
         */
        static String smsCredentialsProblem(Credentials credentials) {
            boolean none = credentials instanceof HuaweiAkSkCredentials k && k.domainId() == null;
            return none ? "SMS needs the account's domain id with AK/SK credentials and they carry none: set "
                    + "HUAWEICLOUD_SDK_DOMAIN_ID (or domain_id in the [global] section of ~/.huaweicloud/credentials)"
                    : null;
        }

        @Override
        String checkCredentials(Credentials credentials) {
            return smsCredentialsProblem(credentials);
        }

        @Override
        Reporter.Operation operation() {
            return new Reporter.Operation("SMS", "DeleteTask", "cn-north-4", "the task is running or stopping: "
                    + "`migsdk sms clean %s` (same --region) stops it, waits and deletes it");
        }

        @Override
        Session open(Clients clients) {
            SmsAsyncClient sms = clients.configure(SmsAsyncClient.builder())
                    .credentialsProvider(clients.huaweiCredentials).build();
            return session(sms, id -> sms.deleteTask(r -> r.taskId(id))
                    .thenApply(r -> new Outcome.Done(r.requestId(), r.alreadyDeleted(), r.metadata().attempts())));
        }
    }
}
