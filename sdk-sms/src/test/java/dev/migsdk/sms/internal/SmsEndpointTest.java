package dev.migsdk.sms.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.migsdk.core.auth.HuaweiAkSkCredentials;
import dev.migsdk.sms.SmsClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** SMS endpoints: {@code sms.<region>.myhuaweicloud.com}, except Moscow's {@code sms-api} host. */
class SmsEndpointTest {

    @ParameterizedTest
    @CsvSource({
            "cn-north-4, sms.cn-north-4.myhuaweicloud.com",
            "ap-southeast-1, sms.ap-southeast-1.myhuaweicloud.com",
            "ap-southeast-3, sms.ap-southeast-3.myhuaweicloud.com",
            "my-kualalumpur-1, sms.my-kualalumpur-1.myhuaweicloud.com",
            "ru-moscow-1, sms-api.ru-moscow-1.myhuaweicloud.com",
    })
    void picksTheDocumentedHostForTheRegion(String region, String host) {
        assertThat(SmsOperations.SERVICE.endpointRule().host(region)).isEqualTo(host);
    }

    @Test
    void needsARegionOrAnEndpointOverride() {
        assertThat(SmsOperations.SERVICE.endpointRule().host(null)).isNull();
        assertThatThrownBy(() -> SmsClient.builder().credentials(HuaweiAkSkCredentials.of("ak", "sk")).build())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("region");
    }
}
