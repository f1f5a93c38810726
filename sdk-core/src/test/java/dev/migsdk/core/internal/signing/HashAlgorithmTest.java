package dev.migsdk.core.internal.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.migsdk.core.internal.util.Hashing;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class HashAlgorithmTest {

    @Test
    void sm3MatchesStandardVector() {
        // GB/T 32905-2016, example 1 ("abc").
        assertThat(HashAlgorithm.SM3.hashHex("abc".getBytes(StandardCharsets.US_ASCII)))
                .isEqualTo("66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0");
    }

    @Test
    void sm3OfEmptyBodyMatchesProtocolsDoc() {
        // protocols.md §2.1 / §3.1: empty-body SM3 hash.
        assertThat(HashAlgorithm.SM3.hashHex(new byte[0]))
                .isEqualTo("1ab21d8355cfa17f8e61194831e81a8f22bec8c728fefb747ed035eb5082aa2b");
    }

    @Test
    void sha256DelegatesToHashing() {
        assertThat(HashAlgorithm.SHA256.hashHex(new byte[0])).isEqualTo(Hashing.EMPTY_SHA256_HEX);
        assertThat(HashAlgorithm.SHA256.hmacHex("Jefe".getBytes(StandardCharsets.US_ASCII),
                "what do ya want for nothing?".getBytes(StandardCharsets.US_ASCII)))
                .isEqualTo("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
    }

    @Test
    void detectsBouncyCastleOnTheTestClasspath() {
        assertThat(HashAlgorithm.bouncyCastleAvailable()).isTrue();
        assertThat(HashAlgorithm.sm3()).isSameAs(HashAlgorithm.SM3);
    }

    @Test
    void sm3WithoutBouncyCastleSaysWhichArtifactToAdd() {
        assertThatThrownBy(() -> HashAlgorithm.sm3(() -> false))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("org.bouncycastle:bcprov-jdk18on");
    }
}
