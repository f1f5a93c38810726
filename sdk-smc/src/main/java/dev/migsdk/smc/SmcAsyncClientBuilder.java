package dev.migsdk.smc;

import dev.migsdk.core.client.AlibabaClientBuilder;

/** Builds an {@link SmcAsyncClient}; see {@link AlibabaClientBuilder} for the settings and their defaults. */
public interface SmcAsyncClientBuilder extends AlibabaClientBuilder<SmcAsyncClientBuilder> {

    /** Checks the settings and builds the client. */
    SmcAsyncClient build();
}
