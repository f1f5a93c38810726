package dev.migsdk.core.internal.client;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.migsdk.core.auth.AlibabaCredentials;
import dev.migsdk.core.internal.pipeline.TestClients;
import dev.migsdk.core.internal.pipeline.TestClients.AlibabaBuilder;
import java.net.URI;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What the builder checks at {@code build()}. */
class BaseClientBuilderTest {
    private static final AlibabaCredentials ALI = AlibabaCredentials.of("AKID-test", "ali-secret-value");

    @ParameterizedTest
    @ValueSource(strings = {"https://127.0.0.1:0", "https://[::1]:0", "https://example.com:65536",
            "http://127.0.0.1:99999"})
    void endpointOverridePortOutOfRangeIsRefusedAtBuild(String uri) {
        URI endpoint = URI.create(uri);
        AlibabaBuilder b = TestClients.alibaba().credentials(ALI).allowPlainHttp(true).endpointOverride(endpoint);

        assertThatThrownBy(b::build).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("endpointOverride").hasMessageContaining("port")
                .hasMessageContaining(" " + endpoint.getPort() + ":");
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://127.0.0.1:1", "https://127.0.0.1:65535", "https://example.com",
            "https://example.com:443"})
    void endpointOverridePortInRangeOrAbsentIsAccepted(String uri) {
        assertThatCode(() -> TestClients.alibaba().credentials(ALI).endpointOverride(URI.create(uri)).build().close())
                .doesNotThrowAnyException();
    }
}
