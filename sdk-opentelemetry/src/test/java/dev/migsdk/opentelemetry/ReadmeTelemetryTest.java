package dev.migsdk.opentelemetry;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migsdk.core.interceptor.ExecutionInterceptor;
import dev.migsdk.oms.OmsClient;
import dev.migsdk.smc.SmcClient;
import dev.migsdk.testkit.MigrationEmulator;
import dev.migsdk.testkit.SmcBusinessStatus;
import dev.migsdk.testkit.SmcJobStatus;
import io.opentelemetry.api.GlobalOpenTelemetry;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The README's telemetry snippet, compiled and run against the emulator. The code between the {@code README:}
 * markers must appear verbatim in the README (checked below).
 */
class ReadmeTelemetryTest {

    // README:telemetry-begin
    public static void main(String[] args) {
        OpenTelemetry openTelemetry = GlobalOpenTelemetry.get(); // or the OpenTelemetrySdk your application built
        ExecutionInterceptor telemetry = MigsdkTelemetry.create(openTelemetry).newInterceptor(); // one for all clients
        try (SmcClient smc = SmcClient.builder().addInterceptor(telemetry).build();
             OmsClient oms = OmsClient.builder().region("cn-north-4").addInterceptor(telemetry).build()) {
            smc.deleteReplicationJob(r -> r.jobId("j-bp17m1vi6x21qhqk1234")); // span "SMC/DeleteReplicationJob"
            oms.deleteTask(r -> r.taskId(1234567890123L));                    // span "OMS/DeleteTask"
        }
    }
    // README:telemetry-end

    @Test
    void theSnippetsInterceptorTracesAClient() {
        InMemorySpanExporter spans = InMemorySpanExporter.create();
        try (OpenTelemetrySdk openTelemetry = OpenTelemetrySdk.builder().setTracerProvider(SdkTracerProvider.builder()
                .addSpanProcessor(SimpleSpanProcessor.create(spans)).build()).build();
             MigrationEmulator emulator = MigrationEmulator.start()) {
            emulator.smc().addJob("j-bp17m1vi6x21qhqk1234", SmcJobStatus.STOPPED, SmcBusinessStatus.SYNCING);
            ExecutionInterceptor telemetry = MigsdkTelemetry.create(openTelemetry).newInterceptor();
            SmcClient smc = emulator.smcClient(b -> b.addInterceptor(telemetry));

            smc.deleteReplicationJob(r -> r.jobId("j-bp17m1vi6x21qhqk1234"));

            assertThat(spans.getFinishedSpanItems()).extracting(SpanData::getName)
                    .containsExactlyInAnyOrder("SMC/DeleteReplicationJob", "POST");
        }
    }

    @Test
    void readmeShowsExactlyThisCode() throws IOException {
        String source = Files.readString(Path.of("src/test/java/dev/migsdk/opentelemetry/ReadmeTelemetryTest.java"));
        String snippet = source.substring(source.indexOf("// README:telemetry-begin\n") + 26,
                source.indexOf("    // README:telemetry-end"));
        String readme = Files.readString(Path.of("../README.md"));

        assertThat(readme).contains(snippet);
    }
}
