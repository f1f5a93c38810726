package dev.migsdk.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migsdk.testkit.JournalEntry;
import dev.migsdk.testkit.MigrationEmulator;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The shared secrets sink of every suite. It tees {@code System.err} and {@code System.out} (where
 * slf4j-simple writes the SDK's DEBUG lines), collects every exception the suites saw, and learns the
 * secrets in play: AccessKey secrets, SKs, tokens, and each signature and {@code Authorization} value
 * that went over the wire (harvested from the emulator journal or a test server). After each test class
 * it searches all of it and fails on any hit. Register with {@code @ExtendWith(Secrets.class)}.
 */
public final class Secrets implements BeforeAllCallback, AfterAllCallback {
    /** Length of the prefix signatures are indexed by; every signature is at least this long. */
    private static final int KEY = 16;

    private static final Object LOCK = new Object();
    private static final Set<String> STATIC = new LinkedHashSet<>();
    private static final Map<String, List<String>> SIGNATURES = new HashMap<>();
    private static final List<String> EXCEPTION_TEXT = new ArrayList<>();
    private static final Tee TEE = new Tee();
    private static long scannedChars;
    private static long scannedExceptions;
    private static long knownSignatures;

    static {
        System.setErr(new PrintStream(new TeeStream(System.err), true, StandardCharsets.UTF_8));
        System.setOut(new PrintStream(new TeeStream(System.out), true, StandardCharsets.UTF_8));
    }

    /** A secret value that must never be seen (secret key, token, password). */
    public static void secret(String value) {
        if (value != null && value.length() >= 6) {
            synchronized (LOCK) {
                STATIC.add(value);
                STATIC.add(URLEncoder.encode(value, StandardCharsets.UTF_8));
            }
        }
    }

    /** The emulator's own secrets. */
    public static void secretsOf(MigrationEmulator emu) {
        secret(emu.alibabaCredentials().accessKeySecret());
        secret(emu.huaweiCredentials().secretKey());
        secret(emu.huaweiUser().password());
    }

    /** A signature or Authorization value that went over the wire. */
    public static void wire(String value) {
        if (value == null || value.length() < KEY) {
            return;
        }
        synchronized (LOCK) {
            for (String v : new LinkedHashSet<>(List.of(value, URLEncoder.encode(value, StandardCharsets.UTF_8)))) {
                SIGNATURES.computeIfAbsent(v.substring(0, KEY), k -> new ArrayList<>(1)).add(v);
                knownSignatures++;
            }
        }
    }

    /** Harvests signatures, Authorization and token values from journal entries. */
    public static void harvest(Collection<JournalEntry> entries) {
        for (JournalEntry e : entries) {
            String auth = e.header("Authorization");
            if (auth != null) {
                wire(auth);
                int i = auth.indexOf("Signature=");
                if (i >= 0) {
                    wire(auth.substring(i + "Signature=".length()));
                }
            }
            wire(e.queryParameter("Signature"));
            secret(e.queryParameter("SecurityToken"));
            secret(e.header("X-Auth-Token"));
            secret(e.header("X-Security-Token"));
            secret(e.header("x-acs-security-token"));
        }
    }

    /** Records what a user could see of an exception: messages and toString of it, its causes and suppressed. */
    public static void seen(Throwable t) {
        List<String> out = new ArrayList<>();
        collect(t, out, 0);
        synchronized (LOCK) {
            EXCEPTION_TEXT.addAll(out);
        }
    }

    private static void collect(Throwable t, List<String> out, int depth) {
        while (t != null && depth < 20) {
            out.add(String.valueOf(t.getMessage()));
            out.add(t.toString());
            for (Throwable s : t.getSuppressed()) {
                collect(s, out, depth + 1);
            }
            t = t.getCause();
            depth++;
        }
    }

    /** Totals for the report: characters of log scanned, exception texts scanned, wire secrets known. */
    public static String totals() {
        synchronized (LOCK) {
            return "secrets scan: " + scannedChars + " log chars, " + scannedExceptions + " exception texts, "
                    + STATIC.size() + " secret values, " + knownSignatures + " signatures/Authorization values known"
                    + " (a hit fails the suite)";
        }
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        TEE.drain();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        String log = TEE.drain();
        List<String> exceptions;
        synchronized (LOCK) {
            exceptions = new ArrayList<>(EXCEPTION_TEXT);
            EXCEPTION_TEXT.clear();
        }
        List<String> hits = new ArrayList<>(scan(log, "log"));
        for (String e : exceptions) {
            hits.addAll(scan(e, "exception"));
        }
        synchronized (LOCK) {
            scannedChars += log.length();
            scannedExceptions += exceptions.size();
        }
        Report.section("secrets", totals());
        assertThat(hits).as("secrets in %s's log output (%d chars) or its %d exception texts",
                context.getDisplayName(), log.length(), exceptions.size()).isEmpty();
    }

    static List<String> scan(String text, String where) {
        List<String> hits = new ArrayList<>();
        synchronized (LOCK) {
            for (String s : STATIC) {
                if (text.contains(s)) {
                    hits.add(where + " contains a secret starting '" + s.substring(0, 3) + "…'");
                }
            }
            if (!SIGNATURES.isEmpty()) {
                for (int i = 0; i + KEY <= text.length(); i++) {
                    List<String> candidates = SIGNATURES.get(text.substring(i, i + KEY));
                    if (candidates != null) {
                        for (String c : candidates) {
                            if (text.startsWith(c, i)) {
                                hits.add(where + " contains a signature or Authorization value at " + i);
                            }
                        }
                    }
                }
            }
        }
        return hits;
    }

    /**
     * Runs {@code body} with the log going to a scan-as-you-go check instead of the console: each chunk
     * written is searched for the secret values (not the signature index) at once and dropped (for suites that log 100,000+ lines,
     * where forwarding them through Surefire would dominate the run).
     */
    public static void quietly(Runnable body) {
        TEE.quiet(true);
        try {
            body.run();
        } finally {
            TEE.quiet(false);
        }
        synchronized (LOCK) {
            scannedChars += TEE.quietChars;
        }
        assertThat(TEE.quietHits).as("secrets in log output written while quiet").isEmpty();
    }

    static boolean isQuiet() {
        return TEE.quiet;
    }

    /** Where the captured log output (stdout and stderr) ends now; see {@link #logSince}. */
    public static int logMark() {
        return TEE.size();
    }

    /**
     * The log output captured since {@code mark}, without draining it (the secrets scan after the class
     * still sees it): what a user's DEBUG log would hold of the calls in between.
     */
    public static String logSince(int mark) {
        return TEE.since(mark);
    }

    /** Everything written to stdout/stderr since the last drain. */
    private static final class Tee {
        private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        private volatile boolean quiet;
        private long quietChars;
        private final List<String> quietHits = new ArrayList<>();
        private List<String> quietSecrets = List.of();

        synchronized void quiet(boolean on) {
            quiet = on;
            if (on) {
                synchronized (LOCK) {
                    quietSecrets = List.copyOf(STATIC);
                }
                quietChars = 0;
                quietHits.clear();
            }
        }

        synchronized void write(byte[] b, int off, int len) {
            if (quiet) {
                String chunk = new String(b, off, len, StandardCharsets.UTF_8);
                quietChars += chunk.length();
                for (String secret : quietSecrets) {
                    if (chunk.contains(secret)) {
                        quietHits.add("log written while quiet contains a secret starting '" + secret.substring(0, 3)
                                + "…'");
                    }
                }
                return;
            }
            buffer.write(b, off, len);
        }

        synchronized int size() {
            return buffer.size();
        }

        synchronized String since(int mark) {
            byte[] all = buffer.toByteArray();
            int from = mark <= all.length ? mark : 0;
            return new String(all, from, all.length - from, StandardCharsets.UTF_8);
        }

        synchronized String drain() {
            String s = buffer.toString(StandardCharsets.UTF_8);
            buffer.reset();
            return s;
        }
    }

    private static final class TeeStream extends OutputStream {
        private final OutputStream target;

        TeeStream(OutputStream target) {
            this.target = target;
        }

        @Override
        public void write(int b) throws java.io.IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws java.io.IOException {
            TEE.write(b, off, len);
            if (!TEE.quiet) {
                target.write(b, off, len);
            }
        }

        @Override
        public void flush() throws java.io.IOException {
            target.flush();
        }
    }
}
