/** Clean-up of migration tasks across SMC, DTS, OMS and SMS: {@code TaskCleaner}. */
module dev.migsdk.cleanup {
    requires transitive dev.migsdk.smc;
    requires transitive dev.migsdk.dts;
    requires transitive dev.migsdk.oms;
    requires transitive dev.migsdk.sms;
    requires org.slf4j;

    exports dev.migsdk.cleanup;
}
