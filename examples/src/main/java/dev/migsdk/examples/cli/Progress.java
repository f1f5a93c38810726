package dev.migsdk.examples.cli;

import java.io.PrintWriter;

/** A one-line progress bar on stderr, redrawn with {@code \r}; silent when disabled. Thread-safe. */
final class Progress {
    private static final int WIDTH = 30;

    private final PrintWriter err;
    private final int total;
    private final boolean enabled;
    private int done;
    private int failed;

    Progress(PrintWriter err, int total, boolean enabled) {
        this.err = err;
        this.total = total;
        this.enabled = enabled;
    }

    synchronized void tick(boolean ok) {
        done++;
        if (!ok) {
            failed++;
        }
        if (enabled) {
            int filled = total == 0 ? WIDTH : done * WIDTH / total;
            err.print("\r[" + "#".repeat(filled) + " ".repeat(WIDTH - filled) + "] " + done + "/" + total
                    + "  ok " + (done - failed) + "  failed " + failed);
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
