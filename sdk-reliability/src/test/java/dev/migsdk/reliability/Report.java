package dev.migsdk.reliability;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Figures of a run, section by section, rewritten to {@code target/reliability-report.txt} (system
 * property {@code reliability.report}) and printed whenever a section is added.
 */
public final class Report {
    private static final Map<String, String> SECTIONS = new LinkedHashMap<>();

    private Report() {
    }

    /** Whether this is the {@code -Preliability} run. */
    public static boolean profile() {
        return Boolean.getBoolean("reliability.profile");
    }

    /** The seed of every random generator in the suites ({@code -Dreliability.seed=...}). */
    public static long seed() {
        return Long.getLong("reliability.seed", 20250101L);
    }

    public static synchronized void section(String title, String body) {
        SECTIONS.put(title, body);
        StringBuilder out = new StringBuilder("migsdk reliability report (profile=" + profile() + ", seed=" + seed()
                + ", java " + System.getProperty("java.version") + ", " + Runtime.getRuntime().availableProcessors()
                + " cpus)\n\n");
        SECTIONS.forEach((t, b) -> out.append("== ").append(t).append(" ==\n").append(b).append("\n\n"));
        System.out.println("== " + title + " ==\n" + body);
        String file = System.getProperty("reliability.report", "target/reliability-report.txt");
        try {
            Path p = Path.of(file);
            Files.createDirectories(p.toAbsolutePath().getParent());
            Files.writeString(p, out, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Outcome counts and an attempts histogram, safe to update from many threads. */
    public static final class Tally {
        private final Map<String, AtomicLong> outcomes = new ConcurrentHashMap<>();
        private final Map<Integer, AtomicLong> attempts = new ConcurrentHashMap<>();
        private final AtomicLong calls = new AtomicLong();
        private final AtomicLong maxElapsedMs = new AtomicLong();

        public void record(String outcome, int attemptCount, long elapsedMs) {
            calls.incrementAndGet();
            outcomes.computeIfAbsent(outcome, k -> new AtomicLong()).incrementAndGet();
            attempts.computeIfAbsent(attemptCount, k -> new AtomicLong()).incrementAndGet();
            maxElapsedMs.accumulateAndGet(elapsedMs, Math::max);
        }

        public long calls() {
            return calls.get();
        }

        public long count(String outcome) {
            AtomicLong n = outcomes.get(outcome);
            return n == null ? 0 : n.get();
        }

        @Override
        public String toString() {
            StringBuilder b = new StringBuilder();
            b.append("calls: ").append(calls.get()).append('\n');
            new TreeMap<>(outcomes).forEach((k, v) -> b.append("  ").append(k).append(": ").append(v.get())
                    .append('\n'));
            b.append("attempts histogram (server-side journal count per call):\n");
            new TreeMap<>(attempts).forEach((k, v) -> b.append("  ").append(k).append(" attempt")
                    .append(k == 1 ? "" : "s").append(": ").append(v.get()).append('\n'));
            b.append("longest call: ").append(maxElapsedMs.get()).append(" ms");
            return b.toString();
        }
    }
}
