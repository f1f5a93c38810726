package dev.migsdk.examples.cli;

import dev.migsdk.testkit.DtsJobStatus;
import dev.migsdk.testkit.MigrationEmulator;
import dev.migsdk.testkit.OmsTaskStatus;
import dev.migsdk.testkit.SmcBusinessStatus;
import dev.migsdk.testkit.SmcJobStatus;
import dev.migsdk.testkit.SmsTaskState;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code migsdk emulator}: the embedded emulator as a standalone local server. */
@Command(name = "emulator", description = {
    "Run the emulator of SMC, DTS, OMS, SMS and IAM on 127.0.0.1 in the foreground until Ctrl-C (or, with "
            + "--until-stdin-closes, until stdin closes). Prints its endpoint and its throwaway credentials, and how "
            + "to point migsdk at it.",
    "Sample jobs and tasks are seeded unless --empty is given."},
        exitCodeList = {
            "0:stopped by Ctrl-C (or stdin closed, with --until-stdin-closes)",
            "2:usage error (bad option)",
            "5:cannot listen on the port (in use, or not permitted)"})
final class EmulatorCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--port", paramLabel = "N", defaultValue = "0",
            description = "Port on 127.0.0.1 (default: a free one).")
    int port;

    @Option(names = "--empty", description = "Start without sample jobs and tasks.")
    boolean empty;

    @Option(names = "--until-stdin-closes",
            description = "Stop when stdin closes (Ctrl-D, or the end of a pipe) as well as on Ctrl-C.")
    boolean untilStdinCloses;

    @Override
    public Integer call() throws InterruptedException {
        CliContext context = Migsdk.context(spec);
        PrintWriter out = context.out();
        MigrationEmulator emulator;
        try {
            emulator = MigrationEmulator.start(port);
        } catch (UncheckedIOException e) {
            context.err().println("error: cannot listen on 127.0.0.1:" + port + ": " + e.getCause().getMessage());
            context.err().println("  hint: pick another --port, or 0 for a free one");
            context.err().flush();
            return ExitCodes.CLIENT_ERROR;
        }
        Thread closer = new Thread(emulator::close, "migsdk-emulator-shutdown");
        Runtime.getRuntime().addShutdownHook(closer);
        try {
            if (!empty) {
                seed(emulator);
            }
            out.print(emulator.describe());
            out.println();
            out.println("Try it (in another shell):");
            out.println("  export ALIBABA_CLOUD_ACCESS_KEY_ID=" + emulator.alibabaCredentials().accessKeyId());
            out.println("  export ALIBABA_CLOUD_ACCESS_KEY_SECRET=" + emulator.alibabaCredentials().accessKeySecret());
            out.println("  ./migsdk smc clean --endpoint " + emulator.endpoint()
                    + " j-sample-running j-sample-stopped   # stop if needed, wait, delete");
            out.println("  export HUAWEICLOUD_SDK_AK=" + emulator.huaweiCredentials().accessKey());
            out.println("  export HUAWEICLOUD_SDK_SK=" + emulator.huaweiCredentials().secretKey());
            out.println("  export HUAWEICLOUD_SDK_PROJECT_ID=" + emulator.projectId());
            out.println("  export HUAWEICLOUD_SDK_DOMAIN_ID=" + emulator.domainId());
            out.println("  ./migsdk sms clean --endpoint " + emulator.endpoint()
                    + " sms-sample-running sms-sample-ready");
            out.println();
            out.println(untilStdinCloses ? "Running until Ctrl-C or the end of stdin." : "Running until Ctrl-C.");
            out.flush();
            CountDownLatch stop = new CountDownLatch(1);
            try (Interrupts.Registration r = context.interrupts().onInterrupt(stop::countDown)) {
                if (untilStdinCloses) {
                    Thread reader = new Thread(() -> {
                        drain(context);
                        stop.countDown();
                    }, "migsdk-emulator-stdin");
                    reader.setDaemon(true);
                    reader.start();
                }
                stop.await();
            }
            out.println("Stopped.");
            out.flush();
            return ExitCodes.OK;
        } finally {
            emulator.close();
            try {
                Runtime.getRuntime().removeShutdownHook(closer);
            } catch (IllegalStateException alreadyShuttingDown) {
                // the hook is running or has run
            }
        }
    }

    private static void drain(CliContext context) {
        byte[] buffer = new byte[1024];
        try {
            while (context.in().read(buffer) != -1) {
                // wait for end of input
            }
        } catch (IOException e) {
            // stdin is gone: stop
        }
    }

    /** Sample jobs and tasks in every state that matters for stop/delete. */
    static void seed(MigrationEmulator emulator) {
        emulator.smc().addJob("j-sample-running", SmcJobStatus.RUNNING, SmcBusinessStatus.SYNCING);
        emulator.smc().addJob("j-sample-stopped", SmcJobStatus.STOPPED, SmcBusinessStatus.SYNCING);
        emulator.dts().addJob("dts-sample-1", DtsJobStatus.SYNCHRONIZING);
        emulator.dts().addJob("dts-sample-2", DtsJobStatus.FINISHED);
        emulator.oms().addTask(1001, OmsTaskStatus.RUNNING);
        emulator.oms().addTask(1002, OmsTaskStatus.STOPPED);
        emulator.sms().addTask("sms-sample-running", SmsTaskState.RUNNING);
        emulator.sms().addTask("sms-sample-ready", SmsTaskState.READY);
    }
}
