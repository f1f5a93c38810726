package dev.migsdk.examples.cli;

import java.io.PrintWriter;

/** A one-line progress bar on stderr, redrawn with {@code \r}; silent when disabled. Thread-safe. */
final class Progress {
    private static final int WIDTH = 30;

    private final PrintWriter err;
    private final int total;
    private final boolean enabled;
    private final String succeeded;
    private int done;
    private int failed;

    /** A bar over {@code total} ids; a dry run counts requests "not sent" where a real run counts them "ok". */
    Progress(PrintWriter err, int total, boolean enabled, boolean dryRun) {
        this.err = err;
        this.total = total;
        this.enabled = enabled;
        this.succeeded = dryRun ? "not sent " : "ok ";
    }

    synchronized void tick(boolean failedOne) {
        done++;
        if (failedOne) {
            failed++;
        }
        if (enabled) {
            int filled = total == 0 ? WIDTH : done * WIDTH / total;
            err.print("\r[" + "#".repeat(filled) + " ".repeat(WIDTH - filled) + "] " + done + "/" + total
                    + "  " + succeeded + (done - failed) + "  failed " + failed);
            err.flush();
        }
    }

    synchronized void finish() {
        if (enabled) {
            err.println();
            err.flush();
        }
    }
}
