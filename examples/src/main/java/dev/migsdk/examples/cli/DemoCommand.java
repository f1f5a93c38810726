package dev.migsdk.examples.cli;

import dev.migsdk.core.SdkResponse;
import dev.migsdk.core.exception.InvalidStatusException;
import dev.migsdk.core.exception.SdkException;
import dev.migsdk.core.exception.ServiceException;
import dev.migsdk.dts.DtsClient;
import dev.migsdk.oms.OmsClient;
import dev.migsdk.smc.SmcClient;
import dev.migsdk.sms.SmsClient;
import dev.migsdk.testkit.DtsJobStatus;
import dev.migsdk.testkit.EmulatedService;
import dev.migsdk.testkit.JournalEntry;
import dev.migsdk.testkit.MigrationEmulator;
import dev.migsdk.testkit.OmsTaskStatus;
import dev.migsdk.testkit.SmcBusinessStatus;
import dev.migsdk.testkit.SmcJobStatus;
import dev.migsdk.testkit.SmsTaskState;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code migsdk demo}: every operation of the SDK against the embedded emulator, with the cases that matter in
 * practice (stop-then-delete, a refusal handled, a throttled call retried), summarised as a table.
 */
@Command(name = "demo", description = {
    "Start the embedded emulator, seed jobs and tasks in SMC, DTS, OMS and SMS, and run all five operations: "
            + "a stop-then-delete, refusals handled as typed exceptions, and a throttled call that is retried.",
    "Needs no network and no credentials."},
        exitCodeList = {
            "0:every step behaved as expected",
            "2:usage error (bad option)",
            "3:some step did not behave as expected (marked UNEXPECTED in the table)",
            "5:the emulator could not start"})
final class DemoCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    /** One demo step: what it calls, and whether it should succeed or be refused with invalid status. */
    private record Step(String service, String operation, String id, boolean expectRefusal, String note,
                        Supplier<SdkResponse> call) {
    }

    /** What one step did. */
    private record Row(Step step, int tries, String outcome, String requestId, boolean asExpected) {
    }

    @Override
    public Integer call() {
        PrintWriter out = Migsdk.context(spec).out();
        List<Row> rows = new ArrayList<>();
        try (MigrationEmulator emulator = MigrationEmulator.start()) {
            out.println("migsdk demo: embedded emulator at " + emulator.endpoint()
                    + " (no network or credentials needed)");
            out.flush();
            emulator.smc().addJob("j-demo-running", SmcJobStatus.RUNNING, SmcBusinessStatus.SYNCING);
            emulator.smc().addJob("j-demo-stopped", SmcJobStatus.STOPPED, SmcBusinessStatus.SYNCING);
            emulator.dts().addJob("dtsdemo1234", DtsJobStatus.SYNCHRONIZING);
            emulator.oms().addTask(2001, OmsTaskStatus.RUNNING);
            emulator.oms().addTask(2002, OmsTaskStatus.STOPPED);
            emulator.sms().addTask("0f1e2d3c-demo", SmsTaskState.ABORT);
            SmcClient smc = emulator.smcClient();
            DtsClient dts = emulator.dtsClient();
            OmsClient oms = emulator.omsClient();
            SmsClient sms = emulator.smsClient();

            List<Step> steps = List.of(
                    new Step("SMC", "StopReplicationJob", "j-demo-running", false, "stopped",
                            () -> smc.stopReplicationJob(r -> r.jobId("j-demo-running"))),
                    new Step("SMC", "DeleteReplicationJob", "j-demo-running", false, "deleted (stop-then-delete)",
                            () -> smc.deleteReplicationJob(r -> r.jobId("j-demo-running"))),
                    new Step("SMC", "StopReplicationJob", "j-demo-stopped", true, "job is already stopped",
                            () -> smc.stopReplicationJob(r -> r.jobId("j-demo-stopped"))),
                    new Step("DTS", "DeleteDtsJob", "dtsdemo1234", false, "deleted", () -> {
                        emulator.faults().throttleNext(EmulatedService.DTS, 2);
                        return dts.deleteDtsJob(r -> r.dtsJobId("dtsdemo1234"));
                    }),
                    new Step("OMS", "DeleteTask", "2001", true, "task is running: pause it first",
                            () -> oms.deleteTask(r -> r.taskId(2001L))),
                    new Step("OMS", "DeleteTask", "2002", false, "deleted",
                            () -> oms.deleteTask(r -> r.taskId(2002L))),
                    new Step("SMS", "DeleteTask", "0f1e2d3c-demo", false, "deleted",
                            () -> sms.deleteTask(r -> r.taskId("0f1e2d3c-demo"))));
            for (Step step : steps) {
                rows.add(run(emulator, step));
            }
        }
        print(out, rows);
        long unexpected = rows.stream().filter(r -> !r.asExpected()).count();
        out.println();
        out.println(unexpected == 0 ? "All " + rows.size() + " steps behaved as expected."
                : unexpected + " of " + rows.size() + " steps did NOT behave as expected.");
        out.flush();
        return unexpected == 0 ? ExitCodes.OK : ExitCodes.SERVICE_ERROR;
    }

    private static Row run(MigrationEmulator emulator, Step step) {
        int before = emulator.journal().requests().size();
        try {
            SdkResponse response = step.call().get();
            List<JournalEntry> sent = emulator.journal().requests().subList(before,
                    emulator.journal().requests().size());
            long throttled = sent.stream().filter(e -> e.fault() != null).count();
            String outcome = "ok: " + step.note() + (throttled == 0 ? ""
                    : " after " + throttled + " throttled attempt" + (throttled == 1 ? "" : "s") + " ("
                    + sent.get(0).errorCode() + "), retried");
            return new Row(step, response.metadata().attempts(), (step.expectRefusal() ? "UNEXPECTED " : "") + outcome,
                    response.requestId(), !step.expectRefusal());
        } catch (InvalidStatusException e) {
            return new Row(step, e.attempts(), (step.expectRefusal() ? "" : "UNEXPECTED ") + "refused, handled: "
                    + e.errorCode() + " (" + step.note() + ")", e.requestId(), step.expectRefusal());
        } catch (ServiceException e) {
            return new Row(step, e.attempts(), "UNEXPECTED " + e.errorCode() + ": " + e.errorMessage(),
                    e.requestId(), false);
        } catch (SdkException e) {
            return new Row(step, e.attempts(), "UNEXPECTED " + e.getMessage(), null, false);
        }
    }

    private static void print(PrintWriter out, List<Row> rows) {
        List<String[]> table = new ArrayList<>();
        table.add(new String[] {"#", "SERVICE", "OPERATION", "ID", "TRIES", "OUTCOME", "REQUEST ID"});
        int n = 1;
        for (Row r : rows) {
            table.add(new String[] {String.valueOf(n++), r.step().service(), r.step().operation(), r.step().id(),
                String.valueOf(r.tries()), r.outcome(), r.requestId() == null ? "-" : r.requestId()});
        }
        int[] width = new int[table.get(0).length];
        table.forEach(cells -> {
            for (int i = 0; i < cells.length; i++) {
                width[i] = Math.max(width[i], cells[i].length());
            }
        });
        out.println();
        for (String[] cells : table) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < cells.length; i++) {
                line.append(i == cells.length - 1 ? cells[i] : String.format("%-" + (width[i] + 2) + "s", cells[i]));
            }
            out.println(line.toString().stripTrailing());
        }
    }
}
