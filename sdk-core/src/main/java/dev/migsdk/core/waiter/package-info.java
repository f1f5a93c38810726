/**
 * Waiters: {@code client.waiter()} polls a task's state until it is what you asked for, with backoff and
 * jitter, a maximum wait and a per-poll timeout. A state from which the wanted one cannot come fails at
 * once with {@link dev.migsdk.core.exception.WaiterFailureException}; running out of time fails with
 * {@link dev.migsdk.core.exception.WaiterTimeoutException}; a throttled poll waits longer and goes on. The
 * async waiters hold no thread while they wait.
 */
package dev.migsdk.core.waiter;
