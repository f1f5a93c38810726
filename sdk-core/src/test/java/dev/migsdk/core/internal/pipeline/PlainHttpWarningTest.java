package dev.migsdk.core.internal.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migsdk.core.auth.AlibabaCredentials;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The plain-HTTP warning is logged when the client is built, naming the client and the endpoint and no
 * secret. The test's SLF4J back end (slf4j-simple) writes to {@code System.err}.
 */
class PlainHttpWarningTest {

    @Test
    void aPlainHttpClientIsWarnedAboutWhenItIsBuilt() {
        PrintStream originalErr = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            TestClients.alibaba().credentials(AlibabaCredentials.of("LTAIexample", "secret-value"))
                    .endpointOverride(URI.create("http://127.0.0.1:9")).allowPlainHttp(true).build().close();
        } finally {
            System.setErr(originalErr);
        }
        String log = captured.toString(StandardCharsets.UTF_8);
        assertThat(log).contains("WARN").contains("TST client uses plain HTTP to http://127.0.0.1:9")
                .doesNotContain("secret-value");
    }
}
