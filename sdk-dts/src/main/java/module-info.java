/** The Alibaba Cloud DTS client. */
module dev.migsdk.dts {
    requires transitive dev.migsdk.core;

    exports dev.migsdk.dts;
    exports dev.migsdk.dts.model;
    exports dev.migsdk.dts.waiters;
}
