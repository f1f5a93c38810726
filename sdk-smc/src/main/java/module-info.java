/** The Alibaba Cloud SMC client. */
module dev.migsdk.smc {
    requires transitive dev.migsdk.core;

    exports dev.migsdk.smc;
    exports dev.migsdk.smc.model;
    exports dev.migsdk.smc.waiters;
}
