package dev.migsdk.sms.internal;

import dev.migsdk.core.internal.client.HuaweiBaseClientBuilder;
import dev.migsdk.sms.SmsClient;
import dev.migsdk.sms.SmsClientBuilder;

/** The {@link SmsClientBuilder} behind {@link SmsClient#builder()}. Internal API. */
public final class DefaultSmsClientBuilder extends HuaweiBaseClientBuilder<SmsClientBuilder>
        implements SmsClientBuilder {

    @Override
    public SmsClient build() {
        return new DefaultSmsClient(buildRuntime(SmsOperations.SERVICE));
    }
}
