/**
 * migsdk's core: credentials, signers, the request pipeline, retries and errors shared by every product
 * module. Its {@code internal} packages are exported only to the migsdk modules that build on them.
 */
module dev.migsdk.core {
    requires transitive dev.migsdk.http;
    requires transitive com.fasterxml.jackson.databind;
    requires com.fasterxml.jackson.core;
    requires com.fasterxml.jackson.dataformat.xml;
    requires java.xml;
    requires org.slf4j;
    requires static org.bouncycastle.provider;

    exports dev.migsdk.core;
    exports dev.migsdk.core.auth;
    exports dev.migsdk.core.client;
    exports dev.migsdk.core.exception;
    exports dev.migsdk.core.interceptor;
    exports dev.migsdk.core.pagination;
    exports dev.migsdk.core.waiter;

    exports dev.migsdk.core.internal.client to dev.migsdk.smc, dev.migsdk.dts, dev.migsdk.oms, dev.migsdk.sms;
    exports dev.migsdk.core.internal.http to dev.migsdk.smc, dev.migsdk.dts, dev.migsdk.oms, dev.migsdk.sms;
    exports dev.migsdk.core.internal.pagination to dev.migsdk.smc, dev.migsdk.dts, dev.migsdk.oms, dev.migsdk.sms;
    exports dev.migsdk.core.internal.pipeline to dev.migsdk.smc, dev.migsdk.dts, dev.migsdk.oms, dev.migsdk.sms;
    exports dev.migsdk.core.internal.protocol to dev.migsdk.smc, dev.migsdk.dts, dev.migsdk.oms, dev.migsdk.sms;
    exports dev.migsdk.core.internal.util to dev.migsdk.smc, dev.migsdk.dts, dev.migsdk.oms, dev.migsdk.sms;
    exports dev.migsdk.core.internal.waiter to dev.migsdk.smc, dev.migsdk.dts, dev.migsdk.oms, dev.migsdk.sms;

    uses dev.migsdk.http.HttpTransportFactory;
}
