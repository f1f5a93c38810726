package dev.migsdk.oms.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.migsdk.core.auth.HuaweiAkSkCredentials;
import dev.migsdk.oms.OmsClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** OMS is regional: {@code oms.<region>.myhuaweicloud.com}. */
class OmsEndpointTest {

    @ParameterizedTest
    @ValueSource(strings = {"cn-north-4", "cn-east-3", "ap-southeast-1", "la-south-2", "af-south-1"})
    void usesTheRegionsHost(String region) {
        assertThat(OmsOperations.SERVICE.endpointRule().host(region)).isEqualTo("oms." + region + ".myhuaweicloud.com");
    }

    @Test
    void needsARegionOrAnEndpointOverride() {
        assertThat(OmsOperations.SERVICE.endpointRule().host(null)).isNull();
        assertThatThrownBy(() -> OmsClient.builder().credentials(HuaweiAkSkCredentials.of("ak", "sk")).build())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("region");
    }
}
