package dev.migsdk.opentelemetry;

import dev.migsdk.core.interceptor.ExecutionInterceptor;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.metrics.Meter;
import io.opentelemetry.api.metrics.MeterBuilder;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.api.trace.TracerBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.util.Objects;
import java.util.Properties;

/**
 * OpenTelemetry traces and metrics for migsdk clients. Each call becomes a {@code CLIENT} span named
 * {@code SERVICE/Operation} (e.g. {@code SMC/DeleteReplicationJob}) with one child {@code CLIENT} span per
 * HTTP attempt, and is measured by the call-duration, attempts, throttles and HTTP request-duration
 * instruments. Register one interceptor with each client builder:
 * <pre>{@code
 * MigsdkTelemetry telemetry = MigsdkTelemetry.create(openTelemetry);
 * SmcClient smc = SmcClient.builder().addInterceptor(telemetry.newInterceptor()).build();
 * }</pre>
 *
 * <p>The call span's parent is the context current on the thread that starts the call. Trace context
 * is not sent to the services: requests are signed before interceptors see them. No header value,
 * query string, body or exception message is recorded, so no secret, signature or token can reach a
 * span or a metric. Thread-safe; the README's "Telemetry" section lists every span attribute and
 * instrument.
 */
public final class MigsdkTelemetry {
    /** Instrumentation scope of the tracer and meter. */
    static final String SCOPE = "dev.migsdk.opentelemetry";
    private static final String VERSION = readVersion();

    private final Tracer tracer;
    private final Instruments instruments;

    private MigsdkTelemetry(OpenTelemetry openTelemetry) {
        TracerBuilder tracerBuilder = openTelemetry.getTracerProvider().tracerBuilder(SCOPE);
        MeterBuilder meterBuilder = openTelemetry.getMeterProvider().meterBuilder(SCOPE);
        if (VERSION != null) {
            tracerBuilder.setInstrumentationVersion(VERSION);
            meterBuilder.setInstrumentationVersion(VERSION);
        }
        Meter meter = meterBuilder.build();
        this.tracer = tracerBuilder.build();
        this.instruments = new Instruments(meter);
    }

    /** Telemetry that reports to {@code openTelemetry}'s tracer and meter providers. */
    public static MigsdkTelemetry create(OpenTelemetry openTelemetry) {
        return new MigsdkTelemetry(Objects.requireNonNull(openTelemetry, "openTelemetry"));
    }

    /**
     * An interceptor to pass to a client builder's {@code addInterceptor}. One interceptor may serve many
     * clients, sync and async.
     */
    public ExecutionInterceptor newInterceptor() {
        return new TelemetryInterceptor(tracer, instruments);
    }

    @Override
    public String toString() {
        return "MigsdkTelemetry";
    }

    private static String readVersion() {
        try (InputStream in = MigsdkTelemetry.class.getResourceAsStream("version.properties")) {
            if (in == null) {
                return null;
            }
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version");
        } catch (IOException e) {
            return null;
        }
    }
}
