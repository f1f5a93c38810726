package dev.migsdk.core.internal.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.migsdk.core.exception.MalformedCredentialsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IniFileAndInstantsTest {
    @TempDir
    Path dir;

    @Test
    void parsesSectionsCommentsAndValuesWithEquals() {
        IniFile ini = IniFile.parse(Path.of("f.ini"), """
                # comment
                ; another
                [default]
                enable = true
                access_key_secret = a=b=c

                [other]   # trailing comment
                k=v
                """);
        assertThat(ini.section("default").get("access_key_secret")).isEqualTo("a=b=c");
        assertThat(ini.section("default").line()).isEqualTo(3);
        assertThat(ini.section("other").get("k")).isEqualTo("v");
        assertThat(ini.section("missing")).isNull();
    }

    @Test
    void malformedLineNamesFileAndLineButNotTheText() {
        assertThatThrownBy(() -> IniFile.parse(Path.of("/x/creds.ini"), "[default]\nak = a\nSuperSecretLine\n"))
                .isInstanceOf(MalformedCredentialsException.class)
                .hasMessageContaining("/x/creds.ini")
                .hasMessageContaining("line 3")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("SuperSecretLine"));
    }

    @Test
    void keyBeforeSectionAndBadHeaderAreErrors() {
        assertThatThrownBy(() -> IniFile.parse(Path.of("f"), "\nak = 1\n"))
                .hasMessageContaining("line 2").hasMessageContaining("before any [section]");
        assertThatThrownBy(() -> IniFile.parse(Path.of("f"), "[default\n"))
                .hasMessageContaining("line 1");
        assertThatThrownBy(() -> IniFile.parse(Path.of("f"), "[a]\n = secretvalue\n"))
                .hasMessageContaining("line 2")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("secretvalue"));
    }

    @Test
    void missingFileIsNullDirectoryIsError() throws Exception {
        assertThat(IniFile.readIfExists(dir.resolve("nope"))).isNull();
        Path sub = Files.createDirectory(dir.resolve("sub"));
        assertThatThrownBy(() -> IniFile.readIfExists(sub)).hasMessageContaining("is a directory");
    }

    @Test
    void jsonErrorsGiveLocationButNoToken() {
        assertThatThrownBy(() -> JsonFiles.parse("{\n  \"a\": \"x\",\n  \"secret\": SuperSecret42\n}", "cfg.json"))
                .isInstanceOf(MalformedCredentialsException.class)
                .hasMessageContaining("cfg.json")
                .hasMessageContaining("line 3")
                .hasNoCause()
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("SuperSecret42"));
    }

    @Test
    void parsesTimestampsRobustly() {
        assertThat(Instants.parse("2020-01-04T09:05:22.701000Z")).isEqualTo(Instant.parse("2020-01-04T09:05:22.701Z"));
        assertThat(Instants.parse("2020-01-04T09:05:22Z")).isEqualTo(Instant.parse("2020-01-04T09:05:22Z"));
        assertThat(Instants.parse("2020-01-04T17:05:22.123456789+08:00"))
                .isEqualTo(Instant.parse("2020-01-04T09:05:22.123456789Z"));
        assertThat(Instants.parse("2020-01-04T09:05:22.7")).isEqualTo(Instant.parse("2020-01-04T09:05:22.700Z"));
        assertThatThrownBy(() -> Instants.parse("yesterday")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Instants.parse(null)).isInstanceOf(IllegalArgumentException.class);
    }
}
