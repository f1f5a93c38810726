package dev.migsdk.core.internal.util;

import java.util.ArrayList;
import java.util.List;
import org.slf4j.LoggerFactory;

/**
 * SLF4J's start-up, kept off the caller's path. Finding and starting an SLF4J provider takes tens of
 * milliseconds (a service-loader scan of the class path), a large share of a short-lived program's
 * first call; the client builder's warm-up thread {@link #initialize() initializes} it, and
 * messages logged {@link #whenReady} before then go out as soon as it is done. Loggers taken while it
 * runs are SLF4J's own substitutes, which SLF4J connects to the provider when it is ready. Internal API.
 */
public final class Logs {
    private static final Object LOCK = new Object();
    private static final List<Runnable> PENDING = new ArrayList<>();
    private static volatile boolean ready;

    private Logs() {
    }

    /**
     * Runs {@code log} now if SLF4J is ready, else right after {@link #initialize()} (which the client
     * builder's warm-up thread calls; it is started before anything is queued here).
     */
    public static void whenReady(Runnable log) {
        if (!ready) {
            synchronized (LOCK) {
                if (!ready) {
                    PENDING.add(log);
                    return;
                }
            }
        }
        log.run();
    }

    /** Starts SLF4J on this thread, then runs the queued messages. */
    public static void initialize() {
        try {
            LoggerFactory.getILoggerFactory();
        } finally {
            List<Runnable> todo;
            synchronized (LOCK) {
                ready = true;
                todo = new ArrayList<>(PENDING);
                PENDING.clear();
            }
            for (Runnable r : todo) {
                try {
                    r.run();
                } catch (RuntimeException e) {
                    // a broken logging back end must not break a client; there is nowhere to report it
                }
            }
        }
    }
}
