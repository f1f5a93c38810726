/**
 * Waiters for OMS tasks: {@link dev.migsdk.oms.waiters.OmsWaiter} and its async twin
 * {@link dev.migsdk.oms.waiters.OmsAsyncWaiter}, from {@code client.waiter()}.
 *
 * <pre>{@code
 * oms.stopTask(b -> b.taskId(taskId));
 * oms.waiter().waitUntilDeletable(taskId);
 * oms.deleteTask(b -> b.taskId(taskId));
 * }</pre>
 */
package dev.migsdk.oms.waiters;
