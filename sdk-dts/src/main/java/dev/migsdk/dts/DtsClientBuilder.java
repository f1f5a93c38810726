package dev.migsdk.dts;

import dev.migsdk.core.client.AlibabaClientBuilder;
import dev.migsdk.dts.internal.DefaultDtsClient;
import dev.migsdk.dts.internal.DtsOperations;

/** Builds an {@link DtsClient}; see {@link AlibabaClientBuilder} for the settings. */
public final class DtsClientBuilder extends AlibabaClientBuilder<DtsClientBuilder> {
    DtsClientBuilder() {
    }

    /** Checks the settings and builds the client. */
    public DtsClient build() {
        return new DefaultDtsClient(buildRuntime(DtsOperations.SERVICE));
    }
}
