package dev.migsdk.dts.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.migsdk.core.auth.AlibabaCredentials;
import dev.migsdk.dts.DtsClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** DTS endpoints per the request-syntax page: regional hosts, the central host, and the finance aliases. */
class DtsEndpointTest {

    @ParameterizedTest
    @CsvSource({
            "cn-beijing, dts.cn-beijing.aliyuncs.com",
            "cn-hangzhou, dts.cn-hangzhou.aliyuncs.com",
            "cn-shanghai, dts.cn-shanghai.aliyuncs.com",
            "cn-hongkong, dts.cn-hongkong.aliyuncs.com",
            "ap-southeast-1, dts.ap-southeast-1.aliyuncs.com",
            "eu-central-1, dts.eu-central-1.aliyuncs.com",
            "me-east-1, dts.me-east-1.aliyuncs.com",
            "cn-wulanchabu, dts.aliyuncs.com",
            "cn-chengdu, dts.aliyuncs.com",
            "cn-beijing-finance-1, dts.aliyuncs.com",
            "cn-hangzhou-finance, dts.cn-hangzhou.aliyuncs.com",
            "cn-shanghai-finance-1, dts.cn-shanghai-finance-1.aliyuncs.com",
            "cn-shenzhen-finance-1, dts.cn-shenzhen-finance-1.aliyuncs.com",
    })
    void picksTheDocumentedHostForTheRegion(String region, String host) {
        assertThat(DtsOperations.SERVICE.endpointRule().host(region)).isEqualTo(host);
    }

    @Test
    void needsARegionOrAnEndpointOverride() {
        assertThat(DtsOperations.SERVICE.endpointRule().host(null)).isNull();
        assertThatThrownBy(() -> DtsClient.builder().credentials(AlibabaCredentials.of("id", "secret")).build())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("region");
    }
}
