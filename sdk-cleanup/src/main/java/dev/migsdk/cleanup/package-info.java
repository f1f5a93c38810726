/**
 * Clean-up of migration tasks across SMC, DTS, OMS and SMS: {@link dev.migsdk.cleanup.TaskCleaner} stops a
 * task if it must, waits until it may be deleted and deletes it, for one task or thousands, and reports
 * what happened to each.
 *
 * <pre>{@code
 * try (SmcAsyncClient smc = SmcAsyncClient.builder().adaptiveRateLimiting(true).build()) {
 *     TaskCleaner cleaner = TaskCleaner.builder().smc(smc).build();
 *     CleanupReport report = cleaner.clean(List.of(TaskRef.parse("smc:j-1"), TaskRef.parse("smc:j-2")));
 *     report.results().forEach(r -> System.out.println(r.task() + " " + r.outcome()));
 * }
 * }</pre>
 */
package dev.migsdk.cleanup;
