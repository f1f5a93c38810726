package dev.migsdk.http.okhttp.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migsdk.http.okhttp.internal.OkHttpVersions.Found;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The message a user gets for each OkHttp/okio combination that cannot work (versions injected). */
class OkHttpVersionsTest {
    private static final String FIXES = "Fix one of: (1) use the JDK transport, which needs no OkHttp: exclude"
            + " dev.migsdk:sdk-http-okhttp from the migsdk dependency and add dev.migsdk:sdk-http-jdk; or (2) move"
            + " the application to OkHttp 5.5.1: exclude com.squareup.okhttp3:okhttp from the dependencies that"
            + " bring OkHttp 4 (e.g. com.squareup.retrofit2:retrofit) and import dev.migsdk:sdk-bom, which manages"
            + " okhttp-jvm 5.5.1 and okio-jvm 3.18.1 (OkHttp 5 keeps OkHttp 4's API). See the README, \"Using"
            + " migsdk with OkHttp 4 / Retrofit\".";

    @Test
    void okhttp5WithItsOkioIsFine() {
        assertThat(OkHttpVersions.problem(new Found("5.5.1", List.of("okhttp-jvm-5.5.1.jar"), "3.18.1",
                "okio-jvm-3.18.1.jar", true))).isNull();
    }

    @Test
    void theRealClassPathOfThisBuildIsFine() {
        assertThat(OkHttpVersions.check()).isNull();
    }

    @Test
    void okhttp4AndOkhttp5SideBySide() {
        assertThat(OkHttpVersions.problem(new Found("4.12.0", List.of("okhttp-4.12.0.jar", "okhttp-jvm-5.5.1.jar"),
                "3.6.0", "okio-jvm-3.6.0.jar", false))).isEqualTo("Two OkHttp jars are on the class path (from"
                + " okhttp-4.12.0.jar, okhttp-jvm-5.5.1.jar): they hold the same classes (com.squareup.okhttp3:okhttp 4"
                + " and com.squareup.okhttp3:okhttp-jvm 5 are different coordinates), and OkHttp 4.12.0 is the one"
                + " that loads. migsdk's sdk-http-okhttp needs OkHttp 5.5.1 with okio 3.18.1. " + FIXES);
    }

    @Test
    void okhttp4Alone() {
        assertThat(OkHttpVersions.problem(new Found("4.12.0", List.of("okhttp-4.12.0.jar"), "3.6.0",
                "okio-jvm-3.6.0.jar", false))).isEqualTo("OkHttp 4.12.0 (from okhttp-4.12.0.jar) is on the class"
                + " path; migsdk's sdk-http-okhttp needs OkHttp 5.5.1 (com.squareup.okhttp3:okhttp-jvm). " + FIXES);
    }

    @Test
    void okhttp5WithAnOkioPinnedDown() {
        assertThat(OkHttpVersions.problem(new Found("5.5.1", List.of("okhttp-jvm-5.5.1.jar"), "3.6.0",
                "okio-jvm-3.6.0.jar", false))).isEqualTo("okio 3.6.0 (from okio-jvm-3.6.0.jar) is too old for"
                + " OkHttp 5.5.1: it lacks okio.Okio.socket(java.net.Socket), so the first call would fail with a"
                + " NoSuchMethodError. migsdk needs okio 3.18.1 or later (usually an older OkHttp 4 or another"
                + " library pinned okio down). Fix: add com.squareup.okio:okio-jvm:3.18.1 to your"
                + " <dependencyManagement> (or import dev.migsdk:sdk-bom, which manages it), or use the JDK"
                + " transport: exclude dev.migsdk:sdk-http-okhttp and add dev.migsdk:sdk-http-jdk.");
    }

    @Test
    void namesTheJarFromItsUrl() {
        assertThat(OkHttpVersions.jarName("jar:file:/home/u/.m2/okhttp-4.12.0.jar!/okhttp3/OkHttp.class"))
                .isEqualTo("okhttp-4.12.0.jar");
        assertThat(OkHttpVersions.jarName("file:/app/target/classes/")).isEqualTo("classes/");
    }
}
