package dev.migsdk.smc;

import dev.migsdk.core.client.AlibabaClientBuilder;
import dev.migsdk.smc.internal.DefaultSmcClient;
import dev.migsdk.smc.internal.SmcOperations;

/** Builds an {@link SmcClient}; see {@link AlibabaClientBuilder} for the settings. */
public final class SmcClientBuilder extends AlibabaClientBuilder<SmcClientBuilder> {
    SmcClientBuilder() {
    }

    /** Checks the settings and builds the client. */
    public SmcClient build() {
        return new DefaultSmcClient(buildRuntime(SmcOperations.SERVICE));
    }
}
