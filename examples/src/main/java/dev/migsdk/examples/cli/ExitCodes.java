package dev.migsdk.examples.cli;

/** The exit codes of {@code migsdk}, as listed in {@code --help}. */
final class ExitCodes {
    /**
     * Every operation succeeded. With {@code --dry-run}: every request was built and printed, and none was sent
     * (a dry run never sends, so "built and printed" is all it can achieve).
     */
    static final int OK = 0;
    /** Bad command line: unknown option, missing or malformed ids, missing region. Nothing was sent. */
    static final int USAGE = 2;
    /** The service refused every operation (e.g. invalid status, not found, access denied, still throttled). */
    static final int SERVICE_ERROR = 3;
    /** Some operations succeeded (with {@code --dry-run}: were built and printed) and some failed. */
    static final int PARTIAL_FAILURE = 4;
    /** No usable answer: credentials missing, connection or TLS failure, timeout. */
    static final int CLIENT_ERROR = 5;
    /** {@code --timeout} passed before every id was acted on; the report says which were and which were not. */
    static final int TIMED_OUT = 6;
    /** Interrupted (Ctrl-C): nothing more was sent; the report says what was done and what was not. */
    static final int INTERRUPTED = Interrupts.EXIT_CODE;

    private ExitCodes() {
    }
}
