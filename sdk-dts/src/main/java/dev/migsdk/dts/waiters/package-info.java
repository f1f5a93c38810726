/**
 * Waiters for DTS tasks: {@link dev.migsdk.dts.waiters.DtsWaiter} (from {@link dev.migsdk.dts.DtsClient#waiter()})
 * and {@link dev.migsdk.dts.waiters.DtsAsyncWaiter} (from {@link dev.migsdk.dts.DtsAsyncClient#waiter()}).
 */
package dev.migsdk.dts.waiters;
