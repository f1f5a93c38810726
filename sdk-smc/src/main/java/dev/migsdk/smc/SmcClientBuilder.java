package dev.migsdk.smc;

import dev.migsdk.core.client.AlibabaClientBuilder;

/** Builds an {@link SmcClient}; see {@link AlibabaClientBuilder} for the settings and their defaults. */
public interface SmcClientBuilder extends AlibabaClientBuilder<SmcClientBuilder> {

    /** Checks the settings and builds the client. */
    SmcClient build();
}
