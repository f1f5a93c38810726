package dev.migsdk.sms;

import dev.migsdk.core.client.HuaweiClientBuilder;
import dev.migsdk.sms.internal.DefaultSmsAsyncClient;
import dev.migsdk.sms.internal.SmsOperations;

/** Builds an {@link SmsAsyncClient}; see {@link HuaweiClientBuilder} for the settings. */
public final class SmsAsyncClientBuilder extends HuaweiClientBuilder<SmsAsyncClientBuilder> {
    SmsAsyncClientBuilder() {
    }

    /** Checks the settings and builds the client. */
    public SmsAsyncClient build() {
        return new DefaultSmsAsyncClient(buildRuntime(SmsOperations.SERVICE));
    }
}
