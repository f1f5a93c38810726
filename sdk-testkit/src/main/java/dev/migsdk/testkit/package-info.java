/**
 * An in-process emulator of Alibaba Cloud SMC and DTS and Huawei Cloud OMS and SMS, for trying the SDK and
 * testing code that uses it without a cloud account. Start with {@link dev.migsdk.testkit.MigrationEmulator}
 * or, in JUnit 5 tests, {@link dev.migsdk.testkit.MigrationEmulatorExtension}; take clients already wired to it
 * from {@link dev.migsdk.testkit.MigrationEmulator#smcClient()} and its siblings, or as test parameters.
 */
package dev.migsdk.testkit;
