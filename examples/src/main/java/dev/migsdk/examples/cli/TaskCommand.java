package dev.migsdk.examples.cli;

import dev.migsdk.http.okhttp.OkHttpTransportFactory;
import dev.migsdk.core.auth.AlibabaCliProfileCredentialsProvider;
import dev.migsdk.core.auth.AlibabaCredentials;
import dev.migsdk.core.auth.AlibabaDefaultCredentialsProvider;
import dev.migsdk.core.auth.AlibabaIniFileCredentialsProvider;
import dev.migsdk.core.auth.Credentials;
import dev.migsdk.core.auth.CredentialsProvider;
import dev.migsdk.core.auth.CredentialsProviderChain;
import dev.migsdk.core.auth.HuaweiAkSkCredentials;
import dev.migsdk.core.auth.HuaweiCredentials;
import dev.migsdk.core.auth.HuaweiDefaultCredentialsProvider;
import dev.migsdk.core.auth.StaticCredentialsProvider;
import dev.migsdk.core.RetryPolicy;
import dev.migsdk.core.client.SdkClientBuilder;
import dev.migsdk.core.exception.CredentialsException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.URI;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * One operation applied to many ids: collects the ids, resolves credentials once, builds an async client with
 * the common options, runs the calls with bounded concurrency, reports, and returns the exit code.
 */
abstract class TaskCommand implements Callable<Integer> {
    private static final String USER_AGENT = "migsdk-cli";
    /** How many invalid ids of one kind a usage error lists. */
    private static final int IDS_LISTED = 10;

    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions options;

    @Parameters(paramLabel = "ID", arity = "0..*",
            description = "Ids to act on; '-' reads more from stdin, one per line. Repeated ids are acted on once.")
    List<String> ids = new ArrayList<>();

    /**
     * Options other commands of the same family have and this one lacks, each with why (for the usage error a
     * user gets when giving one): e.g. {@code --dry-run} on {@code clean}.
     */
    final Map<String, String> notHere = new LinkedHashMap<>();

    /** What is being done, for messages. */
    abstract Reporter.Operation operation();

    /** Whether the service is on Alibaba Cloud (else Huawei Cloud). */
    abstract boolean alibaba();

    /** {@code --profile} as given, or {@code null}. */
    abstract String profile();

    /** A command on Alibaba Cloud (SMC, DTS): {@code --profile} picks the credentials. */
    abstract static class OnAlibaba extends TaskCommand {
        @Option(names = "--profile", paramLabel = "NAME",
                // one element per help line, so that no path is split where the usage help wraps
                description = {"Take the credentials only from profile NAME of",
                    "  ~/.aliyun/config.json or, if it has none, from",
                    "  section [NAME] of ~/.alibabacloud/credentials.ini,",
                    "  instead of the default chain."})
        String profile;

        @Override
        final boolean alibaba() {
            return true;
        }

        @Override
        final String profile() {
            return profile;
        }
    }

    /** A command on Huawei Cloud (OMS, SMS): {@code --profile} is refused, with what to do instead. */
    abstract static class OnHuawei extends TaskCommand {
        @Option(names = "--profile", paramLabel = "NAME",
                description = "Not supported on Huawei Cloud, whose credentials files have no named profiles: "
                        + "giving it is a usage error (exit code 2). " + OTHER_CREDENTIALS + ".")
        String profile;

        /** What to do instead of {@code --profile}, for the help and the usage error. */
        static final String OTHER_CREDENTIALS = "To use other credentials, set HUAWEICLOUD_SDK_CREDENTIALS_FILE to "
                + "another credentials file, or set HUAWEICLOUD_SDK_AK and HUAWEICLOUD_SDK_SK";

        @Override
        final boolean alibaba() {
            return false;
        }

        @Override
        final String profile() {
            return profile;
        }
    }

    /** Why {@code id} can never be valid for this command, or {@code null}. */
    String checkId(String id) {
        return null;
    }

    /** Why the credentials found cannot serve this command (a usage error), or {@code null}. */
    String checkCredentials(Credentials credentials) {
        return null;
    }

    /** Opens a client configured by {@code clients}. */
    abstract Session open(Clients clients);

    /** An open client: one call per id. */
    interface Session extends AutoCloseable {
        CompletableFuture<Outcome.Done> call(String id);

        /** The ids the command's list filters select (when {@link #idsFromList()}); blocks. */
        default List<String> list() {
            throw new UnsupportedOperationException("this command takes ids only");
        }

        /** Runs every id its own way (e.g. through the cleaner), or {@code null} for one {@link #call} per id. */
        default BulkRunner.Result runAll(List<String> ids, int concurrency, Progress progress,
                                         java.util.function.Consumer<Outcome> onOutcome, Interrupts interrupts,
                                         java.time.Duration timeout) {
            return null;
        }

        @Override
        void close();
    }

    /** Whether the ids come from a list filter (e.g. {@code --status}) when none are given. */
    boolean idsFromList() {
        return false;
    }

    @Override
    public Integer call() {
        CliContext context = Migsdk.context(spec);
        List<String> all = collectIds(context);
        checkOptions(all);
        Clients clients = new Clients(context, all.size() > 1);
        Session session = openChecked(clients);
        BulkRunner.Result result;
        try {
            CredentialsException missing = clients.resolveCredentials();
            String unusable = missing == null ? checkCredentials(clients.resolved) : null;
            if (unusable != null) {
                throw usage(unusable);
            }
            if (missing != null && options.dryRun) {
                context.err().println("note: no credentials found (" + firstLine(missing.getMessage())
                        + "); the dry run signs with placeholder keys");
                session.close();
                clients.usePlaceholderCredentials();
                session = openChecked(clients);
            } else if (missing != null) {
                context.err().println("error: no " + (alibaba() ? "Alibaba" : "Huawei") + " Cloud credentials: "
                        + missing.getMessage());
                context.err().println("  hint: " + credentialsHint());
                context.err().flush();
                return ExitCodes.CLIENT_ERROR;
            }
            if (idsFromList()) {
                try {
                    all = java.util.stream.Stream.concat(all.stream(), session.list().stream()).distinct().toList();
                } catch (IllegalArgumentException e) {
                    throw usage(e.getMessage());
                } catch (dev.migsdk.core.exception.SdkException e) {
                    context.err().println("error: could not list the tasks to act on: " + Reporter.shown(
                            String.valueOf(e.getMessage())));
                    context.err().flush();
                    return e instanceof dev.migsdk.core.exception.ServiceException ? ExitCodes.SERVICE_ERROR
                            : ExitCodes.CLIENT_ERROR;
                }
                if (all.isEmpty()) {
                    context.err().println("no tasks match the filter: nothing to do");
                    context.err().flush();
                    return ExitCodes.OK;
                }
            }
            int concurrency = options.dryRun ? 1 : options.concurrency;
            boolean bar = options.progress || (context.stderrIsTerminal() && all.size() > 1);
            Progress progress = new Progress(context.err(), all.size(), bar, options.dryRun);
            Reporter reporter = new Reporter(context, operation(), options.dryRun, credentialsHint());
            result = session.runAll(all, concurrency, progress, o -> reporter.line(o, options.output),
                    context.interrupts(), options.timeout);
            if (result == null) {
                result = BulkRunner.run(all, concurrency, session::call,
                        id -> clients.dryRun == null ? null : clients.dryRun.take(), progress,
                        o -> reporter.line(o, options.output), context.interrupts(), options.timeout,
                        BulkRunner.GRACE);
            }
            reporter.end(result, options.output);
        } finally {
            session.close();
        }
        return exitCode(result);
    }

    /**
     * Everything that makes the command line wrong, before credentials are looked up (which may take a network
     * round trip to instance metadata) and before anything is sent.
     */
    private void checkOptions(List<String> all) {
        if (options.concurrency < 1) {
            throw usage("--concurrency must be at least 1 (was " + options.concurrency + ")");
        }
        Map<String, List<String>> bad = all.stream().filter(id -> checkId(id) != null)
                .collect(Collectors.groupingBy(this::checkId, LinkedHashMap::new, Collectors.toList()));
        if (!bad.isEmpty()) {
            throw usage("invalid id(s): " + bad.entrySet().stream().map(e -> listed(e.getValue()) + " ("
                    + e.getKey() + ")").collect(Collectors.joining("; ")));
        }
        if (!alibaba() && profile() != null) {
            throw usage("--profile applies to Alibaba Cloud (smc, dts) only: Huawei credentials files have no named "
                    + "profiles. " + OnHuawei.OTHER_CREDENTIALS);
        }
        String regionExample = operation().regionExample();
        if (regionExample != null && options.region == null && options.endpoint == null) {
            throw usage(operation().service() + " needs a region: pass --region REGION (e.g. " + regionExample
                    + "), or --endpoint URI to call one endpoint directly");
        }
        if (options.endpoint != null) {
            String problem = endpointProblem(options.endpoint);
            if (problem != null) {
                throw usage(problem);
            }
        }
    }

    /** Opens the session; a setting the client builder refuses is a usage error. */
    private Session openChecked(Clients clients) {
        try {
            return open(clients);
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage(), e);
        }
    }

    private ParameterException usage(String message) {
        return new ParameterException(spec.commandLine(), message);
    }

    /** What to do when no credentials are found, for this command's cloud and options. */
    String credentialsHint() {
        return Reporter.credentialsHint(operation().service(), profile());
    }

    /** The exit code: a dry run's requests that were built and printed count as done (see {@link ExitCodes#OK}). */
    static int exitCode(BulkRunner.Result result) {
        if (result.stop() == BulkRunner.Stop.INTERRUPTED) {
            return ExitCodes.INTERRUPTED;
        }
        if (result.stop() == BulkRunner.Stop.TIMED_OUT) {
            return ExitCodes.TIMED_OUT;
        }
        return exitCode(result.outcomes());
    }

    /** The exit code of a run that was not stopped early. */
    static int exitCode(List<Outcome> outcomes) {
        long ok = outcomes.stream().filter(o -> !o.failed()).count();
        if (ok == outcomes.size()) {
            return ExitCodes.OK;
        }
        if (ok > 0) {
            return ExitCodes.PARTIAL_FAILURE;
        }
        if (outcomes.stream().anyMatch(o -> o.kind() == Outcome.Kind.CLIENT)) {
            return ExitCodes.CLIENT_ERROR;
        }
        if (outcomes.stream().anyMatch(o -> o.kind() == Outcome.Kind.SERVICE)) {
            return ExitCodes.SERVICE_ERROR;
        }
        return ExitCodes.USAGE;
    }

    private List<String> collectIds(CliContext context) {
        Set<String> all = new LinkedHashSet<>();
        boolean stdinRead = false;
        for (String id : ids) {
            if (id.equals("-")) {
                if (!stdinRead) {
                    stdinRead = true;
                    try {
                        all.addAll(lines(new BufferedReader(new InputStreamReader(context.in(),
                                StandardCharsets.UTF_8)).lines().toList()));
                    } catch (java.io.UncheckedIOException e) {
                        throw usage("cannot read ids from stdin: " + ioProblem(e.getCause()));
                    }
                }
            } else {
                all.add(id);
            }
        }
        if (options.idsFile != null) {
            try {
                all.addAll(lines(Files.readAllLines(options.idsFile, StandardCharsets.UTF_8)));
            } catch (IOException e) {
                throw usage("cannot read --ids-file " + options.idsFile + ": " + ioProblem(e));
            }
        }
        if (all.isEmpty() && !idsFromList()) {
            throw new ParameterException(spec.commandLine(), "no ids given: pass them as arguments, with --ids-file,"
                    + " or '-' to read them from stdin");
        }
        return List.copyOf(all);
    }

    /** Up to {@value #IDS_LISTED} ids, shown for a message, and how many more there are. */
    private static String listed(List<String> ids) {
        String shown = ids.stream().limit(IDS_LISTED).map(Reporter::shown).collect(Collectors.joining(", "));
        return ids.size() <= IDS_LISTED ? shown : shown + " and " + (ids.size() - IDS_LISTED) + " more";
    }

    /** An I/O failure as a person would say it. */
    private static String ioProblem(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such file";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof CharacterCodingException) {
            return "not UTF-8 text";
        }
        return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
    }

    private static List<String> lines(List<String> raw) {
        return raw.stream().map(String::trim).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
    }

    /**
     * Client settings derived from the common options, and the credentials providers the clients use. The
     * providers are chosen here and asked once, by {@link #resolveCredentials()}, after the clients are built.
     */
    final class Clients {
        final DryRun dryRun;
        CredentialsProvider<AlibabaCredentials> alibabaCredentials;
        CredentialsProvider<HuaweiCredentials> huaweiCredentials;
        /** What {@link #resolveCredentials()} found, or {@code null}. */
        Credentials resolved;
        private final boolean bulk;
        private final CliContext context;

        Clients(CliContext context, boolean bulk) {
            this.context = context;
            this.bulk = bulk;
            this.dryRun = options.dryRun ? new DryRun() : null;
            if (alibaba()) {
                alibabaCredentials = alibabaProvider(context);
            } else {
                huaweiCredentials = context.huaweiCredentials() != null ? context.huaweiCredentials()
                        : HuaweiDefaultCredentialsProvider.create();
            }
        }

        /** Asks this command's provider once and keeps the answer in {@link #resolved}; what it threw, or null. */
        CredentialsException resolveCredentials() {
            try {
                resolved = alibaba() ? alibabaCredentials.resolveCredentials() : huaweiCredentials.resolveCredentials();
                return null;
            } catch (CredentialsException e) {
                return e;
            }
        }

        /** For a dry run without credentials: sign with keys that are obviously not real. */
        void usePlaceholderCredentials() {
            alibabaCredentials = StaticCredentialsProvider.create(AlibabaCredentials.of("DRYRUN_ACCESS_KEY_ID",
                    "placeholder"));
            huaweiCredentials = StaticCredentialsProvider.create(HuaweiAkSkCredentials.builder().accessKey("DRYRUN_AK")
                    .secretKey("placeholder").projectId("DRYRUN_PROJECT_ID").domainId("DRYRUN_DOMAIN_ID").build());
        }

        private CredentialsProvider<AlibabaCredentials> alibabaProvider(CliContext context) {
            if (context.alibabaCredentials() != null) {
                return context.alibabaCredentials();
            }
            if (profile() == null) {
                return AlibabaDefaultCredentialsProvider.create();
            }
            return CredentialsProviderChain.of(
                    AlibabaCliProfileCredentialsProvider.builder().profileName(profile()).build(),
                    AlibabaIniFileCredentialsProvider.builder().profileName(profile()).build());
        }

        /** Applies region, endpoint, user agent, bulk rate limiting and dry-run wiring to a client builder. */
        <B extends SdkClientBuilder<B, ?>> B configure(B builder) {
            if (options.region != null) {
                builder.region(options.region);
            }
            if (options.endpoint != null) {
                builder.endpointOverride(options.endpoint);
                // endpointProblem(...) has let http:// through only to a loopback address
                builder.allowPlainHttp("http".equalsIgnoreCase(options.endpoint.getScheme()));
            }
            builder.userAgentSuffix(USER_AGENT);
            if (bulk) {
                builder.adaptiveRateLimiting(true);
            }
            if (dryRun != null) {
                builder.httpTransport(OkHttpTransportFactory.using(dryRun.httpClient())).retryPolicy(RetryPolicy.none());
            }
            return builder;
        }

        CliContext context() {
            return context;
        }
    }

    /**
     * Why {@code --endpoint} cannot be used, in the option's own terms, or {@code null}. The client builder checks
     * the same shape but names its own setting; plain http is refused here unless the host is this machine.
     */
    static String endpointProblem(URI endpoint) {
        String scheme = endpoint.getScheme() == null ? "" : endpoint.getScheme().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("https") || scheme.equals("http")) || endpoint.getHost() == null) {
            return "--endpoint must be https://HOST[:PORT] (or http://127.0.0.1:PORT for a local emulator), not '"
                    + endpoint + "'";
        }
        String path = endpoint.getRawPath();
        if (endpoint.getRawUserInfo() != null || endpoint.getRawQuery() != null || endpoint.getRawFragment() != null
                || (path != null && !path.isEmpty() && !path.equals("/"))) {
            return "--endpoint takes scheme://HOST[:PORT] only, without a path, query or user info: '" + endpoint + "'";
        }
        if (scheme.equals("http") && !isLoopback(endpoint)) {
            return "--endpoint " + endpoint + " is plain http: requests and signatures would travel unencrypted; use "
                    + "https:// (http:// is only accepted for a local emulator on localhost, 127.0.0.1 or ::1)";
        }
        return null;
    }

    private static boolean isLoopback(URI endpoint) {
        String host = endpoint.getHost();
        if (host == null) {
            return false;
        }
        String h = host.toLowerCase(Locale.ROOT);
        if (h.equals("localhost")) {
            return true;
        }
        try {
            if (h.startsWith("[") && h.endsWith("]")) {
                h = h.substring(1, h.length() - 1);
            }
            return (h.matches("[0-9.]+") || h.contains(":")) && InetAddress.getByName(h).isLoopbackAddress();
        } catch (IOException e) {
            return false;
        }
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
