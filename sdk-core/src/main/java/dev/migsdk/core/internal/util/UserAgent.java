package dev.migsdk.core.internal.util;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** Builds the {@code User-Agent}: {@code migsdk-java/<version> Java/<version> <os>[ suffix]}. Internal API. */
public final class UserAgent {
    /** The SDK version, from the build. */
    public static final String SDK_VERSION = readVersion();
    private static final String BASE = "migsdk-java/" + SDK_VERSION + " Java/" + clean(System.getProperty(
            "java.version")) + " " + clean(System.getProperty("os.name")) + "/" + clean(System.getProperty("os.arch"));

    private UserAgent() {
    }

    /** The header value, with {@code suffix} appended when not null. */
    public static String of(String suffix) {
        return suffix == null || suffix.isBlank() ? BASE : BASE + " " + suffix.trim();
    }

    private static String clean(String s) {
        return s == null ? "unknown" : s.replace(' ', '_');
    }

    private static String readVersion() {
        try (InputStream in = UserAgent.class.getResourceAsStream("/dev/migsdk/core/version.properties")) {
            if (in == null) {
                return "unknown";
            }
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version", "unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }
}
