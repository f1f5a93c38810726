package dev.migsdk.opentelemetry;

import io.opentelemetry.api.metrics.DoubleHistogram;
import io.opentelemetry.api.metrics.LongCounter;
import io.opentelemetry.api.metrics.LongHistogram;
import io.opentelemetry.api.metrics.Meter;
import java.util.List;

/** The instruments one {@link MigsdkTelemetry} records to. */
final class Instruments {
    /** The HTTP semantic conventions' advice for request durations, in seconds. */
    private static final List<Double> DURATION_BUCKETS = List.of(0.005, 0.01, 0.025, 0.05, 0.075, 0.1, 0.25, 0.5,
            0.75, 1.0, 2.5, 5.0, 7.5, 10.0, 30.0, 60.0, 120.0);
    private static final List<Long> ATTEMPT_BUCKETS = List.of(1L, 2L, 3L, 4L, 5L, 10L);

    final DoubleHistogram callDuration;
    final LongHistogram attempts;
    final LongCounter throttles;
    final DoubleHistogram httpRequestDuration;

    Instruments(Meter meter) {
        callDuration = meter.histogramBuilder("migsdk.client.call.duration")
                .setDescription("Duration of migsdk calls, from the start of the call to its result or failure,"
                        + " retries and backoff included")
                .setUnit("s").setExplicitBucketBoundariesAdvice(DURATION_BUCKETS).build();
        attempts = meter.histogramBuilder("migsdk.client.call.attempts")
                .setDescription("HTTP attempts one migsdk call made").setUnit("{attempt}").ofLongs()
                .setExplicitBucketBoundariesAdvice(ATTEMPT_BUCKETS).build();
        throttles = meter.counterBuilder("migsdk.client.throttles")
                .setDescription("Attempts the service refused with a throttling answer").setUnit("{attempt}").build();
        httpRequestDuration = meter.histogramBuilder("http.client.request.duration")
                .setDescription("Duration of HTTP client requests.")
                .setUnit("s").setExplicitBucketBoundariesAdvice(DURATION_BUCKETS).build();
    }
}
