package dev.migsdk.core.internal.util;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class HashingTest {
    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void hexIsLowerCaseAndTwoDigitsPerByte() {
        assertThat(Hashing.hex(new byte[] {0x00, 0x0f, (byte) 0xab, (byte) 0xff})).isEqualTo("000fabff");
        assertThat(Hashing.hex(new byte[0])).isEmpty();
    }

    @Test
    void sha256MatchesFips180Vectors() {
        // FIPS 180-2, appendix B.1 ("abc") and the empty string.
        assertThat(Hashing.sha256Hex(utf8("abc")))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        assertThat(Hashing.sha256Hex(new byte[0])).isEqualTo(Hashing.EMPTY_SHA256_HEX);
        assertThat(Hashing.hex(Hashing.sha256(new byte[0]))).isEqualTo(Hashing.EMPTY_SHA256_HEX);
    }

    @Test
    void hmacSha256MatchesRfc4231TestCase2() {
        assertThat(Hashing.hex(Hashing.hmacSha256(utf8("Jefe"), utf8("what do ya want for nothing?"))))
                .isEqualTo("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
    }

    @Test
    void stringKeyedHmacMatchesRfc4231AndFollowsTheSecretItIsGiven() {
        String jefe = "Jefe";
        String expected = "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843";
        byte[] data = utf8("what do ya want for nothing?");

        assertThat(Hashing.hex(Hashing.hmacSha256(jefe, data))).isEqualTo(expected);
        assertThat(Hashing.hex(Hashing.hmacSha256(jefe, data))).as("same secret again, Mac reused").isEqualTo(expected);
        assertThat(Hashing.hex(Hashing.hmacSha256(new String("Jefe"), data))).as("equal secret, other instance")
                .isEqualTo(expected);
        assertThat(Hashing.hmacSha256("other", data)).isEqualTo(Hashing.hmacSha256(utf8("other"), data));
        assertThat(Hashing.hex(Hashing.hmacSha256(jefe, data))).as("back to the first secret").isEqualTo(expected);
    }

    @Test
    void hmacSha1MatchesRfc2202TestCase2() {
        assertThat(Hashing.hex(Hashing.hmacSha1(utf8("Jefe"), utf8("what do ya want for nothing?"))))
                .isEqualTo("effcdf6ae5eb2fa2d27416d5f184df9c259a7c79");
    }

    @Test
    void cachedInstancesDoNotLeakStateBetweenCallsWithDifferentKeys() {
        byte[] first = Hashing.hmacSha256(utf8("key-one"), utf8("data"));
        Hashing.hmacSha256(utf8("key-two"), utf8("data"));
        assertThat(Hashing.hmacSha256(utf8("key-one"), utf8("data"))).isEqualTo(first);
    }

    @Test
    void givesTheSameResultsFromManyThreads() throws Exception {
        String expected = Hashing.hex(Hashing.hmacSha256(utf8("k"), utf8("payload")));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> results = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                results.add(pool.submit(() -> Hashing.hex(Hashing.hmacSha256(utf8("k"), utf8("payload")))));
            }
            for (Future<String> f : results) {
                assertThat(f.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
