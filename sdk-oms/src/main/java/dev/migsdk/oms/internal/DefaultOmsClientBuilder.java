package dev.migsdk.oms.internal;

import dev.migsdk.core.internal.client.HuaweiBaseClientBuilder;
import dev.migsdk.oms.OmsClient;
import dev.migsdk.oms.OmsClientBuilder;

/** The {@link OmsClientBuilder} behind {@link OmsClient#builder()}. Internal API. */
public final class DefaultOmsClientBuilder extends HuaweiBaseClientBuilder<OmsClientBuilder>
        implements OmsClientBuilder {

    @Override
    public OmsClient build() {
        return new DefaultOmsClient(buildRuntime(OmsOperations.SERVICE));
    }
}
