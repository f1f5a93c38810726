package dev.migsdk.sms;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migsdk.core.testing.PackageExample;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The README-style example in {@code package-info.java} compiles against the current API. */
class PackageInfoExampleTest {

    @Test
    void packageExampleCompiles() {
        String code = PackageExample.extract(Path.of("src/main/java/dev/migsdk/sms/package-info.java"));

        String errors = PackageExample.compile(code, List.of("dev.migsdk.sms.*", "dev.migsdk.sms.model.*",
                "dev.migsdk.core.auth.*", "dev.migsdk.core.exception.*"), "String iamToken");

        assertThat(errors).isEmpty();
    }
}
