package dev.migsdk.oms.internal;

import dev.migsdk.core.internal.client.HuaweiBaseClientBuilder;
import dev.migsdk.oms.OmsAsyncClient;
import dev.migsdk.oms.OmsAsyncClientBuilder;

/** The {@link OmsAsyncClientBuilder} behind {@link OmsAsyncClient#builder()}. Internal API. */
public final class DefaultOmsAsyncClientBuilder extends HuaweiBaseClientBuilder<OmsAsyncClientBuilder>
        implements OmsAsyncClientBuilder {

    @Override
    public OmsAsyncClient build() {
        return new DefaultOmsAsyncClient(buildRuntime(OmsOperations.SERVICE));
    }
}
