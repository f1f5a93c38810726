package dev.migsdk.core.internal.pipeline;

/** Maps a region id to the service's host name. Internal API. */
@FunctionalInterface
public interface EndpointRule {

    /**
     * The host for {@code region}; {@code region} is {@code null} when none was configured, in which
     * case a central service returns its host and a regional one returns {@code null}.
     */
    String host(String region);
}
