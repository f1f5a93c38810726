package dev.migsdk.core.internal.util;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migsdk.core.internal.util.LibraryVersions.Jackson;
import org.junit.jupiter.api.Test;

/** The message a user gets for each Jackson combination that cannot work (versions injected). */
class LibraryVersionsTest {
    private static final String FIX = "Fix: give every Jackson module one version - import"
            + " com.fasterxml.jackson:jackson-bom (2.15 or later; migsdk is built with " + LibraryVersions.BUILT_WITH
            + ") in your <dependencyManagement>, or pin jackson-core, jackson-databind and jackson-dataformat-xml to"
            + " the same version. See the README, \"Jackson versions\".";

    private static Jackson jackson(String core, String databind, String xml) {
        return new Jackson(core, "jackson-core-" + core + ".jar", databind, "jackson-databind-" + databind + ".jar",
                xml, xml == null ? null : "jackson-dataformat-xml-" + xml + ".jar");
    }

    @Test
    void theVersionsThisBuildUsesAreFine() {
        LibraryVersions.checkAtBuild();
        assertThat(LibraryVersions.xmlProblem()).isNull();
        assertThat(LibraryVersions.BUILT_WITH).matches("2\\.\\d+\\.\\d+");
    }

    @Test
    void oneVersionEverywhereIsFine() {
        assertThat(LibraryVersions.jsonProblem(jackson("2.15.4", "2.15.4", "2.15.4"))).isNull();
        assertThat(LibraryVersions.xmlProblem(jackson("2.15.4", "2.15.4", "2.15.4"))).isNull();
        assertThat(LibraryVersions.jsonProblem(jackson("2.17.2", "2.17.2", null))).isNull();
        assertThat(LibraryVersions.xmlProblem(jackson("2.17.2", "2.17.2", null))).isNull();
    }

    @Test
    void aNewerCoreThanDatabindIsFine() {
        assertThat(LibraryVersions.jsonProblem(jackson("2.23.0", "2.17.2", "2.17.2"))).isNull();
    }

    @Test
    void anApplicationPinningJackson215ButNotXmlKeepsJsonAndLosesXml() {
        Jackson j = jackson("2.15.4", "2.15.4", "2.23.0");

        assertThat(LibraryVersions.jsonProblem(j)).isNull();
        assertThat(LibraryVersions.xmlProblem(j)).isEqualTo("jackson-dataformat-xml 2.23.0 (from"
                + " jackson-dataformat-xml-2.23.0.jar) needs jackson-core 2.23 or later, but jackson-core 2.15.4 (from"
                + " jackson-core-2.15.4.jar) is on the class path: JSON answers work, XML answers"
                + " (ResponseFormat.XML, or an XML error page from a gateway) cannot be read and fail as undecodable. "
                + FIX);
    }

    @Test
    void aCoreOlderThanDatabindBreaksJson() {
        assertThat(LibraryVersions.jsonProblem(jackson("2.15.4", "2.23.0", "2.23.0"))).isEqualTo(
                "jackson-databind 2.23.0 (from jackson-databind-2.23.0.jar) needs jackson-core 2.23 or later, but"
                        + " jackson-core 2.15.4 (from jackson-core-2.15.4.jar) is on the class path: no JSON answer"
                        + " could be read. " + FIX);
    }

    @Test
    void aJacksonOlderThan215IsRefused() {
        assertThat(LibraryVersions.jsonProblem(jackson("2.13.5", "2.13.5", null))).isEqualTo("migsdk needs Jackson"
                + " 2.15 or later, but found jackson-core 2.13.5 (from jackson-core-2.13.5.jar), jackson-databind"
                + " 2.13.5 (from jackson-databind-2.13.5.jar). " + FIX);
    }

    @Test
    void aLinkageErrorBecomesADiagnosisNamingTheFix() {
        String m = LibraryVersions.linkage(new NoSuchMethodError("'okio.Socket okio.Okio.socket(java.net.Socket)'"),
                "the okhttp HTTP transport");

        assertThat(m).startsWith("A library on the class path does not fit migsdk: the okhttp HTTP transport failed"
                + " with java.lang.NoSuchMethodError: 'okio.Socket okio.Okio.socket(java.net.Socket)'; Jackson found:"
                + " jackson-core ").contains("This is a version conflict between jars")
                .contains("exclude dev.migsdk:sdk-http-okhttp, add dev.migsdk:sdk-http-jdk")
                .endsWith("See the README, \"Using migsdk with OkHttp 4 / Retrofit\" and \"Jackson versions\".");
    }

    @Test
    void readsMinorVersions() {
        assertThat(LibraryVersions.minor("2.15.4")).isEqualTo(15);
        assertThat(LibraryVersions.minor("2.17.0-rc1")).isEqualTo(17);
        assertThat(LibraryVersions.minor("3.0.0")).isEqualTo(Integer.MAX_VALUE);
        assertThat(LibraryVersions.minor(null)).isEqualTo(-1);
    }
}
