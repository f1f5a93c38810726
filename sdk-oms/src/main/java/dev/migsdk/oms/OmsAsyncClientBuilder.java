package dev.migsdk.oms;

import dev.migsdk.core.client.HuaweiClientBuilder;

/** Builds an {@link OmsAsyncClient}; see {@link HuaweiClientBuilder} for the settings and their defaults. */
public interface OmsAsyncClientBuilder extends HuaweiClientBuilder<OmsAsyncClientBuilder> {

    /** Checks the settings and builds the client. */
    OmsAsyncClient build();
}
