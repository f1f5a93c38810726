package dev.migsdk.bench.e2e;

import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;

/**
 * One JVM, one implementation, one operation: warms up, then measures closed-loop throughput on 8 and on
 * 1 thread. Prints one {@code RESULT} line per phase:
 * <pre>RESULT impl op threads calls callsPerSec p50us p99us cpuUsPerCall allocBytesPerCall requestsPerCall</pre>
 * CPU is the process's CPU time (all threads: ours, OkHttp's, JIT, GC) over the phase; allocation is
 * {@code getThreadAllocatedBytes} summed over every live thread, before and after.
 *
 * <pre>java -cp benchmarks.jar dev.migsdk.bench.e2e.LoadRunner impl op port warmupMs measureMs</pre>
 */
public final class LoadRunner {
    private static final int MAX_SAMPLES = 1 << 21;

    public static void main(String[] args) throws Exception {
        String impl = args[0];
        Op op = Op.of(args[1]);
        int port = Integer.parseInt(args[2]);
        long warmupMs = Long.parseLong(args[3]);
        long measureMs = Long.parseLong(args[4]);
        try (Caller caller = Caller.create(impl, op, port)) {
            caller.call();
            phase(caller, 8, warmupMs);
            phase(caller, 1, Math.max(1, warmupMs / 4));
            print(impl, op, 8, measure(caller, 8, measureMs, port));
            print(impl, op, 1, measure(caller, 1, measureMs, port));
        }
        System.exit(0);
    }

    record Phase(long calls, double seconds, long[] latencies, long cpuNanos, long allocBytes, long requests) {
    }

    private static void print(String impl, Op op, int threads, Phase p) {
        Arrays.sort(p.latencies);
        System.out.printf(Locale.ROOT, "RESULT %s %s %d %d %.1f %.1f %.1f %.2f %.0f %.4f%n", impl, op.id(), threads,
                p.calls, p.calls / p.seconds, pct(p.latencies, 0.50) / 1e3, pct(p.latencies, 0.99) / 1e3,
                p.cpuNanos / 1e3 / p.calls, (double) p.allocBytes / p.calls, (double) p.requests / p.calls);
    }

    private static long pct(long[] sorted, double q) {
        if (sorted.length == 0) {
            return 0;
        }
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(q * sorted.length) - 1)];
    }

    private static Phase measure(Caller caller, int threads, long ms, int port) throws Exception {
        long before = StubClient.served(port);
        Phase p = phase(caller, threads, ms);
        long after = StubClient.served(port);
        return new Phase(p.calls, p.seconds, p.latencies, p.cpuNanos, p.allocBytes, after - before);
    }

    private static Phase phase(Caller caller, int threads, long ms) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        long[][] samples = new long[threads][];
        int[] counts = new int[threads];
        long[] calls = new long[threads];
        long[] workerAlloc = new long[threads];
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread[] workers = new Thread[threads];
        for (int t = 0; t < threads; t++) {
            int id = t;
            samples[t] = new long[MAX_SAMPLES / threads];
            workers[t] = new Thread(() -> {
                try {
                    start.await();
                    long a0 = ThreadAlloc.current();
                    long[] mine = samples[id];
                    int n = 0;
                    long c = 0;
                    while (!Stop.flag) {
                        long t0 = System.nanoTime();
                        caller.call();
                        long dt = System.nanoTime() - t0;
                        if (n < mine.length) {
                            mine[n++] = dt;
                        }
                        c++;
                    }
                    counts[id] = n;
                    calls[id] = c;
                    workerAlloc[id] = ThreadAlloc.current() - a0;
                } catch (Throwable e) {
                    failure.compareAndSet(null, e);
                }
            }, "load-" + t);
            workers[t].start();
        }
        Stop.flag = false;
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        java.util.Map<Long, Long> alloc0 = ThreadAlloc.snapshot();
        long cpu0 = os.getProcessCpuTime();
        long t0 = System.nanoTime();
        start.countDown();
        Thread.sleep(ms);
        Stop.flag = true;
        for (Thread w : workers) {
            w.join();
        }
        long elapsed = System.nanoTime() - t0;
        long cpu = os.getProcessCpuTime() - cpu0;
        long alloc = ThreadAlloc.since(alloc0, workers);
        for (long a : workerAlloc) {
            alloc += a;
        }
        if (failure.get() != null) {
            throw new IllegalStateException("a call failed", failure.get());
        }
        long total = 0;
        int sampleCount = 0;
        for (int t = 0; t < threads; t++) {
            total += calls[t];
            sampleCount += counts[t];
        }
        long[] all = new long[sampleCount];
        int k = 0;
        for (int t = 0; t < threads; t++) {
            System.arraycopy(samples[t], 0, all, k, counts[t]);
            k += counts[t];
        }
        return new Phase(total, elapsed / 1e9, all, cpu, alloc, 0);
    }

    /** Per-thread allocation counters (HotSpot's {@code com.sun.management.ThreadMXBean}). */
    static final class ThreadAlloc {
        private static final com.sun.management.ThreadMXBean MX =
                (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

        static long current() {
            return MX.getCurrentThreadAllocatedBytes();
        }

        static java.util.Map<Long, Long> snapshot() {
            long[] ids = MX.getAllThreadIds();
            long[] bytes = MX.getThreadAllocatedBytes(ids);
            java.util.Map<Long, Long> m = new java.util.HashMap<>();
            for (int i = 0; i < ids.length; i++) {
                if (bytes[i] >= 0) {
                    m.put(ids[i], bytes[i]);
                }
            }
            return m;
        }

        /** Growth of every live thread except {@code exclude} since {@code before} (new threads count whole). */
        static long since(java.util.Map<Long, Long> before, Thread[] exclude) {
            java.util.Set<Long> skip = new java.util.HashSet<>();
            for (Thread t : exclude) {
                skip.add(t.getId());
            }
            skip.add(Thread.currentThread().getId());
            long sum = 0;
            for (java.util.Map.Entry<Long, Long> e : snapshot().entrySet()) {
                if (!skip.contains(e.getKey())) {
                    sum += e.getValue() - before.getOrDefault(e.getKey(), 0L);
                }
            }
            return sum;
        }
    }

    /** The stop flag every worker polls. */
    static final class Stop {
        static volatile boolean flag;
    }
}
