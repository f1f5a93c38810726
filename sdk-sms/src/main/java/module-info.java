/** The Huawei Cloud SMS client. */
module dev.migsdk.sms {
    requires transitive dev.migsdk.core;

    exports dev.migsdk.sms;
    exports dev.migsdk.sms.model;
    exports dev.migsdk.sms.waiters;
}
