/**
 * Waiters for SMS tasks: {@link dev.migsdk.sms.waiters.SmsWaiter} and its async twin
 * {@link dev.migsdk.sms.waiters.SmsAsyncWaiter}, from {@code client.waiter()}.
 *
 * <pre>{@code
 * sms.stopTask(b -> b.taskId(taskId));
 * sms.waiter().waitUntilDeletable(taskId);
 * sms.deleteTask(b -> b.taskId(taskId));
 * }</pre>
 */
package dev.migsdk.sms.waiters;
