package dev.migsdk.examples.cli;

import dev.migsdk.cleanup.CleanupListener;
import dev.migsdk.cleanup.CleanupReport;
import dev.migsdk.cleanup.TaskCleaner;
import dev.migsdk.cleanup.TaskOutcome;
import dev.migsdk.cleanup.TaskRef;
import dev.migsdk.cleanup.TaskResult;
import dev.migsdk.testkit.DtsJobStatus;
import dev.migsdk.testkit.EmulatedService;
import dev.migsdk.testkit.MigrationEmulator;
import dev.migsdk.testkit.OmsTaskStatus;
import dev.migsdk.testkit.SmcBusinessStatus;
import dev.migsdk.testkit.SmcJobStatus;
import dev.migsdk.testkit.SmsTaskState;
import dev.migsdk.testkit.VirtualClock;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code migsdk demo}: a cross-cloud clean-up against the embedded emulator. Running, stopped and already
 * deleted tasks on SMC, DTS, OMS and SMS are stopped if needed, waited for and deleted by {@link TaskCleaner},
 * with results printed as they come. The emulator runs on a virtual clock, so stops that take minutes pass
 * in milliseconds.
 */
@Command(name = "demo", description = {
    "Start the embedded emulator on a virtual clock, seed running, stopped and already deleted tasks on SMC, DTS, "
            + "OMS and SMS, and clean them all up: stop if needed, wait until deletable, delete. Each result is "
            + "printed as it comes; a throttled service is retried.",
    "Needs no network and no credentials."},
        exitCodeList = {
            "0:every task ended as expected and none is left",
            "2:usage error (bad option)",
            "3:some task did not end as expected (marked UNEXPECTED)",
            "5:the emulator could not start"})
final class DemoCommand implements Callable<Integer> {
    private static final String FORMAT = "%-16s %-24s %-9s %-13s %s%n";

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = Migsdk.context(spec).out();
        VirtualClock clock = VirtualClock.startingNow();
        long realStart = System.nanoTime();
        try (MigrationEmulator emulator = MigrationEmulator.builder().clock(clock).start()) {
            Map<TaskRef, String> tasks = seed(emulator);
            out.println("migsdk demo: a cross-cloud clean-up against the embedded emulator at " + emulator.endpoint());
            out.println("(no network or credentials needed; on a virtual clock, so stops that take minutes pass at"
                    + " once)");
            out.println();
            out.println("Tasks: stop if needed -> wait until deletable -> delete");
            tasks.forEach((ref, state) -> out.printf("  %-24s %s%n", ref, state));
            out.println();
            out.printf(FORMAT, "RESULT", "TASK", "REQUESTS", "TIME", "STEPS");
            out.flush();
            Map<TaskRef, TaskOutcome> expected = new LinkedHashMap<>();
            tasks.forEach((ref, state) -> expected.put(ref, state.startsWith("(already deleted")
                    ? TaskOutcome.ALREADY_DELETED : TaskOutcome.DELETED));
            int[] unexpected = {0};
            TaskCleaner cleaner = TaskCleaner.builder().smc(emulator.smcAsyncClient()).dts(emulator.dtsAsyncClient())
                    .oms(emulator.omsAsyncClient()).sms(emulator.smsAsyncClient()).clock(clock).sleeper(clock)
                    .listener(new CleanupListener() {
                        @Override
                        public void taskFinished(TaskResult r) {
                            boolean ok = r.outcome() == expected.get(r.task());
                            synchronized (out) {
                                if (!ok) {
                                    unexpected[0]++;
                                }
                                out.printf(FORMAT, (ok ? "" : "UNEXPECTED ") + r.outcome().name().toLowerCase()
                                        .replace('_', ' '), r.task(), r.requests(), format(r.elapsed()),
                                        String.join(", ", r.steps()));
                                out.flush();
                            }
                        }
                    }).build();

            CleanupReport report = cleaner.clean(List.copyOf(tasks.keySet()));

            int left = emulator.smc().jobs().size() + emulator.dts().jobs().size() + emulator.oms().tasks().size()
                    + emulator.sms().tasks().size();
            out.println();
            out.println(report.summary().replace(" in " + report.elapsed(), " in " + format(report.elapsed())
                    + " of virtual time (" + (System.nanoTime() - realStart) / 1_000_000 + " ms real)"));
            boolean good = unexpected[0] == 0 && left == 0;
            out.println(good ? "Left on the services: none. All " + tasks.size() + " tasks ended as expected."
                    : "NOT as expected: " + unexpected[0] + " unexpected results, " + left + " tasks left.");
            out.flush();
            return good ? ExitCodes.OK : ExitCodes.SERVICE_ERROR;
        } catch (java.io.UncheckedIOException e) {
            Migsdk.context(spec).err().println("error: the emulator could not start: " + e.getMessage());
            return ExitCodes.CLIENT_ERROR;
        }
    }

    /** Running, stopped and already deleted tasks on each service; each with the state the demo starts from. */
    private static Map<TaskRef, String> seed(MigrationEmulator emulator) {
        emulator.smc().stopDelay(Duration.ofMinutes(3));
        emulator.dts().stopDelay(Duration.ofMinutes(2));
        emulator.oms().stopDelay(Duration.ofMinutes(4));
        emulator.sms().stopDelay(Duration.ofMinutes(5));
        emulator.smc().addJob("j-demo-running", SmcJobStatus.RUNNING, SmcBusinessStatus.SYNCING);
        emulator.smc().addJob("j-demo-stopped", SmcJobStatus.STOPPED, SmcBusinessStatus.SYNCING);
        emulator.dts().addJob("dtsdemo-sync", DtsJobStatus.SYNCHRONIZING);
        emulator.faults().throttleNext(EmulatedService.DTS, 2);
        emulator.oms().addTask(2001, OmsTaskStatus.RUNNING);
        emulator.oms().addTask(2002, OmsTaskStatus.STOPPED);
        emulator.sms().addTask("0f1e2d3c-running", SmsTaskState.RUNNING);
        emulator.sms().addTask("0f1e2d3c-done", SmsTaskState.MIGRATE_SUCCESS);
        Map<TaskRef, String> tasks = new LinkedHashMap<>();
        tasks.put(TaskRef.smc("j-demo-running"), "Running (stopping takes 3 min)");
        tasks.put(TaskRef.smc("j-demo-stopped"), "Stopped");
        tasks.put(TaskRef.dts("dtsdemo-sync"), "Synchronizing (its first 2 requests are throttled)");
        tasks.put(TaskRef.oms(2001), "2 migrating (pausing takes 4 min)");
        tasks.put(TaskRef.oms(2002), "3 paused");
        tasks.put(TaskRef.oms(2003), "(already deleted)");
        tasks.put(TaskRef.sms("0f1e2d3c-running"), "RUNNING (stopping takes 5 min)");
        tasks.put(TaskRef.sms("0f1e2d3c-done"), "MIGRATE_SUCCESS");
        return tasks;
    }

    /** A duration as a person reads it: 4m12s, 850ms. */
    static String format(Duration d) {
        long s = d.getSeconds();
        if (s == 0) {
            return d.toMillis() + "ms";
        }
        return (s >= 60 ? s / 60 + "m" : "") + (s % 60) + "s";
    }
}
