package dev.migsdk.core.internal.signing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migsdk.core.auth.HuaweiTokenCredentials;
import dev.migsdk.core.internal.http.HttpRequest;
import dev.migsdk.core.internal.http.NameValue;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class HuaweiTokenSignerTest {
    private static HttpRequest request() {
        return HttpRequest.builder().method("DELETE").host("sms.ap-southeast-1.myhuaweicloud.com")
                .addPathSegment("v3").addPathSegment("tasks").addPathSegment("t1")
                .addHeader("Host", "sms.ap-southeast-1.myhuaweicloud.com")
                .addHeader("X-Domain-Id", "d1")
                .build();
    }

    @Test
    void setsAuthTokenHeaderWithoutSignature() {
        HttpRequest signed = HuaweiTokenSigner.create().sign(request(), HuaweiTokenCredentials.of("tok-123"),
                Instant.EPOCH, "n");

        assertThat(signed.headers()).containsExactly(
                new NameValue("Host", "sms.ap-southeast-1.myhuaweicloud.com"),
                new NameValue("X-Domain-Id", "d1"),
                new NameValue("X-Auth-Token", "tok-123"));
    }

    @Test
    void replacesEarlierTokenAndAuthorizationAndLeavesInputUntouched() {
        HttpRequest stale = request().toBuilder().addHeader("x-auth-token", "old").addHeader("Authorization", "x")
                .build();
        List<NameValue> before = List.copyOf(stale.headers());

        HttpRequest signed = HuaweiTokenSigner.create().sign(stale, HuaweiTokenCredentials.of("new"), null, null);

        assertThat(signed.headers()).filteredOn(h -> h.name().equalsIgnoreCase("X-Auth-Token"))
                .containsExactly(new NameValue("X-Auth-Token", "new"));
        assertThat(signed.header("Authorization")).isNull();
        assertThat(stale.headers()).isEqualTo(before);
    }
}
