/** The in-process emulator of SMC, DTS, OMS and SMS, and the JUnit 5 extension that starts it. */
module dev.migsdk.testkit {
    requires transitive dev.migsdk.smc;
    requires transitive dev.migsdk.dts;
    requires transitive dev.migsdk.oms;
    requires transitive dev.migsdk.sms;
    requires transitive org.junit.jupiter.api;
    requires mockwebserver3;
    requires okhttp3;
    requires com.fasterxml.jackson.databind;
    requires org.slf4j;
    requires java.logging;

    exports dev.migsdk.testkit;
}
