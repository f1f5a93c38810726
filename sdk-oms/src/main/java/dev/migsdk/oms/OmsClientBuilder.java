package dev.migsdk.oms;

import dev.migsdk.core.client.HuaweiClientBuilder;
import dev.migsdk.oms.internal.DefaultOmsClient;
import dev.migsdk.oms.internal.OmsOperations;

/** Builds an {@link OmsClient}; see {@link HuaweiClientBuilder} for the settings. */
public final class OmsClientBuilder extends HuaweiClientBuilder<OmsClientBuilder> {
    OmsClientBuilder() {
    }

    /** Checks the settings and builds the client. */
    public OmsClient build() {
        return new DefaultOmsClient(buildRuntime(OmsOperations.SERVICE));
    }
}
