package dev.migsdk.examples.cli;

import java.net.URI;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Options shared by every service command ({@code --profile} differs per cloud: see {@link TaskCommand}). */
final class CommonOptions {
    /** Output formats. */
    enum Output { text, json }

    @Option(names = "--region", paramLabel = "REGION",
            description = "Region id, e.g. cn-hangzhou (DTS) or cn-north-4 (OMS, SMS). SMC is central and needs none.")
    String region;

    @Option(names = "--endpoint", paramLabel = "URI",
            description = "Call this endpoint instead of the region's, as scheme://host[:port]. "
                    + "Plain http:// is accepted only for a local emulator (localhost, 127.0.0.1, ::1).")
    URI endpoint;

    @Option(names = "--dry-run",
            description = "Build and sign each request and print it as a curl command (signatures and tokens shown "
                    + "as ***) instead of sending it: nothing is sent, each id is reported as not sent, and the exit "
                    + "code is 0 when every request was built and printed.")
    boolean dryRun;

    @Option(names = "--output", paramLabel = "FORMAT", defaultValue = "text",
            description = "text (default) or json (one document on stdout).")
    Output output;

    @Option(names = "--ids-file", paramLabel = "FILE",
            description = "Read ids from FILE, one per line (blank lines and # comments are skipped).")
    Path idsFile;

    @Option(names = "--concurrency", paramLabel = "N", defaultValue = "4",
            description = "Calls in flight at once (default ${DEFAULT-VALUE}).")
    int concurrency;

    @Option(names = "--progress",
            description = "Draw a progress bar on stderr even when it is not a terminal.")
    boolean progress;
}
