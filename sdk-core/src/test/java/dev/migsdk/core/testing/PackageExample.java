package dev.migsdk.core.testing;

import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;

/**
 * The copy-paste example of a module's {@code package-info.java} ({@code <pre>{@code ...}</pre>}),
 * compiled against the test classpath so the documentation cannot drift from the API.
 */
public final class PackageExample {
    private static final Pattern BLOCK = Pattern.compile("<pre>\\{@code\\R(.*?)\\R\\s*\\*\\s*}</pre>", Pattern.DOTALL);

    private PackageExample() {
    }

    /** The example's code, comment stars removed; fails if the file has none. */
    public static String extract(Path packageInfo) {
        String source;
        try {
            source = Files.readString(packageInfo);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Matcher m = BLOCK.matcher(source);
        if (!m.find()) {
            throw new AssertionError("no <pre>{@code ...}</pre> example in " + packageInfo);
        }
        return m.group(1).replaceAll("(?m)^\\s*\\* ?", "");
    }

    /**
     * Compiles {@code code} as the body of a method whose parameters are {@code parameters} (e.g.
     * {@code "String ak, String sk"}) in a class with {@code imports}; returns javac's diagnostics, empty
     * when it compiled.
     */
    public static String compile(String code, List<String> imports, String parameters) {
        StringBuilder src = new StringBuilder("package example;\n");
        imports.forEach(i -> src.append("import ").append(i).append(";\n"));
        src.append("class Example {\n  void run(").append(parameters).append(") {\n").append(code)
                .append("\n  }\n}\n");
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        JavaFileObject file = new SimpleJavaFileObject(URI.create("string:///example/Example.java"),
                JavaFileObject.Kind.SOURCE) {
            @Override
            public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                return src;
            }
        };
        Path out;
        try {
            out = Files.createTempDirectory("package-example");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        StringWriter diagnostics = new StringWriter();
        try {
            boolean ok = javac.getTask(diagnostics, null, null,
                    List.of("-proc:none", "-classpath", System.getProperty("java.class.path"), "-d", out.toString()),
                    null, List.of(file)).call();
            return ok ? "" : diagnostics + "\n--- source ---\n" + src;
        } finally {
            try (Stream<Path> files = Files.walk(out)) {
                files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            } catch (IOException ignored) {
                // temp dir cleanup is best effort
            }
        }
    }
}
