package dev.migsdk.sms.internal;

import dev.migsdk.core.internal.client.HuaweiBaseClientBuilder;
import dev.migsdk.sms.SmsAsyncClient;
import dev.migsdk.sms.SmsAsyncClientBuilder;

/** The {@link SmsAsyncClientBuilder} behind {@link SmsAsyncClient#builder()}. Internal API. */
public final class DefaultSmsAsyncClientBuilder extends HuaweiBaseClientBuilder<SmsAsyncClientBuilder>
        implements SmsAsyncClientBuilder {

    @Override
    public SmsAsyncClient build() {
        return new DefaultSmsAsyncClient(buildRuntime(SmsOperations.SERVICE));
    }
}
