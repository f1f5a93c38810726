package dev.migsdk.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migsdk.http.jdk.JdkHttpTransportFactory;
import dev.migsdk.http.okhttp.OkHttpTransportFactory;
import dev.migsdk.smc.SmcClient;
import dev.migsdk.testkit.MigrationEmulator;
import dev.migsdk.testkit.MigrationEmulatorExtension;
import dev.migsdk.testkit.SmcBusinessStatus;
import dev.migsdk.testkit.SmcJobStatus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The README's "Choosing a transport" code, compiled and run against the emulator on both transports; the code
 * between the {@code README:} markers must appear verbatim in the README.
 */
@ExtendWith(MigrationEmulatorExtension.class)
class ReadmeTransportTest {

    // README:transport-begin
    static SmcClient onTheJdkTransport() {
        return SmcClient.builder()
                .region("cn-hangzhou")
                .httpTransport(new JdkHttpTransportFactory()) // an explicit choice wins over discovery
                .connectTimeout(Duration.ofSeconds(3))        // builder settings apply to either transport
                .build();
    }

    static SmcClient onMyOwnOkHttpClient(OkHttpClient appClient) {
        return SmcClient.builder()
                .region("cn-hangzhou")
                .httpTransport(OkHttpTransportFactory.using(appClient)) // shares its pool, TLS, interceptors
                .build();
    }
    // README:transport-end

    @Test
    void bothSnippetsBuildClients() {
        OkHttpClient app = new OkHttpClient();
        try (SmcClient jdk = onTheJdkTransport(); SmcClient ok = onMyOwnOkHttpClient(app)) {
            assertThat(jdk).isNotNull();
            assertThat(ok).isNotNull();
        } finally {
            app.dispatcher().executorService().shutdown();
        }
    }

    @Test
    void theSameCallsWorkOnEitherTransport(MigrationEmulator emulator) {
        emulator.smc().addJob("j-jdk", SmcJobStatus.STOPPED, SmcBusinessStatus.SYNCING);
        emulator.smc().addJob("j-ok", SmcJobStatus.STOPPED, SmcBusinessStatus.SYNCING);
        try (SmcClient jdk = emulator.smcClient(b -> b.httpTransport(new JdkHttpTransportFactory()));
             SmcClient ok = emulator.smcClient(b -> b.httpTransport(new OkHttpTransportFactory()))) {
            assertThat(jdk.deleteReplicationJob(r -> r.jobId("j-jdk")).requestId()).isNotBlank();
            assertThat(ok.deleteReplicationJob(r -> r.jobId("j-ok")).requestId()).isNotBlank();
        }
        assertThat(emulator.smc().jobs()).isEmpty();
    }

    @Test
    void readmeShowsExactlyThisCode() throws IOException {
        String source = Files.readString(Path.of("src/test/java/dev/migsdk/examples/ReadmeTransportTest.java"));
        String snippet = source.substring(source.indexOf("// README:transport-begin\n") + 26,
                source.indexOf("    // README:transport-end"));
        assertThat(Files.readString(Path.of("../README.md"))).contains(snippet);
    }
}
