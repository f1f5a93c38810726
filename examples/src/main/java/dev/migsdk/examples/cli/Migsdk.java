package dev.migsdk.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.Properties;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The {@code migsdk} command line: stop and delete migration tasks on Alibaba Cloud (SMC, DTS) and Huawei Cloud
 * (OMS, SMS), run the emulator standalone, or run the demo. Build it with {@link #commandLine(CliContext)}.
 */
@Command(name = "migsdk", mixinStandardHelpOptions = true, versionProvider = Migsdk.Version.class,
        sortOptions = false,
        description = "Stop and delete migration tasks on Alibaba Cloud (SMC, DTS) and Huawei Cloud (OMS, SMS).",
        subcommands = {ServiceCommands.Smc.class, ServiceCommands.Dts.class, ServiceCommands.Oms.class,
            ServiceCommands.Sms.class, EmulatorCommand.class, DemoCommand.class, HelpCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:every operation succeeded; with --dry-run: every request was built and printed, and none was sent",
            "2:usage error (bad option, no or malformed ids, missing region); nothing was sent",
            "3:the service refused every id (invalid status, not found, access denied, still throttled after "
                    + "retries), or a task waited for reached a state that never leads there (e.g. failed)",
            "4:partial failure: some ids succeeded (with --dry-run: were printed), some failed",
            "5:client error: no credentials, connection/TLS failure, a call's timeout, or a wait past --max-wait",
            "6:--timeout passed: some ids were not acted on (the report says which)",
            "130:interrupted (Ctrl-C): nothing more was sent (the report says what was done)"},
        footer = {"",
            "Credentials come from the SDK's default chains; the first source found wins:",
            "  smc, dts: ALIBABA_CLOUD_ACCESS_KEY_ID and ALIBABA_CLOUD_ACCESS_KEY_SECRET,",
            "    ~/.aliyun/config.json, ~/.alibabacloud/credentials.ini, the ECS RAM role",
            "    (with --profile NAME: only that profile or section of the two files).",
            "  oms, sms: HUAWEICLOUD_SDK_AK and HUAWEICLOUD_SDK_SK, with",
            "    HUAWEICLOUD_SDK_PROJECT_ID (oms) or HUAWEICLOUD_SDK_DOMAIN_ID (sms),",
            "    ~/.huaweicloud/credentials, the ECS agency.",
            "  Details: docs/CREDENTIALS.md in the migsdk repository.",
            "More than one id turns on adaptive rate limiting (slower after throttling).",
            "",
            "Examples:",
            "  migsdk demo",
            "  migsdk smc clean j-bp17m1vi6x21qhqk1234        (stop if needed, wait, delete)",
            "  migsdk dts stop --region cn-hangzhou --ids-file jobs.txt",
            "  migsdk oms wait --region cn-north-4 --for stopped 1234567890123",
            "  migsdk sms clean --region ap-southeast-1 --status ABORT",
            "  cat tasks.txt | migsdk sms delete --region ap-southeast-1 --output jsonl -",
            "  migsdk oms delete --region cn-north-4 --dry-run 1234567890123",
            "Each service also has the provider's own operation names (e.g. smc delete-replication-job,",
            "oms delete-task): one request per id, as documented."})
public final class Migsdk implements Runnable {
    private final CliContext context;

    @Spec
    CommandSpec spec;

    /** The command line over {@code context}'s streams and credentials. */
    public Migsdk(CliContext context) {
        this.context = context;
    }

    /** The runtime context, for subcommands. */
    CliContext context() {
        return context;
    }

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "missing a command: smc, dts, oms, sms, emulator or demo");
    }

    /** A configured picocli {@link CommandLine}: streams, exit codes and error handling of {@code migsdk}. */
    public static CommandLine commandLine(CliContext context) {
        CommandLine cl = new CommandLine(new Migsdk(context));
        LifecycleCommands.register(cl);
        cl.setOut(context.out()).setErr(context.err()).setCaseInsensitiveEnumValuesAllowed(true);
        Map<String, String> exitCodes = cl.getCommandSpec().usageMessage().exitCodeList();
        forEachSubcommand(cl, sub -> {
            if (!(sub.getCommandSpec().userObject() instanceof HelpCommand)) {
                sub.getCommandSpec().mixinStandardHelpOptions(true);
            }
            if (sub.getCommandSpec().usageMessage().exitCodeList().isEmpty()) {
                sub.getCommandSpec().usageMessage().exitCodeList(exitCodes);
            }
            sub.getCommandSpec().usageMessage().exitCodeListHeading("%nExit codes:%n");
            if (sub.getCommandSpec().userObject() instanceof TaskCommand task) {
                CliHelp.describe(sub.getCommandSpec(), "--region", CliHelp.region(task.operation().service(),
                        task.operation().regionExample()));
            }
        });
        cl.setParameterExceptionHandler((ex, args) -> usageError(ex));
        cl.setExecutionExceptionHandler((ex, failed, parseResult) -> {
            if (ex instanceof ParameterException pe) {
                return usageError(pe);
            }
            failed.getErr().println("error: " + ex);
            failed.getErr().flush();
            return ExitCodes.CLIENT_ERROR;
        });
        return cl;
    }

    private static void forEachSubcommand(CommandLine cl, java.util.function.Consumer<CommandLine> action) {
        for (CommandLine sub : cl.getSubcommands().values()) {
            action.accept(sub);
            forEachSubcommand(sub, action);
        }
    }

    private static int usageError(ParameterException ex) {
        CommandLine failed = ex.getCommandLine();
        String notHere = notHere(ex);
        if (notHere != null) {
            failed.getErr().println("error: " + notHere + ".");
            failed.getErr().println("Try '" + failed.getCommandSpec().qualifiedName() + " --help' for usage.");
            failed.getErr().flush();
            return ExitCodes.USAGE;
        }
        failed.getErr().println("error: " + ex.getMessage());
        if (!UnmatchedArgumentException.printSuggestions(ex, failed.getErr())) {
            failed.getErr().println("Try '" + failed.getCommandSpec().qualifiedName() + " --help' for usage.");
        }
        failed.getErr().flush();
        return ExitCodes.USAGE;
    }

    /** Why an unknown option that a sibling command has is not this command's, or {@code null}. */
    private static String notHere(ParameterException ex) {
        if (!(ex instanceof UnmatchedArgumentException unmatched)
                || !(ex.getCommandLine().getCommandSpec().userObject() instanceof TaskCommand task)) {
            return null;
        }
        for (String arg : unmatched.getUnmatched()) {
            int eq = arg.indexOf('=');
            String why = task.notHere.get(eq < 0 ? arg : arg.substring(0, eq));
            if (why != null) {
                return why;
            }
        }
        return null;
    }

    /** Runs {@code args} and returns the exit code. */
    public static int run(CliContext context, String... args) {
        return commandLine(context).execute(args);
    }

    public static void main(String[] args) {
        System.exit(run(CliContext.system(), args));
    }

    /** The context of the command tree {@code spec} belongs to. */
    static CliContext context(CommandSpec spec) {
        return ((Migsdk) spec.root().userObject()).context();
    }

    /** {@code --version}: the SDK version recorded in sdk-core. */
    static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() throws IOException {
            Properties p = new Properties();
            try (InputStream in = Migsdk.class.getResourceAsStream("/dev/migsdk/core/version.properties")) {
                if (in != null) {
                    p.load(in);
                }
            }
            return new String[] {"migsdk " + p.getProperty("version", "unknown") + " (Java "
                    + System.getProperty("java.version") + ")"};
        }
    }
}
