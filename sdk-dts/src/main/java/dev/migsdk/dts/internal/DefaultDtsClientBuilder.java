package dev.migsdk.dts.internal;

import dev.migsdk.core.internal.client.AlibabaBaseClientBuilder;
import dev.migsdk.dts.DtsClient;
import dev.migsdk.dts.DtsClientBuilder;

/** The {@link DtsClientBuilder} behind {@link DtsClient#builder()}. Internal API. */
public final class DefaultDtsClientBuilder extends AlibabaBaseClientBuilder<DtsClientBuilder>
        implements DtsClientBuilder {

    @Override
    public DtsClient build() {
        return new DefaultDtsClient(buildRuntime(DtsOperations.SERVICE));
    }
}
