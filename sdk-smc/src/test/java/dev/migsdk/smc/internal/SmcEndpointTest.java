package dev.migsdk.smc.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import dev.migsdk.core.auth.AlibabaCredentials;
import dev.migsdk.smc.SmcAsyncClient;
import dev.migsdk.smc.SmcClient;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** SMC is a central service: one endpoint whatever the region. */
class SmcEndpointTest {

    @ParameterizedTest
    @ValueSource(strings = {"cn-hangzhou", "cn-beijing", "cn-wulanchabu", "ap-southeast-1", "eu-central-1"})
    void usesCentralEndpointForEveryRegion(String region) {
        assertThat(SmcOperations.SERVICE.endpointRule().host(region)).isEqualTo("smc.aliyuncs.com");
    }

    @org.junit.jupiter.api.Test
    void needsNoRegion() {
        assertThat(SmcOperations.SERVICE.endpointRule().host(null)).isEqualTo("smc.aliyuncs.com");
        AlibabaCredentials creds = AlibabaCredentials.of("id", "secret");
        assertThatCode(() -> SmcClient.builder().credentials(creds).build().close()).doesNotThrowAnyException();
        assertThatCode(() -> SmcAsyncClient.builder().credentials(creds).build().close()).doesNotThrowAnyException();
    }
}
