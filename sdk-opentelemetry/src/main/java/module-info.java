/** OpenTelemetry spans and metrics for migsdk clients, on the interceptor SPI. */
module dev.migsdk.opentelemetry {
    requires transitive dev.migsdk.core;
    requires transitive io.opentelemetry.api;
    requires io.opentelemetry.context;

    exports dev.migsdk.opentelemetry;
}
