package dev.migsdk.oms;

import dev.migsdk.core.client.HuaweiClientBuilder;

/** Builds an {@link OmsClient}; see {@link HuaweiClientBuilder} for the settings and their defaults. */
public interface OmsClientBuilder extends HuaweiClientBuilder<OmsClientBuilder> {

    /** Checks the settings and builds the client. */
    OmsClient build();
}
