package dev.migsdk.http.okhttp.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Properties;
import java.util.jar.JarInputStream;
import java.util.jar.Manifest;

/**
 * Checks, before the first call, that the OkHttp and okio on the class path can carry migsdk's calls, and
 * says what was found and how to fix it when not (instead of a {@code NoSuchMethodError} on the first call).
 * The decision ({@link #problem}) is a pure function of the facts, so every combination is unit-tested.
 * Internal API.
 */
public final class OkHttpVersions {
    private static final String NEEDED_OKHTTP;
    private static final String NEEDED_OKIO;

    static {
        Properties p = new Properties();
        try (InputStream in = OkHttpVersions.class.getResourceAsStream("versions.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        NEEDED_OKHTTP = p.getProperty("okhttp", "5");
        NEEDED_OKIO = p.getProperty("okio", "3");
    }

    private static volatile String checked; // null: not checked yet; "": fine; else the problem

    private OkHttpVersions() {
    }

    /**
     * What was found on the class path.
     *
     * @param okhttpVersion {@code okhttp3.OkHttp.VERSION} of the OkHttp classes that load
     * @param okhttpJars every jar that holds {@code okhttp3/OkHttp.class}, in class path order
     * @param okioVersion the version of the okio jar that loads ({@code null} if unknown)
     * @param okioJar where okio loads from ({@code null} if unknown)
     * @param okioHasSocket whether that okio has {@code okio.Okio.socket(java.net.Socket)} (recent okio 3 releases;
     *                      OkHttp 5 calls it on every connection)
     */
    public record Found(String okhttpVersion, List<String> okhttpJars, String okioVersion, String okioJar,
                        boolean okioHasSocket) {
    }

    /** The problem with the OkHttp and okio on the class path, or {@code null} when they work (cached). */
    public static String check() {
        String c = checked;
        if (c == null) {
            String p;
            try {
                p = problem(inspect());
            } catch (LinkageError e) {
                p = "OkHttp cannot even be loaded (" + e + "). " + fixes();
            }
            c = p == null ? "" : p;
            checked = c;
        }
        return c.isEmpty() ? null : c;
    }

    /** The problem with {@code found}, or {@code null} when it works. */
    public static String problem(Found found) {
        String jars = found.okhttpJars().isEmpty() ? "" : " (from " + String.join(", ", found.okhttpJars()) + ")";
        if (found.okhttpJars().size() > 1) {
            return "Two OkHttp jars are on the class path" + jars + ": they hold the same classes"
                    + " (com.squareup.okhttp3:okhttp 4 and com.squareup.okhttp3:okhttp-jvm 5 are different"
                    + " coordinates), and OkHttp " + found.okhttpVersion() + " is the one that loads. migsdk's"
                    + " sdk-http-okhttp needs OkHttp " + NEEDED_OKHTTP + " with okio " + NEEDED_OKIO + ". "
                    + fixes();
        }
        if (found.okhttpVersion() == null || !found.okhttpVersion().startsWith("5.")) {
            return "OkHttp " + found.okhttpVersion() + jars + " is on the class path; migsdk's sdk-http-okhttp needs"
                    + " OkHttp " + NEEDED_OKHTTP + " (com.squareup.okhttp3:okhttp-jvm). " + fixes();
        }
        if (!found.okioHasSocket()) {
            return "okio " + (found.okioVersion() == null ? "(version unknown)" : found.okioVersion())
                    + (found.okioJar() == null ? "" : " (from " + found.okioJar() + ")") + " is too old for OkHttp "
                    + found.okhttpVersion() + ": it lacks okio.Okio.socket(java.net.Socket), so the first call would"
                    + " fail with a NoSuchMethodError. migsdk needs okio " + NEEDED_OKIO + " or later (usually an"
                    + " older OkHttp 4 or another library pinned okio down). Fix: add"
                    + " com.squareup.okio:okio-jvm:" + NEEDED_OKIO + " to your <dependencyManagement> (or import"
                    + " dev.migsdk:sdk-bom, which manages it), or use the JDK transport: exclude"
                    + " dev.migsdk:sdk-http-okhttp and add dev.migsdk:sdk-http-jdk.";
        }
        return null;
    }

    private static String fixes() {
        return "Fix one of: (1) use the JDK transport, which needs no OkHttp: exclude dev.migsdk:sdk-http-okhttp from"
                + " the migsdk dependency and add dev.migsdk:sdk-http-jdk; or (2) move the application to OkHttp "
                + NEEDED_OKHTTP + ": exclude com.squareup.okhttp3:okhttp from the dependencies that bring OkHttp 4"
                + " (e.g. com.squareup.retrofit2:retrofit) and import dev.migsdk:sdk-bom, which manages"
                + " okhttp-jvm " + NEEDED_OKHTTP + " and okio-jvm " + NEEDED_OKIO + " (OkHttp 5 keeps OkHttp 4's"
                + " API). See the README, \"Using migsdk with OkHttp 4 / Retrofit\".";
    }

    private static Found inspect() {
        ClassLoader loader = OkHttpVersions.class.getClassLoader();
        String version;
        try {
            Class<?> ok = Class.forName("okhttp3.OkHttp", false, loader);
            version = String.valueOf(ok.getField("VERSION").get(null)); // read at run time: javac inlines constants
        } catch (ReflectiveOperationException e) {
            version = null;
        }
        List<String> jars = new ArrayList<>();
        try {
            for (URL u : Collections.list(loader.getResources("okhttp3/OkHttp.class"))) {
                jars.add(jarName(u.toString()));
            }
        } catch (IOException e) {
            // unknown: report none
        }
        String okioJar = null;
        String okioVersion = null;
        boolean hasSocket;
        try {
            Class<?> okio = Class.forName("okio.Okio", false, loader);
            CodeSource cs = okio.getProtectionDomain().getCodeSource();
            if (cs != null && cs.getLocation() != null) {
                okioJar = jarName(cs.getLocation().toString());
                okioVersion = bundleVersion(cs.getLocation());
            }
            okio.getMethod("socket", java.net.Socket.class);
            hasSocket = true;
        } catch (ReflectiveOperationException e) {
            hasSocket = false;
        }
        return new Found(version, jars, okioVersion, okioJar, hasSocket);
    }

    /** The jar's file name from a {@code jar:file:/...!/...} or {@code file:/...} URL. */
    static String jarName(String url) {
        String s = url;
        int bang = s.indexOf("!/");
        if (bang >= 0) {
            s = s.substring(0, bang);
        }
        int slash = s.lastIndexOf('/', s.endsWith("/") ? s.length() - 2 : s.length());
        return slash >= 0 ? s.substring(slash + 1) : s;
    }

    private static String bundleVersion(URL jar) {
        try (InputStream in = jar.openStream(); JarInputStream j = new JarInputStream(in)) {
            Manifest m = j.getManifest();
            return m == null ? null : m.getMainAttributes().getValue("Bundle-Version");
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
