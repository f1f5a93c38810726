package dev.migsdk.dts.internal;

import dev.migsdk.core.internal.client.AlibabaBaseClientBuilder;
import dev.migsdk.dts.DtsAsyncClient;
import dev.migsdk.dts.DtsAsyncClientBuilder;

/** The {@link DtsAsyncClientBuilder} behind {@link DtsAsyncClient#builder()}. Internal API. */
public final class DefaultDtsAsyncClientBuilder extends AlibabaBaseClientBuilder<DtsAsyncClientBuilder>
        implements DtsAsyncClientBuilder {

    @Override
    public DtsAsyncClient build() {
        return new DefaultDtsAsyncClient(buildRuntime(DtsOperations.SERVICE));
    }
}
