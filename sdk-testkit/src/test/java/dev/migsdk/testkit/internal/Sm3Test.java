package dev.migsdk.testkit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class Sm3Test {
    @Test
    void matchesTheStandardsExamples() {
        // GB/T 32905-2016, appendix A.1 and A.2
        assertThat(Digests.SM3.hexHash("abc"))
                .isEqualTo("66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0");
        assertThat(Digests.SM3.hexHash("abcd".repeat(16)))
                .isEqualTo("debe9ff92275b8a138604889c18e5a4d6fdb70e5387e5765293dcba39c0c5732");
    }

    @Test
    void hashesTheEmptyBodyAsDocumentedForTheContentHeader() {
        assertThat(Digests.SM3.hexHash(new byte[0]))
                .isEqualTo("1ab21d8355cfa17f8e61194831e81a8f22bec8c728fefb747ed035eb5082aa2b");
    }

    @Test
    void padsMessagesAcrossBlockBoundaries() {
        // 55, 56 and 64 bytes exercise the one-block / two-block padding edges; digests must differ and be stable
        for (int n : new int[] {55, 56, 63, 64, 65, 119, 120}) {
            byte[] m = "x".repeat(n).getBytes(StandardCharsets.UTF_8);
            assertThat(Sm3.digest(m)).hasSize(32).isEqualTo(Sm3.digest(m.clone()));
        }
        assertThat(Digests.SM3.hexHash("x".repeat(55))).isNotEqualTo(Digests.SM3.hexHash("x".repeat(56)));
    }
}
