package dev.migsdk.smc.internal;

import dev.migsdk.core.internal.client.AlibabaBaseClientBuilder;
import dev.migsdk.smc.SmcClient;
import dev.migsdk.smc.SmcClientBuilder;

/** The {@link SmcClientBuilder} behind {@link SmcClient#builder()}. Internal API. */
public final class DefaultSmcClientBuilder extends AlibabaBaseClientBuilder<SmcClientBuilder>
        implements SmcClientBuilder {

    @Override
    public SmcClient build() {
        return new DefaultSmcClient(buildRuntime(SmcOperations.SERVICE));
    }
}
