package dev.migsdk.dts;

import dev.migsdk.core.client.AlibabaClientBuilder;
import dev.migsdk.dts.internal.DefaultDtsAsyncClient;
import dev.migsdk.dts.internal.DtsOperations;

/** Builds an {@link DtsAsyncClient}; see {@link AlibabaClientBuilder} for the settings. */
public final class DtsAsyncClientBuilder extends AlibabaClientBuilder<DtsAsyncClientBuilder> {
    DtsAsyncClientBuilder() {
    }

    /** Checks the settings and builds the client. */
    public DtsAsyncClient build() {
        return new DefaultDtsAsyncClient(buildRuntime(DtsOperations.SERVICE));
    }
}
