/**
 * Waiters for SMC migration jobs: {@link dev.migsdk.smc.waiters.SmcWaiter} (from
 * {@link dev.migsdk.smc.SmcClient#waiter()}) and {@link dev.migsdk.smc.waiters.SmcAsyncWaiter} (from
 * {@link dev.migsdk.smc.SmcAsyncClient#waiter()}).
 */
package dev.migsdk.smc.waiters;
