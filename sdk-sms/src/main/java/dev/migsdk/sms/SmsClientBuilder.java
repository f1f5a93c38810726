package dev.migsdk.sms;

import dev.migsdk.core.client.HuaweiClientBuilder;
import dev.migsdk.sms.internal.DefaultSmsClient;
import dev.migsdk.sms.internal.SmsOperations;

/** Builds an {@link SmsClient}; see {@link HuaweiClientBuilder} for the settings. */
public final class SmsClientBuilder extends HuaweiClientBuilder<SmsClientBuilder> {
    SmsClientBuilder() {
    }

    /** Checks the settings and builds the client. */
    public SmsClient build() {
        return new DefaultSmsClient(buildRuntime(SmsOperations.SERVICE));
    }
}
