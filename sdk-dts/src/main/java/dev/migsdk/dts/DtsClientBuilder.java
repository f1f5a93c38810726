package dev.migsdk.dts;

import dev.migsdk.core.client.AlibabaClientBuilder;

/** Builds a {@link DtsClient}; see {@link AlibabaClientBuilder} for the settings and their defaults. */
public interface DtsClientBuilder extends AlibabaClientBuilder<DtsClientBuilder> {

    /** Checks the settings and builds the client. */
    DtsClient build();
}
