package dev.migsdk.examples.cli;

import java.net.URI;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Options shared by every service command ({@code --profile} differs per cloud: see {@link TaskCommand}). */
final class CommonOptions {
    /** Output formats. */
    enum Output { text, json }

    @Option(names = "--region", paramLabel = "REGION",
            description = "Region id, e.g. cn-hangzhou (DTS) or cn-north-4 (OMS, SMS). It picks the endpoint, so "
                    + "DTS, OMS and SMS need it unless --endpoint is given; SMC has one central endpoint and "
                    + "ignores it.")
    String region;

    @Option(names = "--endpoint", paramLabel = "URI",
            description = "Send the requests to this endpoint instead of the region's: https://HOST[:PORT], no "
                    + "path. Plain http:// is accepted only for a local emulator on this machine (localhost, ::1 or "
                    + "127.0.0.1).")
    URI endpoint;

    @Option(names = "--dry-run",
            description = "Build and sign each request and print it as a curl command (signatures and tokens shown "
                    + "as ***) instead of sending it: nothing is sent, each id is reported as not sent, and the exit "
                    + "code is 0 when every request was built and printed.")
    boolean dryRun;

    @Option(names = "--output", paramLabel = "FORMAT", defaultValue = "text",
            description = "text (default: results on stdout; errors, hints and the summary on stderr) or json "
                    + "(one document on stdout).")
    Output output;

    @Option(names = "--ids-file", paramLabel = "FILE",
            description = "Read ids from FILE (UTF-8), one per line; blank lines and lines starting with # are "
                    + "skipped. Adds to the ids given as arguments.")
    Path idsFile;

    @Option(names = "--concurrency", paramLabel = "N", defaultValue = "4",
            description = "Calls in flight at once, at least 1 (default ${DEFAULT-VALUE}). A dry run makes one at "
                    + "a time.")
    int concurrency;

    @Option(names = "--progress",
            description = "Draw a progress bar on stderr even when stderr is not a terminal (on a terminal it is "
                    + "drawn whenever there is more than one id).")
    boolean progress;
}
