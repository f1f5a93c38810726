package dev.migsdk.core.internal.auth;

import dev.migsdk.core.exception.CredentialsException;
import dev.migsdk.core.exception.MalformedCredentialsException;
import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A minimal INI reader for credentials files: {@code [section]} headers, {@code key = value} lines
 * (split at the first {@code =}, both sides trimmed), blank lines and comments starting with {@code #}
 * or {@code ;}. Later duplicates win. Errors name the file and line number but never the line's text,
 * which may hold a secret. Internal API.
 */
public final class IniFile {
    private final Path file;
    private final Map<String, Section> sections;

    /** One section: its header's line number and its entries. */
    public record Section(String name, int line, Map<String, String> values) {
        /** A value, or {@code null} if absent or empty. */
        public String get(String key) {
            return SystemContext.trimToNull(values.get(key));
        }
    }

    private IniFile(Path file, Map<String, Section> sections) {
        this.file = file;
        this.sections = sections;
    }

    /**
     * Reads and parses {@code file}; {@code null} if it does not exist.
     *
     * @throws MalformedCredentialsException on a syntax error (file and line named)
     * @throws CredentialsException          if it exists but cannot be read
     */
    public static IniFile readIfExists(Path file) {
        String text = readFileIfExists(file);
        return text == null ? null : parse(file, text);
    }

    /** Parses text read from {@code file} (used in messages). */
    public static IniFile parse(Path file, String text) {
        Map<String, Section> sections = new LinkedHashMap<>();
        List<String> lines = text.lines().toList();
        Section current = null;
        for (int i = 0; i < lines.size(); i++) {
            int lineNo = i + 1;
            String line = lines.get(i).strip();
            if (i == 0 && line.startsWith("\uFEFF")) {
                line = line.substring(1).strip();
            }
            if (line.isEmpty() || line.startsWith("#") || line.startsWith(";")) {
                continue;
            }
            if (line.startsWith("[")) {
                int close = line.indexOf(']');
                String name = close < 0 ? "" : line.substring(1, close).strip();
                String rest = close < 0 ? "" : line.substring(close + 1).strip();
                if (close < 0 || name.isEmpty() || !(rest.isEmpty() || rest.startsWith("#") || rest.startsWith(";"))) {
                    throw malformed(file, lineNo, "expected a section header such as [default]");
                }
                Section existing = sections.get(name);
                current = existing != null ? existing : new Section(name, lineNo, new LinkedHashMap<>());
                sections.put(name, current);
                continue;
            }
            int eq = line.indexOf('=');
            if (eq < 0) {
                throw malformed(file, lineNo, "expected 'key = value', a [section] header or a comment");
            }
            String key = line.substring(0, eq).strip();
            if (key.isEmpty()) {
                throw malformed(file, lineNo, "the key before '=' is empty");
            }
            if (current == null) {
                throw malformed(file, lineNo, "key '" + safeKey(key) + "' appears before any [section] header");
            }
            current.values.put(key, line.substring(eq + 1).strip());
        }
        Map<String, Section> frozen = new LinkedHashMap<>();
        sections.forEach((k, v) -> frozen.put(k, new Section(v.name(), v.line(), Map.copyOf(v.values()))));
        return new IniFile(file, frozen);
    }

    /** The section, or {@code null}. */
    public Section section(String name) {
        return sections.get(name);
    }

    public Path file() {
        return file;
    }

    /** The file as text (UTF-8); {@code null} if it does not exist; unreadable files throw. */
    public static String readFileIfExists(Path file) {
        if (file == null || !Files.exists(file)) {
            return null;
        }
        if (Files.isDirectory(file)) {
            throw new MalformedCredentialsException("Credentials file " + file + " is a directory");
        }
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return null;
        } catch (MalformedInputException e) {
            throw new MalformedCredentialsException("Credentials file " + file + " is not valid UTF-8");
        } catch (IOException e) {
            throw new CredentialsException("Cannot read credentials file " + file + ": "
                    + e.getClass().getSimpleName(), e);
        }
    }

    /** A malformed-file error naming file and line. */
    public static MalformedCredentialsException malformed(Path file, int line, String what) {
        return new MalformedCredentialsException("Malformed credentials file " + file + " at line " + line + ": "
                + what);
    }

    private static String safeKey(String key) {
        // Keys are names like access_key_id; anything longer or odd might be a pasted secret.
        return key.length() <= 40 && key.matches("[A-Za-z0-9_.-]+") ? key : "<invalid key>";
    }
}
