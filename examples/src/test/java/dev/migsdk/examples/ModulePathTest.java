package dev.migsdk.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migsdk.testkit.MigrationEmulator;
import dev.migsdk.testkit.MigrationEmulatorExtension;
import dev.migsdk.testkit.SmcBusinessStatus;
import dev.migsdk.testkit.SmcJobStatus;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * An application on the module path, as the README's "JPMS" section shows: its own {@code module-info}
 * requiring {@code dev.migsdk.smc} compiles and deletes a job on the emulator from a separate JVM (the transport
 * bound by {@code uses}/{@code provides}, nothing else named), on OkHttp and, with no OkHttp, okio or Kotlin jar
 * on the path at all, on the JDK transport; one that imports an {@code internal} package does not compile.
 */
@ExtendWith(MigrationEmulatorExtension.class)
class ModulePathTest {
    /** The jars a user's module path holds for migsdk (from this test's class path). */
    private static final Pattern SDK = Pattern.compile(".*(sdk-http-spi|sdk-core|sdk-smc|jackson-core|jackson-databind"
            + "|jackson-annotations|jackson-dataformat-xml|stax2-api|slf4j-api)[^" + Pattern.quote(File.separator) + "]*"
            + "(\\.jar|" + Pattern.quote(File.separator) + "target" + Pattern.quote(File.separator) + "classes)$");
    private static final Pattern OKHTTP = Pattern.compile(".*(sdk-http-okhttp|okhttp-jvm|okio-jvm|kotlin-stdlib)[^"
            + Pattern.quote(File.separator) + "]*(\\.jar|" + Pattern.quote(File.separator) + "target"
            + Pattern.quote(File.separator) + "classes)$");
    private static final Pattern JDK = Pattern.compile(".*sdk-http-jdk[^" + Pattern.quote(File.separator)
            + "]*(\\.jar|" + Pattern.quote(File.separator) + "target" + Pattern.quote(File.separator) + "classes)$");

    // README:jpms-begin
    static final String MODULE_INFO = """
            module com.example.cleanup {
                requires dev.migsdk.smc;
            }
            """;
    // README:jpms-end

    static final String MAIN = """
            package com.example.cleanup;

            import dev.migsdk.core.auth.AlibabaCredentials;
            import dev.migsdk.smc.SmcClient;
            import java.net.URI;

            public class Main {
                public static void main(String[] args) {
                    try (SmcClient smc = SmcClient.builder().endpointOverride(URI.create(args[0])).allowPlainHttp(true)
                            .credentials(AlibabaCredentials.of(args[1], args[2])).build()) {
                        System.out.println("deleted " + smc.deleteReplicationJob(r -> r.jobId(args[3])).requestId());
                    }
                }
            }
            """;

    static final String INTERNAL = """
            package com.example.cleanup;

            import dev.migsdk.core.internal.pipeline.ClientRuntime;

            public class Sneaky {
                ClientRuntime<?> runtime;
            }
            """;

    private static List<String> modulePath(Pattern... kinds) {
        List<String> out = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(Pattern.quote(File.pathSeparator))) {
            for (Pattern p : kinds) {
                if (p.matcher(entry).matches()) {
                    out.add(entry);
                }
            }
        }
        return out;
    }

    private static Path source(Path dir, String module, String main, String extra) throws IOException {
        Path src = dir.resolve("src");
        Files.createDirectories(src.resolve("com/example/cleanup"));
        Files.writeString(src.resolve("module-info.java"), module);
        Files.writeString(src.resolve("com/example/cleanup/Main.java"), main);
        if (extra != null) {
            Files.writeString(src.resolve("com/example/cleanup/Sneaky.java"), extra);
        }
        return src;
    }

    /** javac's output, or {@code null} when it compiled. */
    private static String compile(Path src, Path out, List<String> modulePath) throws IOException {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        // An explicit, empty class path: javac would otherwise see this test's class path, where everything is visible.
        List<String> args = new ArrayList<>(List.of("-d", out.toString(), "--class-path", src.toString(),
                "--module-path", String.join(File.pathSeparator, modulePath)));
        try (var files = Files.walk(src)) {
            files.filter(f -> f.toString().endsWith(".java")).forEach(f -> args.add(f.toString()));
        }
        java.io.ByteArrayOutputStream errors = new java.io.ByteArrayOutputStream();
        int rc = javac.run(null, errors, errors, args.toArray(String[]::new));
        return rc == 0 ? null : errors.toString(StandardCharsets.UTF_8);
    }

    private static String run(Path out, List<String> modulePath, MigrationEmulator emulator, String jobId)
            throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> mp = new ArrayList<>(modulePath);
        mp.add(0, out.toString());
        Process p = new ProcessBuilder(java, "--module-path", String.join(File.pathSeparator, mp),
                "-m", "com.example.cleanup/com.example.cleanup.Main", emulator.endpoint().toString(),
                emulator.alibabaCredentials().accessKeyId(), emulator.alibabaCredentials().accessKeySecret(), jobId)
                .redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(output).isZero();
        return output;
    }

    @Test
    void anApplicationModuleCompilesAndRunsOnTheDefaultTransport(MigrationEmulator emulator, @TempDir Path dir)
            throws Exception {
        emulator.smc().addJob("j-modular", SmcJobStatus.STOPPED, SmcBusinessStatus.SYNCING);
        List<String> mp = modulePath(SDK, OKHTTP);
        Path out = dir.resolve("out");

        assertThat(compile(source(dir, MODULE_INFO, MAIN, null), out, mp)).isNull();
        assertThat(run(out, mp, emulator, "j-modular")).contains("deleted ");
        assertThat(emulator.smc().jobs()).isEmpty();
    }

    @Test
    void onTheJdkTransportNoOkHttpOkioOrKotlinIsNeeded(MigrationEmulator emulator, @TempDir Path dir)
            throws Exception {
        emulator.smc().addJob("j-jdk", SmcJobStatus.STOPPED, SmcBusinessStatus.SYNCING);
        List<String> mp = modulePath(SDK, JDK);
        assertThat(mp.stream().collect(Collectors.joining(" "))).doesNotContainIgnoringCase("okhttp-jvm")
                .doesNotContain("okio").doesNotContain("kotlin").contains("sdk-http-jdk");
        Path out = dir.resolve("out");

        assertThat(compile(source(dir, MODULE_INFO, MAIN, null), out, mp)).isNull();
        assertThat(run(out, mp, emulator, "j-jdk")).contains("deleted ");
    }

    @Test
    void anApplicationThatTouchesAnInternalPackageDoesNotCompile(@TempDir Path dir) throws Exception {
        String errors = compile(source(dir, MODULE_INFO, MAIN, INTERNAL), dir.resolve("out"), modulePath(SDK, OKHTTP));

        assertThat(errors).contains("package dev.migsdk.core.internal.pipeline is not visible")
                .contains("(package dev.migsdk.core.internal.pipeline is declared in module dev.migsdk.core, which"
                        + " does not export it to module com.example.cleanup)");
    }

    @Test
    void readmeShowsExactlyThisModuleInfo() throws IOException {
        String readme = Files.readString(Path.of("../README.md"));
        assertThat(readme).contains("```java\n" + MODULE_INFO + "```");
    }
}
