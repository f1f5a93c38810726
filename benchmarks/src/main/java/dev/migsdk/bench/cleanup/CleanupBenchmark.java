package dev.migsdk.bench.cleanup;

import dev.migsdk.cleanup.CleanupReport;
import dev.migsdk.cleanup.TaskCleaner;
import dev.migsdk.cleanup.TaskOutcome;
import dev.migsdk.cleanup.TaskRef;
import dev.migsdk.core.client.SdkClientBuilder;
import dev.migsdk.core.waiter.WaiterConfig;
import dev.migsdk.dts.DtsAsyncClient;
import dev.migsdk.oms.OmsAsyncClient;
import dev.migsdk.smc.SmcAsyncClient;
import dev.migsdk.sms.SmsAsyncClient;
import dev.migsdk.testkit.DtsJobStatus;
import dev.migsdk.testkit.EmulatedService;
import dev.migsdk.testkit.JournalEntry;
import dev.migsdk.testkit.MigrationEmulator;
import dev.migsdk.testkit.OmsTaskStatus;
import dev.migsdk.testkit.SmcBusinessStatus;
import dev.migsdk.testkit.SmcJobStatus;
import dev.migsdk.testkit.SmsTaskState;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The clean-up against the providers' real ceiling, their rate limits: a mixed set of tasks on all four
 * services (running, stopped, already gone) cleaned up by {@link TaskCleaner} through the emulator, which
 * enforces a token bucket per service and answers beyond it with the real throttling errors. Reports the time
 * against the ideal (the requests the service accepted ÷ its limit; the slowest service sets the pace), the
 * share of requests throttled, tasks left in a wrong state, and peak threads and heap. Three scenarios: the
 * limit known to the client ({@code maxRequestsPerSecond}), unknown (adaptive rate limiting must find it), and
 * a known limit that halves midway.
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar dev.migsdk.bench.cleanup.CleanupBenchmark [--tasks N] [--limit R]
 *     [--stop-seconds S] [--scenarios known,unknown,halving] [--out FILE]</pre>
 */
public final class CleanupBenchmark {
    private static final EmulatedService[] SERVICES = EmulatedService.values();

    private CleanupBenchmark() {
    }

    /** One scenario's figures. */
    record Result(String scenario, int tasks, double limit, Duration elapsed, double ideal, long requests,
                  long accepted, long throttled, long minimal, int wrong, int peakThreads, long peakHeapMb,
                  String summary) {
    }

    public static void main(String[] args) throws Exception {
        int tasksPerService = 800;
        double limit = 50;
        int stopSeconds = 3;
        List<String> scenarios = List.of("known", "unknown", "halving");
        Path out = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--tasks" -> tasksPerService = Integer.parseInt(args[++i]);
                case "--limit" -> limit = Double.parseDouble(args[++i]);
                case "--stop-seconds" -> stopSeconds = Integer.parseInt(args[++i]);
                case "--scenarios" -> scenarios = List.of(args[++i].split(","));
                case "--out" -> out = Path.of(args[++i]);
                default -> throw new IllegalArgumentException("unknown argument " + args[i]);
            }
        }
        List<Result> results = new ArrayList<>();
        for (String scenario : scenarios) {
            Result r = run(scenario, tasksPerService, limit, stopSeconds);
            results.add(r);
            System.err.println(r.scenario() + ": " + r.summary());
        }
        String report = table(results, tasksPerService, limit, stopSeconds);
        System.out.print(report);
        if (out != null) {
            Files.writeString(out, report);
        }
        boolean wrong = results.stream().anyMatch(r -> r.wrong() > 0);
        System.exit(wrong ? 1 : 0);
    }

    static Result run(String scenario, int n, double limit, int stopSeconds) throws Exception {
        try (MigrationEmulator emulator = MigrationEmulator.start()) {
            Duration stop = Duration.ofSeconds(stopSeconds);
            emulator.smc().stopDelay(stop);
            emulator.dts().stopDelay(stop);
            emulator.oms().stopDelay(stop);
            emulator.sms().stopDelay(stop);
            int burst = Math.max(1, (int) (limit / 10));
            for (EmulatedService s : SERVICES) {
                emulator.rateLimits().limit(s, limit, burst);
            }
            List<TaskRef> tasks = new ArrayList<>();
            Map<EmulatedService, Long> minimal = seed(emulator, n, tasks);
            boolean known = !scenario.equals("unknown");
            SmcAsyncClient smc = emulator.smcAsyncClient(b -> configure(b, known, limit));
            DtsAsyncClient dts = emulator.dtsAsyncClient(b -> configure(b, known, limit));
            OmsAsyncClient oms = emulator.omsAsyncClient(b -> configure(b, known, limit));
            SmsAsyncClient sms = emulator.smsAsyncClient(b -> configure(b, known, limit));
            TaskCleaner cleaner = TaskCleaner.builder().smc(smc).dts(dts).oms(oms).sms(sms).maxConcurrency(64)
                    .waiterConfig(WaiterConfig.builder().minDelay(Duration.ofSeconds(1)).maxDelay(Duration.ofSeconds(5))
                            .maxWait(Duration.ofMinutes(5)).build()).build();

            AtomicLong peakHeap = new AtomicLong();
            AtomicLong peakThreads = new AtomicLong();
            ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "bench-sampler");
                t.setDaemon(true);
                return t;
            });
            sampler.scheduleAtFixedRate(() -> {
                peakHeap.accumulateAndGet(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed(), Math::max);
                peakThreads.accumulateAndGet(Thread.activeCount(), Math::max);
            }, 0, 100, TimeUnit.MILLISECONDS);
            double halvedAt = Double.NaN;
            if (scenario.equals("halving")) {
                // halfway through the run the limit expects: the slowest service's minimal requests at the full rate
                long most = minimal.values().stream().mapToLong(Long::longValue).max().orElse(0);
                halvedAt = most / limit / 2;
                long delayMs = (long) (halvedAt * 1000);
                sampler.schedule(() -> {
                    for (EmulatedService s : SERVICES) {
                        emulator.rateLimits().limit(s, limit / 2, Math.max(1, burst / 2));
                    }
                }, delayMs, TimeUnit.MILLISECONDS);
            }
            if (Boolean.getBoolean("bench.trace")) { // -Dbench.trace=true: each second, per service, accepted/throttled
                long[] last = new long[2 * SERVICES.length];
                sampler.scheduleAtFixedRate(() -> {
                    StringBuilder line = new StringBuilder("trace");
                    List<JournalEntry> all = emulator.journal().requests();
                    for (int i = 0; i < SERVICES.length; i++) {
                        EmulatedService s = SERVICES[i];
                        long t = emulator.rateLimits().throttledCount(s);
                        long a = all.stream().filter(e -> e.service() == s).count() - t;
                        line.append(String.format(" %s %d/%d", s, a - last[2 * i], t - last[2 * i + 1]));
                        last[2 * i] = a;
                        last[2 * i + 1] = t;
                    }
                    System.err.println(line);
                }, 1, 1, TimeUnit.SECONDS);
            }
            long start = System.nanoTime();
            CleanupReport report = cleaner.clean(tasks);
            Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
            sampler.shutdownNow();

            List<JournalEntry> journal = emulator.journal().requests();
            long requests = journal.size();
            long throttled = 0;
            double ideal = 0;
            for (EmulatedService s : SERVICES) {
                long t = emulator.rateLimits().throttledCount(s);
                throttled += t;
                long accepted = journal.stream().filter(e -> e.service() == s).count() - t;
                double idealS = Double.isNaN(halvedAt) || accepted <= limit * halvedAt ? accepted / limit
                        : halvedAt + (accepted - limit * halvedAt) / (limit / 2);
                ideal = Math.max(ideal, idealS);
            }
            int left = emulator.smc().jobs().size() + emulator.dts().jobs().size() + emulator.oms().tasks().size()
                    + emulator.sms().tasks().size();
            int notGone = report.results().size() - report.count(TaskOutcome.DELETED)
                    - report.count(TaskOutcome.ALREADY_DELETED);
            long minimalAll = minimal.values().stream().mapToLong(Long::longValue).sum();
            smc.close();
            dts.close();
            oms.close();
            sms.close();
            return new Result(scenario, tasks.size(), limit, elapsed, ideal, requests, requests - throttled, throttled,
                    minimalAll, Math.max(left, notGone), (int) peakThreads.get(), peakHeap.get() >> 20,
                    report.summary());
        }
    }

    private static <B extends SdkClientBuilder<B, ?>> void configure(B b, boolean known, double limit) {
        b.adaptiveRateLimiting(true).retryPolicy(dev.migsdk.core.RetryPolicy.defaults());
        if (known) {
            b.maxRequestsPerSecond(limit);
        }
    }

    /**
     * {@code n} tasks per service: 40% running, 40% stopped, 20% already gone. Returns, per service, the fewest
     * requests the clean-up needs: one delete for a stopped or gone task (DTS deletes running jobs too); for a
     * running one a refused delete, the stop, one poll and the delete.
     */
    private static Map<EmulatedService, Long> seed(MigrationEmulator emulator, int n, List<TaskRef> tasks) {
        Map<EmulatedService, Long> minimal = new EnumMap<>(EmulatedService.class);
        for (int i = 0; i < n; i++) {
            int kind = i % 5; // 0,1 running; 2,3 stopped; 4 gone
            boolean running = kind < 2;
            boolean gone = kind == 4;
            String id = String.format(Locale.ROOT, "%05d", i);
            if (!gone) {
                if (running) {
                    emulator.smc().addJob("j-" + id, SmcJobStatus.RUNNING, SmcBusinessStatus.SYNCING);
                    emulator.dts().addJob("dts" + id, DtsJobStatus.SYNCHRONIZING);
                    emulator.oms().addTask(10_000 + i, OmsTaskStatus.RUNNING);
                    emulator.sms().addTask("sms-" + id, SmsTaskState.RUNNING);
                } else {
                    emulator.smc().addJob("j-" + id, SmcJobStatus.STOPPED, SmcBusinessStatus.SYNCING);
                    emulator.dts().addJob("dts" + id, DtsJobStatus.FINISHED);
                    emulator.oms().addTask(10_000 + i, OmsTaskStatus.STOPPED);
                    emulator.sms().addTask("sms-" + id, SmsTaskState.ABORT);
                }
            }
            tasks.add(TaskRef.smc("j-" + id));
            tasks.add(TaskRef.dts("dts" + id));
            tasks.add(TaskRef.oms(10_000 + i));
            tasks.add(TaskRef.sms("sms-" + id));
            long heavy = running ? 4 : 1;
            minimal.merge(EmulatedService.SMC, heavy, Long::sum);
            minimal.merge(EmulatedService.DTS, 1L, Long::sum);
            minimal.merge(EmulatedService.OMS, heavy, Long::sum);
            minimal.merge(EmulatedService.SMS, heavy, Long::sum);
        }
        return minimal;
    }

    static String table(List<Result> results, int n, double limit, int stopSeconds) {
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "Clean-up of %d tasks (%d per service: 40%% running, 40%% stopped, 20%% "
                + "gone), limit %.0f requests/s per service (%.0f in all), stops taking %d s, %d cores, Java %s%n%n",
                n * 4, n, limit, limit * 4, stopSeconds, Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version")));
        b.append("| scenario | time | ideal | time ÷ ideal | requests | throttled | minimal requests | wrong state "
                + "| peak threads | peak heap |\n|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (Result r : results) {
            b.append(String.format(Locale.ROOT, "| %s | %.1f s | %.1f s | %.2f× | %d | %d (%.2f %%) | %d | %d | %d | %d MB |%n",
                    r.scenario(), r.elapsed().toMillis() / 1000.0, r.ideal(), r.elapsed().toMillis() / 1000.0 / r.ideal(),
                    r.requests(), r.throttled(), 100.0 * r.throttled() / Math.max(1, r.requests()), r.minimal(),
                    r.wrong(), r.peakThreads(), r.peakHeapMb()));
        }
        b.append("\nideal = the requests each service accepted ÷ its limit (for halving: at the full limit until the "
                + "halving, then at half), the slowest service's; minimal requests = one delete per stopped or gone "
                + "task and per DTS job, four calls per other running task (refused delete, stop, one poll, delete), "
                + "before batching.\n");
        return b.toString();
    }
}
