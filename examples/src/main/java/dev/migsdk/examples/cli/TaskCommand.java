package dev.migsdk.examples.cli;

import dev.migsdk.core.auth.AlibabaCliProfileCredentialsProvider;
import dev.migsdk.core.auth.AlibabaCredentials;
import dev.migsdk.core.auth.AlibabaDefaultCredentialsProvider;
import dev.migsdk.core.auth.AlibabaIniFileCredentialsProvider;
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
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * One operation applied to many ids: collects the ids, resolves credentials once, builds an async client with
 * the common options, runs the calls with bounded concurrency, reports, and returns the exit code.
 */
abstract class TaskCommand implements Callable<Integer> {
    private static final String USER_AGENT = "migsdk-cli";

    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions options;

    @Parameters(paramLabel = "ID", arity = "0..*",
            description = "Ids to act on; '-' reads more from stdin, one per line. Repeated ids are acted on once.")
    List<String> ids = new ArrayList<>();

    /** What is being done, for messages. */
    abstract Reporter.Operation operation();

    /** Whether the service is on Alibaba Cloud (else Huawei Cloud). */
    abstract boolean alibaba();

    /** Why {@code id} can never be valid for this command, or {@code null}. */
    String checkId(String id) {
        return null;
    }

    /** Opens a client configured by {@code clients}. */
    abstract Session open(Clients clients);

    /** An open client: one call per id. */
    interface Session extends AutoCloseable {
        CompletableFuture<Outcome.Done> call(String id);

        @Override
        void close();
    }

    @Override
    public Integer call() {
        CliContext context = Migsdk.context(spec);
        List<String> all = collectIds(context);
        if (options.concurrency < 1) {
            throw new ParameterException(spec.commandLine(), "--concurrency must be at least 1");
        }
        List<String> bad = all.stream().filter(id -> checkId(id) != null).map(id -> id + " (" + checkId(id) + ")")
                .toList();
        if (!bad.isEmpty()) {
            throw new ParameterException(spec.commandLine(), "invalid id(s): " + String.join(", ", bad));
        }
        if (!alibaba() && options.profile != null) {
            throw new ParameterException(spec.commandLine(), "--profile applies to Alibaba Cloud (smc, dts) only; "
                    + "Huawei credentials files have no named profiles (set HUAWEICLOUD_SDK_CREDENTIALS_FILE instead)");
        }
        Clients clients = new Clients(context, all.size() > 1);
        if (clients.credentialsMissing != null) {
            context.err().println("error: no " + (alibaba() ? "Alibaba" : "Huawei") + " Cloud credentials: "
                    + clients.credentialsMissing.getMessage());
            context.err().println("  hint: " + Reporter.credentialsHint(operation().service()));
            context.err().flush();
            return ExitCodes.CLIENT_ERROR;
        }
        Session session;
        try {
            session = open(clients);
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage(), e);
        }
        List<Outcome> outcomes;
        try (session) {
            int concurrency = options.dryRun ? 1 : options.concurrency;
            boolean bar = options.progress || (context.stderrIsTerminal() && all.size() > 1);
            Progress progress = new Progress(context.err(), all.size(), bar, options.dryRun);
            outcomes = BulkRunner.run(all, concurrency, session::call,
                    id -> clients.dryRun == null ? null : clients.dryRun.take(), progress);
        }
        Reporter reporter = new Reporter(context, operation(), options.dryRun);
        if (options.output == CommonOptions.Output.json) {
            reporter.json(outcomes);
        } else {
            reporter.text(outcomes);
        }
        return exitCode(outcomes);
    }

    /** The exit code: a dry run's requests that were built and printed count as done (see {@link ExitCodes#OK}). */
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
                        throw new ParameterException(spec.commandLine(), "cannot read ids from stdin: " + e.getCause());
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
                throw new ParameterException(spec.commandLine(), "cannot read --ids-file " + options.idsFile + ": "
                        + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : " " + e.getMessage()));
            }
        }
        if (all.isEmpty()) {
            throw new ParameterException(spec.commandLine(), "no ids given: pass them as arguments, with --ids-file,"
                    + " or '-' to read them from stdin");
        }
        return List.copyOf(all);
    }

    private static List<String> lines(List<String> raw) {
        return raw.stream().map(String::trim).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
    }

    /** Client settings derived from the common options; credentials resolved once, up front. */
    final class Clients {
        final DryRun dryRun;
        final CredentialsProvider<AlibabaCredentials> alibabaCredentials;
        final CredentialsProvider<HuaweiCredentials> huaweiCredentials;
        final CredentialsException credentialsMissing;
        private final boolean bulk;
        private final CliContext context;

        Clients(CliContext context, boolean bulk) {
            this.context = context;
            this.bulk = bulk;
            this.dryRun = options.dryRun ? new DryRun() : null;
            CredentialsProvider<AlibabaCredentials> a = null;
            CredentialsProvider<HuaweiCredentials> h = null;
            CredentialsException missing = null;
            try {
                if (alibaba()) {
                    a = alibabaProvider(context);
                    a.resolveCredentials();
                } else {
                    h = context.huaweiCredentials() != null ? context.huaweiCredentials()
                            : HuaweiDefaultCredentialsProvider.create();
                    h.resolveCredentials();
                }
            } catch (CredentialsException e) {
                if (dryRun == null) {
                    missing = e;
                } else {
                    context.err().println("note: no credentials found (" + firstLine(e.getMessage())
                            + "); the dry run signs with placeholder keys");
                    a = StaticCredentialsProvider.create(AlibabaCredentials.of("DRYRUN_ACCESS_KEY_ID",
                            "placeholder"));
                    h = StaticCredentialsProvider.create(HuaweiAkSkCredentials.builder().accessKey("DRYRUN_AK")
                            .secretKey("placeholder").projectId("DRYRUN_PROJECT_ID").domainId("DRYRUN_DOMAIN_ID")
                            .build());
                }
            }
            this.alibabaCredentials = a;
            this.huaweiCredentials = h;
            this.credentialsMissing = missing;
        }

        private CredentialsProvider<AlibabaCredentials> alibabaProvider(CliContext context) {
            if (context.alibabaCredentials() != null) {
                return context.alibabaCredentials();
            }
            if (options.profile == null) {
                return AlibabaDefaultCredentialsProvider.create();
            }
            return CredentialsProviderChain.of(
                    AlibabaCliProfileCredentialsProvider.builder().profileName(options.profile).build(),
                    AlibabaIniFileCredentialsProvider.builder().profileName(options.profile).build());
        }

        /** Applies region, endpoint, user agent, bulk rate limiting and dry-run wiring to a client builder. */
        <B extends SdkClientBuilder<B, ?>> B configure(B builder) {
            if (options.region != null) {
                builder.region(options.region);
            }
            if (options.endpoint != null) {
                builder.endpointOverride(options.endpoint);
                if ("http".equalsIgnoreCase(options.endpoint.getScheme())) {
                    if (!isLoopback(options.endpoint)) {
                        throw new IllegalArgumentException("--endpoint " + options.endpoint + " is plain http: "
                                + "requests and signatures would travel unencrypted; use https:// (http:// is only "
                                + "accepted for a local emulator)");
                    }
                    builder.allowPlainHttp(true);
                }
            }
            builder.userAgentSuffix(USER_AGENT);
            if (bulk) {
                builder.adaptiveRateLimiting(true);
            }
            if (dryRun != null) {
                builder.httpClient(dryRun.httpClient()).retryPolicy(RetryPolicy.none());
            }
            return builder;
        }

        CliContext context() {
            return context;
        }
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
