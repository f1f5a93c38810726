package dev.migsdk.core.internal.pipeline;

import dev.migsdk.core.internal.protocol.BodyCodec;
import dev.migsdk.core.internal.util.Logs;

/**
 * Work every first call needs but does not need on its own thread: Jackson's JSON mapper (a few hundred
 * classes) and SLF4J. The first client built in a JVM starts it on one daemon thread, so it runs on the
 * machine's other core while the caller sets up OkHttp, connects and sends; by the time the answer is
 * read, it is usually done. If it is not, the caller simply waits for (or does) what is left: class
 * initialization is the JVM's to make safe. Internal API.
 */
public final class StartupWarmup {
    private static volatile boolean started;

    private StartupWarmup() {
    }

    /**
     * Starts the warm-up once per JVM. {@code -Dmigsdk.warmup=false} turns it off: only so the cold-start
     * benchmark can show what it buys (docs/PERFORMANCE.md).
     */
    public static void start() {
        if (started || "false".equals(System.getProperty("migsdk.warmup"))) {
            return;
        }
        synchronized (StartupWarmup.class) {
            if (started) {
                return;
            }
            started = true;
        }
        Thread t = new Thread(StartupWarmup::run, "migsdk-warmup");
        t.setDaemon(true);
        t.start();
    }

    private static void run() {
        try {
            BodyCodec.warmUp();
        } catch (RuntimeException | LinkageError e) {
            // the call that needs it will meet the same problem and report it
        }
        Logs.initialize();
    }
}
