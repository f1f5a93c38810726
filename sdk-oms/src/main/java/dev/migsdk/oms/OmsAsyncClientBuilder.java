package dev.migsdk.oms;

import dev.migsdk.core.client.HuaweiClientBuilder;
import dev.migsdk.oms.internal.DefaultOmsAsyncClient;
import dev.migsdk.oms.internal.OmsOperations;

/** Builds an {@link OmsAsyncClient}; see {@link HuaweiClientBuilder} for the settings. */
public final class OmsAsyncClientBuilder extends HuaweiClientBuilder<OmsAsyncClientBuilder> {
    OmsAsyncClientBuilder() {
    }

    /** Checks the settings and builds the client. */
    public OmsAsyncClient build() {
        return new DefaultOmsAsyncClient(buildRuntime(OmsOperations.SERVICE));
    }
}
