package dev.migsdk.sms;

import dev.migsdk.core.client.HuaweiClientBuilder;

/** Builds an {@link SmsAsyncClient}; see {@link HuaweiClientBuilder} for the settings and their defaults. */
public interface SmsAsyncClientBuilder extends HuaweiClientBuilder<SmsAsyncClientBuilder> {

    /** Checks the settings and builds the client. */
    SmsAsyncClient build();
}
