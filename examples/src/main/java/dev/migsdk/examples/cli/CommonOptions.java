package dev.migsdk.examples.cli;

import java.net.URI;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Options shared by every service command ({@code --profile} differs per cloud: see {@link TaskCommand}). */
final class CommonOptions {
    /** Output formats. */
    enum Output { text, json, jsonl }

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
            description = "text (default: each result as it completes on stdout; errors, hints and the summary on "
                    + "stderr), jsonl (JSON Lines on stdout: one object per result as it completes, then a summary "
                    + "object) or json (one document on stdout at the end).")
    Output output;

    @Option(names = "--timeout", paramLabel = "DURATION", converter = DurationConverter.class,
            description = "Stop sending after DURATION (e.g. 90s, 5m, 1h, or ISO-8601 PT5M): calls on their way get "
                    + "a few seconds to answer, then the report says what was done and what was not (exit code 6).")
    java.time.Duration timeout;

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

    /** Reads 90s, 5m, 1h, 250ms or ISO-8601 (PT5M); must be positive. */
    static final class DurationConverter implements ITypeConverter<Duration> {
        @Override
        public Duration convert(String value) {
            String v = value.trim().toLowerCase(Locale.ROOT);
            Duration d;
            try {
                if (v.startsWith("pt") || v.startsWith("p")) {
                    d = Duration.parse(value.trim().toUpperCase(Locale.ROOT));
                } else if (v.endsWith("ms")) {
                    d = Duration.ofMillis(Long.parseLong(v.substring(0, v.length() - 2)));
                } else if (v.endsWith("s")) {
                    d = Duration.ofSeconds(Long.parseLong(v.substring(0, v.length() - 1)));
                } else if (v.endsWith("m")) {
                    d = Duration.ofMinutes(Long.parseLong(v.substring(0, v.length() - 1)));
                } else if (v.endsWith("h")) {
                    d = Duration.ofHours(Long.parseLong(v.substring(0, v.length() - 1)));
                } else {
                    throw new TypeConversionException("'" + value + "' has no unit: write e.g. 90s, 5m or 1h");
                }
            } catch (NumberFormatException | DateTimeParseException e) {
                throw new TypeConversionException("'" + value + "' is not a duration: write e.g. 90s, 5m or 1h");
            }
            if (d.isNegative() || d.isZero()) {
                throw new TypeConversionException("the duration must be positive (was '" + value + "')");
            }
            return d;
        }
    }
}
