package dev.migsdk.smc.internal;

import dev.migsdk.core.internal.client.AlibabaBaseClientBuilder;
import dev.migsdk.smc.SmcAsyncClient;
import dev.migsdk.smc.SmcAsyncClientBuilder;

/** The {@link SmcAsyncClientBuilder} behind {@link SmcAsyncClient#builder()}. Internal API. */
public final class DefaultSmcAsyncClientBuilder extends AlibabaBaseClientBuilder<SmcAsyncClientBuilder>
        implements SmcAsyncClientBuilder {

    @Override
    public SmcAsyncClient build() {
        return new DefaultSmcAsyncClient(buildRuntime(SmcOperations.SERVICE));
    }
}
