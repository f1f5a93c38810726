package dev.migsdk.dts;

import dev.migsdk.core.client.AlibabaClientBuilder;

/** Builds a {@link DtsAsyncClient}; see {@link AlibabaClientBuilder} for the settings and their defaults. */
public interface DtsAsyncClientBuilder extends AlibabaClientBuilder<DtsAsyncClientBuilder> {

    /** Checks the settings and builds the client. */
    DtsAsyncClient build();
}
