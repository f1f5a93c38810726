/** The Huawei Cloud OMS client. */
module dev.migsdk.oms {
    requires transitive dev.migsdk.core;

    exports dev.migsdk.oms;
    exports dev.migsdk.oms.model;
    exports dev.migsdk.oms.waiters;
}
