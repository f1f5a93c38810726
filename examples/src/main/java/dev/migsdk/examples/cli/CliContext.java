package dev.migsdk.examples.cli;

import dev.migsdk.core.auth.AlibabaCredentials;
import dev.migsdk.core.auth.CredentialsProvider;
import dev.migsdk.core.auth.HuaweiCredentials;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.lang.reflect.Method;
import java.nio.charset.Charset;
import java.util.Objects;

/**
 * What the command line runs with: its streams, whether stderr is a terminal, and (for tests) credentials that
 * replace the default chains. {@link #system()} is the real process.
 *
 * @param out                 standard output (results)
 * @param err                 standard error (errors, hints, progress)
 * @param in                  standard input (ids given as {@code -})
 * @param stderrIsTerminal    whether a progress bar may be drawn without {@code --progress}
 * @param alibabaCredentials  Alibaba credentials to use instead of the default chain, or {@code null}
 * @param huaweiCredentials   Huawei credentials to use instead of the default chain, or {@code null}
 * @param interrupts          where Ctrl-C comes from
 */
public record CliContext(PrintWriter out, PrintWriter err, InputStream in, boolean stderrIsTerminal,
                         CredentialsProvider<AlibabaCredentials> alibabaCredentials,
                         CredentialsProvider<HuaweiCredentials> huaweiCredentials, Interrupts interrupts) {

    /** Checks the streams. */
    public CliContext {
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(err, "err");
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(interrupts, "interrupts");
    }

    /** A context whose interrupts come only from {@link Interrupts#fire()} (tests). */
    public CliContext(PrintWriter out, PrintWriter err, InputStream in, boolean stderrIsTerminal,
                      CredentialsProvider<AlibabaCredentials> alibabaCredentials,
                      CredentialsProvider<HuaweiCredentials> huaweiCredentials) {
        this(out, err, in, stderrIsTerminal, alibabaCredentials, huaweiCredentials, Interrupts.manual());
    }

    /** The process's own streams and the SDK's default credentials chains. */
    public static CliContext system() {
        Charset charset = Charset.defaultCharset();
        return new CliContext(new PrintWriter(new OutputStreamWriter(System.out, charset), true),
                new PrintWriter(new OutputStreamWriter(System.err, charset), true), System.in, detectStderrTerminal(),
                null, null, Interrupts.system());
    }

    /**
     * Whether standard error is a terminal, so a progress bar drawn there is seen and not written into a log.
     * Linux tells through {@code /proc/self/fd/2}; elsewhere the console check (stdin and stdout) stands in.
     * {@code TERM=dumb} never gets a bar.
     */
    private static boolean detectStderrTerminal() {
        if ("dumb".equals(System.getenv("TERM"))) {
            return false;
        }
        java.nio.file.Path fd2 = java.nio.file.Path.of("/proc/self/fd/2");
        try {
            String target = java.nio.file.Files.readSymbolicLink(fd2).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
        } catch (java.io.IOException | UnsupportedOperationException | SecurityException e) {
            return consoleIsTerminal();
        }
    }

    /**
     * Whether the console is interactive. {@code System.console()} is non-null only for a terminal up to JDK 21;
     * from JDK 22 it may exist anyway and {@code Console.isTerminal()} (looked up reflectively, the code is built
     * for 17) tells.
     */
    private static boolean consoleIsTerminal() {
        java.io.Console console = System.console();
        if (console == null) {
            return false;
        }
        try {
            Method isTerminal = java.io.Console.class.getMethod("isTerminal");
            return (Boolean) isTerminal.invoke(console);
        } catch (ReflectiveOperationException e) {
            return true;
        }
    }
}
