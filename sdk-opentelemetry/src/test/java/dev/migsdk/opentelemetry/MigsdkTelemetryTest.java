package dev.migsdk.opentelemetry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.migsdk.core.auth.AlibabaSignatureAlgorithm;
import dev.migsdk.core.auth.HuaweiTokenCredentials;
import dev.migsdk.core.exception.InvalidStatusException;
import dev.migsdk.core.exception.ThrottlingException;
import dev.migsdk.core.exception.TransportException;
import dev.migsdk.core.interceptor.ExecutionInterceptor;
import dev.migsdk.oms.OmsClient;
import dev.migsdk.smc.SmcAsyncClient;
import dev.migsdk.smc.SmcClient;
import dev.migsdk.smc.model.DeleteReplicationJobResponse;
import dev.migsdk.testkit.EmulatedService;
import dev.migsdk.testkit.MigrationEmulator;
import dev.migsdk.testkit.OmsTaskStatus;
import dev.migsdk.testkit.SmcBusinessStatus;
import dev.migsdk.testkit.SmcJobStatus;
import dev.migsdk.testkit.VirtualClock;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.context.Scope;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.metrics.SdkMeterProvider;
import io.opentelemetry.sdk.metrics.data.HistogramPointData;
import io.opentelemetry.sdk.metrics.data.LongPointData;
import io.opentelemetry.sdk.metrics.data.MetricData;
import io.opentelemetry.sdk.testing.exporter.InMemoryMetricReader;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Spans and metrics of real calls against the emulator, read back from the SDK's in-memory exporter and reader. */
class MigsdkTelemetryTest {
    private static final String ALIBABA_ID = "LTAI5tTelemetryTest0001";
    private static final String ALIBABA_SECRET = "TelemetryAlibabaSecretNeverExported01";
    private static final String HUAWEI_AK = "TELEMETRYTESTAK00001";
    private static final String HUAWEI_SK = "TelemetryHuaweiSecretKeyNeverExported0001";

    private InMemorySpanExporter spans;
    private InMemoryMetricReader metrics;
    private OpenTelemetrySdk otel;
    private MigrationEmulator emulator;
    private ExecutionInterceptor telemetry;

    @BeforeEach
    void setUp() {
        spans = InMemorySpanExporter.create();
        metrics = InMemoryMetricReader.create();
        otel = OpenTelemetrySdk.builder()
                .setTracerProvider(SdkTracerProvider.builder().addSpanProcessor(SimpleSpanProcessor.create(spans))
                        .build())
                .setMeterProvider(SdkMeterProvider.builder().registerMetricReader(metrics).build())
                .build();
        emulator = MigrationEmulator.builder().clock(VirtualClock.startingNow())
                .alibabaCredentials(ALIBABA_ID, ALIBABA_SECRET).huaweiCredentials(HUAWEI_AK, HUAWEI_SK).start();
        telemetry = MigsdkTelemetry.create(otel).newInterceptor();
    }

    @AfterEach
    void tearDown() {
        emulator.close();
        otel.close();
    }

    @Test
    void aCallIsOneClientSpanWithAChildSpanPerAttempt() {
        emulator.smc().addJob("j-stopped", SmcJobStatus.STOPPED, SmcBusinessStatus.SYNCING);
        SmcClient smc = emulator.smcClient(b -> b.addInterceptor(telemetry));

        DeleteReplicationJobResponse response = smc.deleteReplicationJob(r -> r.jobId("j-stopped"));

        assertThat(spans.getFinishedSpanItems()).hasSize(2);
        SpanData call = callSpan();
        assertThat(call.getName()).isEqualTo("SMC/DeleteReplicationJob");
        assertThat(call.getKind()).isEqualTo(SpanKind.CLIENT);
        assertThat(call.getStatus().getStatusCode()).isEqualTo(StatusCode.UNSET);
        assertThat(call.getParentSpanContext().isValid()).isFalse();
        assertThat(call.getAttributes().asMap()).containsOnly(
                entry("rpc.system", "alibaba_cloud"), entry("rpc.service", "SMC"),
                entry("rpc.method", "DeleteReplicationJob"), entry("server.address", "127.0.0.1"),
                entry("server.port", (long) emulator.port()), entry("migsdk.attempts", 1L),
                entry("migsdk.request_id", response.requestId()), entry("http.response.status_code", 200L));
        assertThat(call.getInstrumentationScopeInfo().getName()).isEqualTo("dev.migsdk.opentelemetry");
        assertThat(call.getInstrumentationScopeInfo().getVersion()).isNotBlank();

        SpanData attempt = attemptSpans().get(0);
        assertThat(attempt.getName()).isEqualTo("POST");
        assertThat(attempt.getKind()).isEqualTo(SpanKind.CLIENT);
        assertThat(attempt.getTraceId()).isEqualTo(call.getTraceId());
        assertThat(attempt.getParentSpanId()).isEqualTo(call.getSpanId());
        assertThat(attempt.getStatus().getStatusCode()).isEqualTo(StatusCode.UNSET);
        assertThat(attempt.getAttributes().asMap()).containsOnly(
                entry("http.request.method", "POST"), entry("server.address", "127.0.0.1"),
                entry("server.port", (long) emulator.port()), entry("url.full", emulator.endpoint() + "/"),
                entry("http.response.status_code", 200L), entry("migsdk.request_id", response.requestId()));

        Attributes rpc = Attributes.builder().put("rpc.system", "alibaba_cloud").put("rpc.service", "SMC")
                .put("rpc.method", "DeleteReplicationJob").build();
        Collection<MetricData> all = metrics.collectAllMetrics();
        assertThat(histogram(all, "migsdk.client.call.duration")).singleElement().satisfies(p -> {
            assertThat(p.getAttributes()).isEqualTo(rpc);
            assertThat(p.getCount()).isEqualTo(1);
            assertThat(p.getSum()).isPositive();
        });
        assertThat(histogram(all, "migsdk.client.call.attempts")).singleElement().satisfies(p -> {
            assertThat(p.getAttributes()).isEqualTo(rpc);
            assertThat(p.getSum()).isEqualTo(1.0);
        });
        assertThat(histogram(all, "http.client.request.duration")).singleElement().satisfies(p -> {
            assertThat(p.getAttributes()).isEqualTo(Attributes.builder().put("http.request.method", "POST")
                    .put("server.address", "127.0.0.1").put("server.port", (long) emulator.port())
                    .put("http.response.status_code", 200L).build());
            assertThat(p.getCount()).isEqualTo(1);
        });
        assertThat(all).extracting(MetricData::getName).doesNotContain("migsdk.client.throttles");
        assertThat(metric(all, "migsdk.client.call.duration").getUnit()).isEqualTo("s");
    }

    @Test
    void theCallSpanIsAChildOfTheSpanCurrentWhenTheCallStarts() {
        emulator.smc().addJob("j-stopped", SmcJobStatus.STOPPED, SmcBusinessStatus.SYNCING);
        SmcClient smc = emulator.smcClient(b -> b.addInterceptor(telemetry));
        Span outer = otel.getTracer("test").spanBuilder("outer").startSpan();
        try (Scope ignored = outer.makeCurrent()) {
            smc.deleteReplicationJob(r -> r.jobId("j-stopped"));
        } finally {
            outer.end();
        }

        SpanData call = callSpan();
        assertThat(call.getTraceId()).isEqualTo(outer.getSpanContext().getTraceId());
        assertThat(call.getParentSpanId()).isEqualTo(outer.getSpanContext().getSpanId());
        assertThat(attemptSpans()).singleElement().extracting(SpanData::getParentSpanId).isEqualTo(call.getSpanId());
    }

    @Test
    void aRetriedCallHasOneAttemptSpanPerAttempt() {
        emulator.smc().addJob("j-stopped", SmcJobStatus.STOPPED, SmcBusinessStatus.SYNCING);
        emulator.faults().failNext(EmulatedService.SMC, 1);
        SmcClient smc = emulator.smcClient(b -> b.addInterceptor(telemetry));

        smc.deleteReplicationJob(r -> r.jobId("j-stopped"));

        SpanData call = callSpan();
        assertThat(call.getStatus().getStatusCode()).isEqualTo(StatusCode.UNSET);
        assertThat(call.getAttributes().get(AttributeKey.longKey("migsdk.attempts"))).isEqualTo(2L);
        List<SpanData> attempts = attemptSpans();
        assertThat(attempts).hasSize(2).allSatisfy(a -> assertThat(a.getParentSpanId()).isEqualTo(call.getSpanId()));
        SpanData first = attempts.get(0);
        assertThat(first.getStatus().getStatusCode()).isEqualTo(StatusCode.ERROR);
        assertThat(first.getAttributes().get(AttributeKey.longKey("http.response.status_code"))).isEqualTo(503L);
        assertThat(first.getAttributes().get(AttributeKey.stringKey("error.type"))).isEqualTo("503");
        assertThat(first.getAttributes().get(AttributeKey.longKey("http.request.resend_count"))).isNull();
        SpanData second = attempts.get(1);
        assertThat(second.getStatus().getStatusCode()).isEqualTo(StatusCode.UNSET);
        assertThat(second.getAttributes().get(AttributeKey.longKey("http.response.status_code"))).isEqualTo(200L);
        assertThat(second.getAttributes().get(AttributeKey.longKey("http.request.resend_count"))).isEqualTo(1L);
        assertThat(second.getAttributes().get(AttributeKey.stringKey("error.type"))).isNull();

        Collection<MetricData> all = metrics.collectAllMetrics();
        assertThat(histogram(all, "migsdk.client.call.attempts")).singleElement()
                .satisfies(p -> assertThat(p.getSum()).isEqualTo(2.0));
        assertThat(histogram(all, "http.client.request.duration")).hasSize(2)
                .extracting(p -> p.getAttributes().get(AttributeKey.stringKey("error.type")))
                .containsExactlyInAnyOrder("503", null);
    }

    @Test
    void aHuawei429IsCountedAsAThrottleEvenWhenTheRetrySucceeds() {
        emulator.oms().addTask(1234567890123L, OmsTaskStatus.STOPPED);
        emulator.faults().throttleNext(EmulatedService.OMS, 1);
        OmsClient oms = emulator.omsClient(b -> b.addInterceptor(telemetry));

        oms.deleteTask(r -> r.taskId(1234567890123L));

        SpanData call = callSpan();
        assertThat(call.getName()).isEqualTo("OMS/DeleteTask");
        assertThat(call.getAttributes().get(AttributeKey.stringKey("rpc.system"))).isEqualTo("huawei_cloud");
        assertThat(attemptSpans()).extracting(a -> a.getAttributes().get(AttributeKey.stringKey("error.type")))
                .containsExactly("429", null);
        assertThat(attemptSpans().get(0).getName()).isEqualTo("DELETE");
        assertThat(throttles(metrics.collectAllMetrics())).singleElement().satisfies(p -> {
            assertThat(p.getValue()).isEqualTo(1);
            assertThat(p.getAttributes()).isEqualTo(Attributes.builder().put("rpc.system", "huawei_cloud")
                    .put("rpc.service", "OMS").put("rpc.method", "DeleteTask").build());
        });
    }

    @Test
    void aCallThrottledOnEveryAttemptFailsWithTheThrottleInItsSpanAndEveryThrottleCounted() {
        emulator.smc().addJob("j-stopped", SmcJobStatus.STOPPED, SmcBusinessStatus.SYNCING);
        emulator.faults().throttleNext(EmulatedService.SMC, 3); // Alibaba: HTTP 400 Throttling.User
        SmcClient smc = emulator.smcClient(b -> b.addInterceptor(telemetry));

        ThrottlingException e = (ThrottlingException) org.assertj.core.api.Assertions.catchThrowable(
                () -> smc.deleteReplicationJob(r -> r.jobId("j-stopped")));

        assertThat(e).isNotNull();
        SpanData call = callSpan();
        assertThat(call.getStatus().getStatusCode()).isEqualTo(StatusCode.ERROR);
        assertThat(call.getAttributes().get(AttributeKey.stringKey("error.type")))
                .isEqualTo("dev.migsdk.core.exception.ThrottlingException");
        assertThat(call.getAttributes().get(AttributeKey.stringKey("migsdk.error_code"))).isEqualTo("Throttling.User");
        assertThat(call.getAttributes().get(AttributeKey.stringKey("migsdk.request_id"))).isEqualTo(e.requestId());
        assertThat(call.getAttributes().get(AttributeKey.longKey("migsdk.attempts"))).isEqualTo(3L);
        assertThat(call.getAttributes().get(AttributeKey.longKey("http.response.status_code"))).isEqualTo(400L);
        assertThat(attemptSpans()).hasSize(3);

        Collection<MetricData> all = metrics.collectAllMetrics();
        assertThat(throttles(all)).singleElement().satisfies(p -> assertThat(p.getValue()).isEqualTo(3));
        assertThat(histogram(all, "migsdk.client.call.duration")).singleElement()
                .satisfies(p -> assertThat(p.getAttributes().get(AttributeKey.stringKey("error.type")))
                        .isEqualTo("dev.migsdk.core.exception.ThrottlingException"));
    }

    @Test
    void aRefusedCallCarriesErrorTypeErrorCodeAndRequestId() {
        emulator.smc().addJob("j-running", SmcJobStatus.RUNNING, SmcBusinessStatus.SYNCING);
        SmcClient smc = emulator.smcClient(b -> b.addInterceptor(telemetry));

        InvalidStatusException e = (InvalidStatusException) org.assertj.core.api.Assertions.catchThrowable(
                () -> smc.deleteReplicationJob(r -> r.jobId("j-running")));

        assertThat(e).isNotNull();
        SpanData call = callSpan();
        assertThat(call.getStatus().getStatusCode()).isEqualTo(StatusCode.ERROR);
        assertThat(call.getAttributes().asMap()).contains(
                entry("error.type", "dev.migsdk.core.exception.InvalidStatusException"),
                entry("migsdk.error_code", "ReplicationJob.InvalidStatus"),
                entry("migsdk.request_id", e.requestId()), entry("migsdk.attempts", 1L),
                entry("http.response.status_code", (long) e.httpStatus()));
        assertThat(attemptSpans()).singleElement().satisfies(a -> {
            assertThat(a.getStatus().getStatusCode()).isEqualTo(StatusCode.ERROR);
            assertThat(a.getAttributes().get(AttributeKey.stringKey("error.type")))
                    .isEqualTo(Integer.toString(e.httpStatus()));
        });
        assertThat(throttles(metrics.collectAllMetrics())).isEmpty();
    }

    @Test
    void anAttemptWithoutAnswerHasTheFailuresTypeAndNoStatusCode() {
        emulator.smc().addJob("j-stopped", SmcJobStatus.STOPPED, SmcBusinessStatus.SYNCING);
        emulator.faults().dropConnectionNext(EmulatedService.SMC, 3);
        SmcClient smc = emulator.smcClient(b -> b.addInterceptor(telemetry));

        assertThatThrownBy(() -> smc.deleteReplicationJob(r -> r.jobId("j-stopped")))
                .isInstanceOf(TransportException.class);

        assertThat(attemptSpans()).hasSize(3).allSatisfy(a -> {
            assertThat(a.getStatus().getStatusCode()).isEqualTo(StatusCode.ERROR);
            assertThat(a.getAttributes().get(AttributeKey.stringKey("error.type")))
                    .isEqualTo("dev.migsdk.core.exception.TransportException");
            assertThat(a.getAttributes().get(AttributeKey.longKey("http.response.status_code"))).isNull();
        });
        assertThat(callSpan().getAttributes().get(AttributeKey.stringKey("error.type")))
                .isEqualTo("dev.migsdk.core.exception.TransportException");
    }

    @Test
    void anAsyncCallHasTheSameSpans() {
        emulator.smc().addJob("j-stopped", SmcJobStatus.STOPPED, SmcBusinessStatus.SYNCING);
        SmcAsyncClient smc = emulator.smcAsyncClient(b -> b.addInterceptor(telemetry));

        DeleteReplicationJobResponse response = smc.deleteReplicationJob(r -> r.jobId("j-stopped")).join();

        SpanData call = callSpan();
        assertThat(call.getName()).isEqualTo("SMC/DeleteReplicationJob");
        assertThat(call.getAttributes().get(AttributeKey.stringKey("migsdk.request_id")))
                .isEqualTo(response.requestId());
        assertThat(attemptSpans()).singleElement().extracting(SpanData::getParentSpanId).isEqualTo(call.getSpanId());
    }

    @Test
    void noSecretSignatureOrTokenReachesAnyAttribute() {
        emulator.smc().addJob("j-1", SmcJobStatus.STOPPED, SmcBusinessStatus.SYNCING);
        emulator.smc().addJob("j-2", SmcJobStatus.STOPPED, SmcBusinessStatus.SYNCING);
        emulator.smc().addJob("j-running", SmcJobStatus.RUNNING, SmcBusinessStatus.SYNCING);
        emulator.oms().addTask(1L, OmsTaskStatus.STOPPED);
        emulator.oms().addTask(2L, OmsTaskStatus.STOPPED);
        HuaweiTokenCredentials token = emulator.issueHuaweiTokenCredentials();
        SmcClient v3 = emulator.smcClient(b -> b.addInterceptor(telemetry));
        SmcClient v1 = emulator.smcClient(b -> b.addInterceptor(telemetry)
                .signatureAlgorithm(AlibabaSignatureAlgorithm.RPC_HMAC_SHA1)); // Signature in the query
        OmsClient akSk = emulator.omsClient(b -> b.addInterceptor(telemetry));
        OmsClient withToken = emulator.omsClient(b -> b.addInterceptor(telemetry).credentials(token));

        emulator.faults().throttleNext(EmulatedService.SMC, 1);
        v3.deleteReplicationJob(r -> r.jobId("j-1"));
        v1.deleteReplicationJob(r -> r.jobId("j-2"));
        assertThatThrownBy(() -> v1.deleteReplicationJob(r -> r.jobId("j-running")))
                .isInstanceOf(InvalidStatusException.class);
        akSk.deleteTask(r -> r.taskId(1L));
        withToken.deleteTask(r -> r.taskId(2L));

        List<String> values = new ArrayList<>();
        for (SpanData span : spans.getFinishedSpanItems()) {
            span.getAttributes().forEach((k, v) -> values.add(k.getKey() + "=" + v));
            values.add(span.getName());
            values.add(String.valueOf(span.getStatus().getDescription()));
            span.getEvents().forEach(e -> values.add(e.getName() + e.getAttributes()));
        }
        for (MetricData metric : metrics.collectAllMetrics()) {
            metric.getData().getPoints().forEach(p -> p.getAttributes().forEach((k, v) -> values.add(k + "=" + v)));
        }
        assertThat(spans.getFinishedSpanItems()).hasSize(11); // 5 calls, 6 attempts
        Pattern hexDigest = Pattern.compile("[0-9a-fA-F]{40,}");
        assertThat(values).isNotEmpty().allSatisfy(v -> {
            assertThat(v).doesNotContain(ALIBABA_SECRET, HUAWEI_SK, token.token(), ALIBABA_ID, HUAWEI_AK,
                    "Signature", "signature", "Credential", "Authorization", "Access", "Token", "***", "?");
            assertThat(hexDigest.matcher(v).find()).as("a digest-like value in %s", v).isFalse();
        });
    }

    // ------------------------------------------------------------------------------------------ helpers

    private SpanData callSpan() {
        List<SpanData> calls = spans.getFinishedSpanItems().stream().filter(s -> s.getName().contains("/")).toList();
        assertThat(calls).hasSize(1);
        return calls.get(0);
    }

    private List<SpanData> attemptSpans() {
        return spans.getFinishedSpanItems().stream()
                .filter(s -> s.getInstrumentationScopeInfo().getName().equals(MigsdkTelemetry.SCOPE))
                .filter(s -> !s.getName().contains("/"))
                .sorted(Comparator.comparingLong(SpanData::getStartEpochNanos)).toList();
    }

    private static MetricData metric(Collection<MetricData> all, String name) {
        return all.stream().filter(m -> m.getName().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no metric " + name + " in " + all));
    }

    private static Collection<HistogramPointData> histogram(Collection<MetricData> all, String name) {
        return metric(all, name).getHistogramData().getPoints();
    }

    private static Collection<LongPointData> throttles(Collection<MetricData> all) {
        return all.stream().filter(m -> m.getName().equals("migsdk.client.throttles"))
                .flatMap(m -> m.getLongSumData().getPoints().stream()).toList();
    }

    private static java.util.Map.Entry<AttributeKey<?>, Object> entry(String key, String value) {
        return java.util.Map.entry(AttributeKey.stringKey(key), value);
    }

    private static java.util.Map.Entry<AttributeKey<?>, Object> entry(String key, long value) {
        return java.util.Map.entry(AttributeKey.longKey(key), value);
    }
}
