package dev.migsdk.core.internal.util;

import dev.migsdk.core.exception.SdkClientException;
import java.security.CodeSource;
import org.slf4j.LoggerFactory;

/**
 * Checks, when a client is built, that the Jackson modules on the class path fit together, and turns a
 * {@link LinkageError} met later (a last line of defence) into the same kind of diagnosis: the jars found,
 * the versions needed and the fix, never a raw {@code NoSuchMethodError}. The decisions are pure functions of
 * the versions found ({@link Jackson}), so every combination is unit-tested.
 *
 * <p>JSON (every answer) needs jackson-core and jackson-databind 2.15 or later (stream read constraints came in
 * 2.15), with jackson-core at least databind's minor version: a mismatch fails the build. XML (rare: only
 * {@code ResponseFormat.XML} or an odd gateway error body) needs jackson-core at least jackson-dataformat-xml's
 * minor version; a mismatch does not fail the build (most applications never see XML) but is logged once at
 * WARN, and an XML body is then treated as undecodable: the call fails with the SDK's typed exception for an
 * unreadable answer, carrying status, request id and this diagnosis. Internal API.
 */
public final class LibraryVersions {
    /** The oldest Jackson minor version migsdk works with. */
    static final int MIN_MINOR = 15;
    /** The Jackson version this SDK was built and tested with (from the build, resources/migsdk-versions). */
    static final String BUILT_WITH = builtWithJackson();
    private static volatile Boolean checked;
    private static volatile String xmlProblem;

    private LibraryVersions() {
    }

    /**
     * The Jackson versions found ({@code null} for a module that is absent) and where each came from.
     */
    public record Jackson(String core, String coreJar, String databind, String databindJar, String xml,
                          String xmlJar) {
    }

    /** Checks the class path once; fails on a JSON problem, remembers (and logs) an XML one. */
    public static void checkAtBuild() {
        if (checked != null) {
            return;
        }
        Jackson found;
        try {
            found = inspect();
        } catch (LinkageError e) {
            throw new SdkClientException(linkage(e, "Jackson"), e, 0, false);
        }
        String json = jsonProblem(found);
        if (json != null) {
            throw new SdkClientException(json);
        }
        String xml = xmlProblem(found);
        xmlProblem = xml;
        checked = Boolean.TRUE;
        if (xml != null) {
            LoggerFactory.getLogger(LibraryVersions.class).warn("{}", xml);
        }
    }

    /** Why XML bodies cannot be read here, or {@code null} when they can (or nothing was checked yet). */
    public static String xmlProblem() {
        return xmlProblem;
    }

    /** What is wrong for JSON with {@code j}, or {@code null} when it works. */
    public static String jsonProblem(Jackson j) {
        if (minor(j.databind()) < MIN_MINOR || minor(j.core()) < MIN_MINOR) {
            return "migsdk needs Jackson 2." + MIN_MINOR + " or later, but found " + describe(j) + ". " + fix();
        }
        if (minor(j.core()) < minor(j.databind())) {
            return "jackson-databind " + j.databind() + from(j.databindJar()) + " needs jackson-core "
                    + majorMinor(j.databind()) + " or later, but jackson-core " + j.core() + from(j.coreJar())
                    + " is on the class path: no JSON answer could be read. " + fix();
        }
        return null;
    }

    /** What is wrong for XML with {@code j}, or {@code null} when it works (or XML support is absent). */
    public static String xmlProblem(Jackson j) {
        if (j.xml() == null || minor(j.core()) >= minor(j.xml())) {
            return null;
        }
        return "jackson-dataformat-xml " + j.xml() + from(j.xmlJar()) + " needs jackson-core " + majorMinor(j.xml())
                + " or later, but jackson-core " + j.core() + from(j.coreJar()) + " is on the class path: JSON"
                + " answers work, XML answers (ResponseFormat.XML, or an XML error page from a gateway) cannot be"
                + " read and fail as undecodable. " + fix();
    }

    /** The diagnosis for a {@link LinkageError} met while using {@code what}. */
    public static String linkage(LinkageError e, String what) {
        String jackson;
        try {
            Jackson j = inspect();
            jackson = "; Jackson found: " + describe(j);
        } catch (LinkageError again) {
            jackson = "";
        }
        return "A library on the class path does not fit migsdk: " + what + " failed with "
                + e.getClass().getName() + ": " + e.getMessage() + jackson + ". This is a version conflict between"
                + " jars, not a bug in your code. Run `mvn dependency:tree` (or `gradle dependencies`) and give"
                + " OkHttp/okio and Jackson one version each: import dev.migsdk:sdk-bom and"
                + " com.fasterxml.jackson:jackson-bom, or switch to the JDK transport (exclude"
                + " dev.migsdk:sdk-http-okhttp, add dev.migsdk:sdk-http-jdk). See the README, \"Using migsdk with"
                + " OkHttp 4 / Retrofit\" and \"Jackson versions\".";
    }

    private static String fix() {
        return "Fix: give every Jackson module one version - import com.fasterxml.jackson:jackson-bom (2."
                + MIN_MINOR + " or later; migsdk is built with " + builtWith() + ") in your <dependencyManagement>,"
                + " or pin jackson-core, jackson-databind and jackson-dataformat-xml to the same version. See the"
                + " README, \"Jackson versions\".";
    }

    private static String builtWithJackson() {
        java.util.Properties p = new java.util.Properties();
        try (java.io.InputStream in = LibraryVersions.class.getResourceAsStream("/dev/migsdk/core/version.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (java.io.IOException e) {
            // unknown: say so
        }
        return p.getProperty("jackson", "an unknown version");
    }

    private static String builtWith() {
        return BUILT_WITH;
    }

    private static String describe(Jackson j) {
        StringBuilder sb = new StringBuilder("jackson-core ").append(j.core()).append(from(j.coreJar()))
                .append(", jackson-databind ").append(j.databind()).append(from(j.databindJar()));
        if (j.xml() != null) {
            sb.append(", jackson-dataformat-xml ").append(j.xml()).append(from(j.xmlJar()));
        }
        return sb.toString();
    }

    private static String from(String jar) {
        return jar == null ? "" : " (from " + jar + ")";
    }

    static int minor(String version) {
        if (version == null) {
            return -1;
        }
        String[] parts = version.split("[.-]");
        try {
            return parts.length > 1 && parts[0].equals("2") ? Integer.parseInt(parts[1]) : parts[0].equals("2") ? -1
                    : Integer.MAX_VALUE;
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static String majorMinor(String version) {
        int i = version.indexOf('.');
        int j = i < 0 ? -1 : version.indexOf('.', i + 1);
        return j < 0 ? version : version.substring(0, j);
    }

    private static Jackson inspect() {
        String core = com.fasterxml.jackson.core.json.PackageVersion.VERSION.toString();
        String databind = com.fasterxml.jackson.databind.cfg.PackageVersion.VERSION.toString();
        String xml = null;
        String xmlJar = null;
        try {
            Class<?> x = Class.forName("com.fasterxml.jackson.dataformat.xml.PackageVersion", false,
                    LibraryVersions.class.getClassLoader());
            xml = String.valueOf(x.getField("VERSION").get(null));
            xmlJar = jar(x);
        } catch (ReflectiveOperationException e) {
            // no XML support on the path
        }
        return new Jackson(core, jar(com.fasterxml.jackson.core.json.PackageVersion.class), databind,
                jar(com.fasterxml.jackson.databind.cfg.PackageVersion.class), xml, xmlJar);
    }

    private static String jar(Class<?> c) {
        CodeSource cs = c.getProtectionDomain().getCodeSource();
        if (cs == null || cs.getLocation() == null) {
            return null;
        }
        String s = cs.getLocation().toString();
        int slash = s.lastIndexOf('/', s.endsWith("/") ? s.length() - 2 : s.length());
        return slash >= 0 ? s.substring(slash + 1) : s;
    }
}
