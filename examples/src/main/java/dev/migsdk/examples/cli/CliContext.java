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
 */
public record CliContext(PrintWriter out, PrintWriter err, InputStream in, boolean stderrIsTerminal,
                         CredentialsProvider<AlibabaCredentials> alibabaCredentials,
                         CredentialsProvider<HuaweiCredentials> huaweiCredentials) {

    /** Checks the streams. */
    public CliContext {
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(err, "err");
        Objects.requireNonNull(in, "in");
    }

    /** The process's own streams and the SDK's default credentials chains. */
    public static CliContext system() {
        Charset charset = Charset.defaultCharset();
        return new CliContext(new PrintWriter(new OutputStreamWriter(System.out, charset), true),
                new PrintWriter(new OutputStreamWriter(System.err, charset), true), System.in, consoleIsTerminal(),
                null, null);
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
