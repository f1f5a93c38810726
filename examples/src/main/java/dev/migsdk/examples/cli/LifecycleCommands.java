package dev.migsdk.examples.cli;

import dev.migsdk.cleanup.CleanupListener;
import dev.migsdk.cleanup.CleanupReport;
import dev.migsdk.cleanup.CleanupRun;
import dev.migsdk.cleanup.TaskCleaner;
import dev.migsdk.cleanup.TaskOutcome;
import dev.migsdk.cleanup.TaskRef;
import dev.migsdk.cleanup.TaskResult;
import dev.migsdk.core.auth.Credentials;
import dev.migsdk.core.waiter.WaiterConfig;
import dev.migsdk.dts.DtsAsyncClient;
import dev.migsdk.oms.OmsAsyncClient;
import dev.migsdk.smc.SmcAsyncClient;
import dev.migsdk.sms.SmsAsyncClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/**
 * {@code migsdk <service> stop|describe|wait|delete|clean}: the same five verbs on every service, registered
 * on each service group by {@link #register(CommandLine)}.
 */
final class LifecycleCommands {
    private LifecycleCommands() {
    }

    /** The verbs. */
    enum Verb {
        stop("Stop (pause) tasks so that they can be deleted; the stop itself takes a while: see wait."),
        describe("Show tasks' state as the service reports it."),
        wait("Wait until tasks are stopped, deletable (default) or deleted: polls with backoff, at most --max-wait."),
        delete("Delete tasks; a task whose state refuses it is reported (see clean)."),
        clean("Stop if needed, wait, delete: one report line per task (deleted, already deleted, failed, timed out).");

        final String description;

        Verb(String description) {
            this.description = description;
        }
    }

    /** The services, with what their commands say. */
    enum Service {
        SMC("SMC", "smc", null, "StopReplicationJob", "DescribeReplicationJobs", "DeleteReplicationJob"),
        DTS("DTS", "dts", "cn-hangzhou", "StopDtsJob", "DescribeDtsJobDetail", "DeleteDtsJob"),
        OMS("OMS", "oms", "cn-north-4", "StopTask", "ShowTask", "DeleteTask"),
        SMS("SMS", "sms", "cn-north-4", "StopTask", "ShowTask", "DeleteTask");

        final String name;
        final String command;
        final String regionExample;
        final String stopOp;
        final String describeOp;
        final String deleteOp;

        Service(String name, String command, String regionExample, String stopOp, String describeOp, String deleteOp) {
            this.name = name;
            this.command = command;
            this.regionExample = regionExample;
            this.stopOp = stopOp;
            this.describeOp = describeOp;
            this.deleteOp = deleteOp;
        }

        boolean alibaba() {
            return this == SMC || this == DTS;
        }
    }

    /** Adds the five verbs to each service group of {@code migsdk}. */
    static void register(CommandLine migsdk) {
        for (Service s : Service.values()) {
            CommandLine group = migsdk.getSubcommands().get(s.command);
            for (Verb v : Verb.values()) {
                TaskCommand command = s.alibaba() ? new OnAlibaba(s, v) : new OnHuawei(s, v);
                CommandLine sub = new CommandLine(command);
                sub.getCommandSpec().usageMessage().description(v.description);
                tailor(sub.getCommandSpec(), command, s, v);
                group.addSubcommand(v.name(), sub);
            }
        }
    }

    /**
     * Keeps only the options that mean something for verb {@code v} on service {@code s}, each described for
     * that service; an option left out is refused with the reason ({@link TaskCommand#notHere}).
     */
    private static void tailor(CommandSpec spec, TaskCommand command, Service s, Verb v) {
        String status = switch (s) {
            case SMC -> "status (e.g. Stopped)";
            case DTS -> "status (e.g. Finished; jobs of every type)";
            case OMS -> "status code (e.g. 3, paused)";
            case SMS -> "state (e.g. ABORT)";
        };
        CliHelp.describe(spec, "--status", "Act on the tasks the service lists with this " + status + ", besides "
                + "the ids given.");
        if (s != Service.OMS) {
            drop(spec, command, "--group", "--group selects an OMS task group; " + s.name + " has none");
            drop(spec, command, "--project-id", s == Service.SMS
                    ? "--project-id is for OMS: SMS is a global service, signed with the account's domain id "
                    + "(HUAWEICLOUD_SDK_DOMAIN_ID, or domainId in the credentials)"
                    : "--project-id is for OMS: " + s.name + " (Alibaba Cloud) has no project ids");
        }
        if (v != Verb.wait) {
            drop(spec, command, "--for", "--for applies to wait only (" + s.command + " clean always waits until a"
                    + " task can be deleted)");
        }
        if (v != Verb.wait && v != Verb.clean) {
            drop(spec, command, "--max-wait", "--max-wait applies to wait and clean, the verbs that wait");
        }
        if (v == Verb.wait || v == Verb.clean) {
            CliHelp.describe(spec, "--concurrency", "Tasks worked on at once, at least 1 (default ${DEFAULT-VALUE}).");
            drop(spec, command, "--dry-run", "--dry-run cannot " + v + ": " + (v == Verb.wait ? "waiting" : "a "
                    + "clean-up") + " acts on the service's answers, and a dry run sends nothing. To see what "
                    + "would be sent, run `migsdk " + s.command + " describe --dry-run` or `delete --dry-run`; to see "
                    + "the tasks' states, run `migsdk " + s.command + " describe`");
        }
    }

    private static void drop(CommandSpec spec, TaskCommand command, String option, String why) {
        spec.remove(spec.findOption(option));
        command.notHere.put(option, why);
    }

    /** Options of the lifecycle verbs; {@link #tailor} removes those a verb or service has no use for. */
    static final class Options {
        @Option(names = "--status", paramLabel = "STATUS", description = "Act on the tasks listed with this status.")
        String status;

        @Option(names = "--group", paramLabel = "ID", description = "Act on the tasks of this OMS task group.")
        String group;

        @Option(names = "--for", paramLabel = "STATE", defaultValue = "deletable",
                description = "What to wait for: stopped, deletable (default) or deleted.")
        Binding.WaitFor waitFor;

        @Option(names = "--max-wait", paramLabel = "DURATION", converter = CommonOptions.DurationConverter.class,
                description = "The longest to wait for one task (default 30m); a task still not there is reported "
                        + "as timed out.")
        Duration maxWait;

        @Option(names = "--project-id", paramLabel = "ID",
                description = "The project id to send (in the path and as X-Project-Id) instead of the credentials' "
                        + "(HUAWEICLOUD_SDK_PROJECT_ID, or project_id in ~/.huaweicloud/credentials).")
        String projectId;
    }

    /** What a verb does on a service, shared by the Alibaba and Huawei command classes. */
    static final class Logic {
        final Service service;
        final Verb verb;

        Logic(Service service, Verb verb) {
            this.service = service;
            this.verb = verb;
        }

        Reporter.Operation operation() {
            String name = switch (verb) {
                case stop -> service.stopOp;
                case describe -> service.describeOp;
                case wait -> "wait";
                case delete -> service.deleteOp;
                case clean -> "clean";
            };
            return new Reporter.Operation(service.name, name, service.regionExample,
                    "the task's state refuses it: `migsdk " + service.command + " clean %s` stops it if needed, "
                            + "waits until it can be deleted, and deletes it");
        }

        TaskCommand.Session open(TaskCommand.Clients clients, CommonOptions common, Options options) {
            Binding b = switch (service) {
                case SMC -> new Binding.Smc(clients.configure(SmcAsyncClient.builder())
                        .credentialsProvider(clients.alibabaCredentials).build());
                case DTS -> new Binding.Dts(clients.configure(DtsAsyncClient.builder())
                        .credentialsProvider(clients.alibabaCredentials).build(), common.region);
                case OMS -> new Binding.Oms(clients.configure(OmsAsyncClient.builder())
                        .credentialsProvider(clients.huaweiCredentials).build(), options.projectId);
                case SMS -> new Binding.Sms(clients.configure(SmsAsyncClient.builder())
                        .credentialsProvider(clients.huaweiCredentials).build());
            };
            WaiterConfig waiter = options.maxWait == null ? WaiterConfig.defaults()
                    : WaiterConfig.builder().maxWait(options.maxWait).build();
            return new TaskCommand.Session() {
                @Override
                public CompletableFuture<Outcome.Done> call(String id) {
                    return switch (verb) {
                        case stop -> b.stop(id);
                        case describe -> b.describe(id);
                        case wait -> b.await(id, options.waitFor, waiter);
                        case delete -> b.delete(id);
                        case clean -> throw new IllegalStateException("clean runs through the cleaner");
                    };
                }

                @Override
                public List<String> list() {
                    return b.list(options.status, options.group);
                }

                @Override
                public BulkRunner.Result runAll(List<String> ids, int concurrency, Progress progress,
                                                java.util.function.Consumer<Outcome> onOutcome, Interrupts interrupts,
                                                Duration timeout) {
                    if (verb != Verb.clean) {
                        return null;
                    }
                    return clean(b, ids, concurrency, waiter, progress, onOutcome, interrupts, timeout);
                }

                @Override
                public void close() {
                    b.close();
                }
            };
        }

        String checkId(String id) {
            return service == Service.OMS ? ServiceCommands.OmsDeleteTask.omsIdProblem(id) : null;
        }

        String checkCredentials(Credentials credentials, Options options) {
            return switch (service) {
                case OMS -> ServiceCommands.OmsDeleteTask.omsCredentialsProblem(options.projectId, credentials);
                case SMS -> ServiceCommands.SmsDeleteTask.smsCredentialsProblem(credentials);
                default -> null;
            };
        }
    }

    /**
     * Runs the cleaner over {@code ids}: each task's result streams as it ends; Ctrl-C or the timeout cancels
     * (calls on their way get {@link BulkRunner#GRACE}) and every task is reported.
     */
    static BulkRunner.Result clean(Binding b, List<String> ids, int concurrency, WaiterConfig waiter,
                                   Progress progress, java.util.function.Consumer<Outcome> onOutcome,
                                   Interrupts interrupts, Duration timeout) {
        Map<TaskRef, String> idOf = new HashMap<>();
        List<TaskRef> refs = new ArrayList<>(ids.size());
        for (String id : ids) {
            TaskRef ref = b.ref(id);
            idOf.put(ref, id);
            refs.add(ref);
        }
        TaskCleaner.Builder builder = TaskCleaner.builder().maxConcurrency(concurrency).waiterConfig(waiter)
                .listener(new CleanupListener() {
                    @Override
                    public void taskFinished(TaskResult result) {
                        Outcome o = outcome(idOf.get(result.task()), result);
                        progress.tick(o.failed());
                        onOutcome.accept(o);
                    }
                });
        b.addTo(builder);
        CleanupRun run = builder.build().start(refs);
        BulkRunner.Stop[] stop = {BulkRunner.Stop.NONE};
        try (Interrupts.Registration r = interrupts.onInterrupt(() -> {
            synchronized (stop) {
                if (stop[0] == BulkRunner.Stop.NONE) {
                    stop[0] = BulkRunner.Stop.INTERRUPTED;
                }
            }
            run.cancel(BulkRunner.GRACE);
        })) {
            CleanupReport report;
            try {
                report = timeout == null ? run.report().get() : run.report().get(timeout.toNanos(), TimeUnit.NANOSECONDS);
            } catch (TimeoutException e) {
                synchronized (stop) {
                    if (stop[0] == BulkRunner.Stop.NONE) {
                        stop[0] = BulkRunner.Stop.TIMED_OUT;
                    }
                }
                run.cancel(BulkRunner.GRACE);
                report = run.report().join();
            }
            progress.finish();
            List<Outcome> outcomes = new ArrayList<>(ids.size());
            for (TaskResult t : report.results()) {
                outcomes.add(outcome(idOf.get(t.task()), t));
            }
            synchronized (stop) {
                return new BulkRunner.Result(outcomes, stop[0]);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            run.cancel(Duration.ZERO);
            throw new IllegalStateException("interrupted", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("the clean-up failed unexpectedly", e.getCause());
        }
    }

    /** A task's result as a command-line outcome. */
    static Outcome outcome(String id, TaskResult t) {
        String steps = String.join(", ", t.steps());
        String last = t.requestIds().isEmpty() ? null : t.requestIds().get(t.requestIds().size() - 1);
        return switch (t.outcome()) {
            case DELETED, ALREADY_DELETED -> new Outcome(id, new Outcome.Done(last,
                    t.outcome() == TaskOutcome.ALREADY_DELETED, t.requests(), steps + "; " + t.requests()
                    + (t.requests() == 1 ? " request" : " requests")), null, null, null);
            case NOT_STARTED -> Outcome.cancelled(id, Outcome.Cancel.NOT_STARTED);
            case INTERRUPTED -> Outcome.cancelled(id, t.inFlight().isPresent() ? Outcome.Cancel.IN_FLIGHT
                    : Outcome.Cancel.PART_DONE);
            case FAILED, WAIT_TIMED_OUT -> new Outcome(id, null, t.error().orElseGet(() ->
                    new IllegalStateException(t.outcome() + " after " + steps)), null, null);
        };
    }

    /** A verb on SMC or DTS. */
    @Command(sortOptions = false)
    static final class OnAlibaba extends TaskCommand.OnAlibaba {
        private final Logic logic;
        @Mixin
        Options lifecycle;

        OnAlibaba(Service service, Verb verb) {
            this.logic = new Logic(service, verb);
        }

        @Override
        Reporter.Operation operation() {
            return logic.operation();
        }

        @Override
        Session open(Clients clients) {
            return logic.open(clients, options, lifecycle);
        }

        @Override
        String checkId(String id) {
            return logic.checkId(id);
        }

        @Override
        String checkCredentials(Credentials credentials) {
            return logic.checkCredentials(credentials, lifecycle);
        }

        @Override
        boolean idsFromList() {
            return lifecycle.status != null || lifecycle.group != null;
        }
    }

    /** A verb on OMS or SMS. */
    @Command(sortOptions = false)
    static final class OnHuawei extends TaskCommand.OnHuawei {
        private final Logic logic;
        @Mixin
        Options lifecycle;

        OnHuawei(Service service, Verb verb) {
            this.logic = new Logic(service, verb);
        }

        @Override
        Reporter.Operation operation() {
            return logic.operation();
        }

        @Override
        Session open(Clients clients) {
            return logic.open(clients, options, lifecycle);
        }

        @Override
        String checkId(String id) {
            return logic.checkId(id);
        }

        @Override
        String checkCredentials(Credentials credentials) {
            return logic.checkCredentials(credentials, lifecycle);
        }

        @Override
        boolean idsFromList() {
            return lifecycle.status != null || lifecycle.group != null;
        }
    }
}
