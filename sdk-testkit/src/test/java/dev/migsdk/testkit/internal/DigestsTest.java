package dev.migsdk.testkit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

class DigestsTest {
    @Test
    void hmacSha256MatchesRfc4231TestCase2() {
        assertThat(Digests.hex(Digests.SHA256.hmac("Jefe", "what do ya want for nothing?")))
                .isEqualTo("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
    }

    @Test
    void ownHmacAgreesWithJcaForShortAndLongKeys() throws Exception {
        for (String key : new String[] {"k", "x".repeat(64), "y".repeat(65), "z".repeat(200)}) {
            Mac sha1 = Mac.getInstance("HmacSHA1");
            sha1.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
            assertThat(Digests.SHA1.hmac(key, "data"))
                    .isEqualTo(sha1.doFinal("data".getBytes(StandardCharsets.UTF_8)));
            Mac sha256 = Mac.getInstance("HmacSHA256");
            sha256.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            assertThat(Digests.SHA256.hmac(key, "data"))
                    .isEqualTo(sha256.doFinal("data".getBytes(StandardCharsets.UTF_8)));
        }
    }

    @Test
    void percentEncodesOnlyUnreservedLiterally() {
        assertThat(Rfc3986.encode("a-b_c.d~e f*g+h/i=j:k"))
                .isEqualTo("a-b_c.d~e%20f%2Ag%2Bh%2Fi%3Dj%3Ak");
        assertThat(Rfc3986.encode("é")).isEqualTo("%C3%A9");
        assertThat(Rfc3986.decode("%C3%A9+%2F")).isEqualTo("é+/");
    }
}
