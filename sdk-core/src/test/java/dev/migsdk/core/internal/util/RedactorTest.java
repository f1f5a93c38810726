package dev.migsdk.core.internal.util;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migsdk.core.auth.AlibabaCredentials;
import dev.migsdk.core.auth.HuaweiAkSkCredentials;
import dev.migsdk.core.auth.HuaweiTokenCredentials;
import dev.migsdk.core.internal.http.HttpRequest;
import org.junit.jupiter.api.Test;

class RedactorTest {

    @Test
    void masksAlibabaSecretAndTokenInPlainAndEncodedForms() {
        AlibabaCredentials c = AlibabaCredentials.of("LTAI-id", "s3cret/+=value", "sts+token/1", null);
        Redactor r = Redactor.of(c, null);

        String echoed = "StringToSign: POST&%2F&SecurityToken%3Dsts%252Btoken%252F1 key s3cret/+=value enc "
                + PercentEncoding.encode("s3cret/+=value");
        String scrubbed = r.scrub(echoed);

        assertThat(scrubbed).doesNotContain("s3cret").doesNotContain("sts+token").doesNotContain("sts%252Btoken")
                .contains("StringToSign").contains("***");
    }

    @Test
    void masksTheRequestsSignatureFromTheAuthorizationHeaderAndTheQuery() {
        HttpRequest signed = HttpRequest.builder().method("POST").scheme("https").host("h").port(-1)
                .addQuery("Signature", "qsig0123456789")
                .addHeader("Authorization", "ACS3-HMAC-SHA256 Credential=id,SignedHeaders=host,Signature=abcdef012345")
                .build();
        Redactor r = Redactor.of(AlibabaCredentials.of("id", "secret-1"), signed);

        assertThat(r.scrub("got abcdef012345 and qsig0123456789 and secret-1"))
                .isEqualTo("got *** and *** and ***");
    }

    @Test
    void masksHuaweiSecretKeysAndTokensButNotShortValuesOrNull() {
        Redactor ak = Redactor.of(HuaweiAkSkCredentials.builder().accessKey("AK").secretKey("hw-sk-value")
                .securityToken("hw-sts-value").build(), null);
        assertThat(ak.scrub("hw-sk-value hw-sts-value AK")).isEqualTo("*** *** AK");
        assertThat(Redactor.of(HuaweiTokenCredentials.of("MIItokenvalue"), null).scrub("x MIItokenvalue"))
                .isEqualTo("x ***");
        assertThat(Redactor.of(AlibabaCredentials.of("id", "abc"), null).scrub("abc")).isEqualTo("abc"); // under 4 chars
        assertThat(ak.scrub(null)).isNull();
    }
}
