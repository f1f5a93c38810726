package dev.migsdk.smc;

import dev.migsdk.core.client.AlibabaClientBuilder;
import dev.migsdk.smc.internal.DefaultSmcAsyncClient;
import dev.migsdk.smc.internal.SmcOperations;

/** Builds an {@link SmcAsyncClient}; see {@link AlibabaClientBuilder} for the settings. */
public final class SmcAsyncClientBuilder extends AlibabaClientBuilder<SmcAsyncClientBuilder> {
    SmcAsyncClientBuilder() {
    }

    /** Checks the settings and builds the client. */
    public SmcAsyncClient build() {
        return new DefaultSmcAsyncClient(buildRuntime(SmcOperations.SERVICE));
    }
}
