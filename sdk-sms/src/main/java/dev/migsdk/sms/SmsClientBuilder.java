package dev.migsdk.sms;

import dev.migsdk.core.client.HuaweiClientBuilder;

/** Builds an {@link SmsClient}; see {@link HuaweiClientBuilder} for the settings and their defaults. */
public interface SmsClientBuilder extends HuaweiClientBuilder<SmsClientBuilder> {

    /** Checks the settings and builds the client. */
    SmsClient build();
}
