package dev.migsdk.core.client;

/** The body format Alibaba Cloud is asked to answer in ({@code Format} parameter). */
public enum ResponseFormat {
    /** JSON, the default. */
    JSON,
    /** XML. */
    XML
}
