package dev.migsdk.bench.e2e;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;

/**
 * One JVM, one implementation, one operation, measuring closed-loop calls on N threads. Two modes:
 *
 * <pre>java -cp benchmarks.jar dev.migsdk.bench.e2e.LoadRunner impl op port warmupMs measureMs</pre>
 * warms up, then measures 8 threads and 1 thread, one phase each, and prints the results.
 *
 * <pre>java -cp benchmarks.jar dev.migsdk.bench.e2e.LoadRunner impl op port --commands</pre>
 * reads commands from standard input, so that {@link Suite} can interleave two JVMs (ours and the
 * floor's) in short slices and both see the same machine: {@code warm THREADS MS} runs without
 * recording, {@code run THREADS MS} runs one slice and adds it to that thread count's totals,
 * {@code report} prints the totals and exits. Each command answers one line, {@code OK jitMs} (the
 * JIT compilers' time during the command, so the driver can warm up until the code is compiled) or
 * {@code ERROR ...}.
 *
 * <p>A result line is
 * <pre>RESULT impl op threads calls callsPerSec p50us p99us cpuUsPerCall allocBytesPerCall requestsPerCall
 *        contextSwitchesPerCall jitCpuUsPerCall</pre>
 * CPU is the process's CPU time (all threads: ours, OkHttp's, JIT, GC) over the measured slices, and
 * {@code jitCpuUsPerCall} the part of it the JIT compiler threads used;
 * allocation is {@code getThreadAllocatedBytes} of every thread, before and after each slice; context
 * switches (voluntary and not, all threads) come from {@code /proc} and are -1 where there is none.
 * {@code -Dbench.threadCpu=true} also prints each thread's share of the CPU per slice.
 */
public final class LoadRunner {
    private static final int MAX_SAMPLES = 1 << 21;
    private static final boolean THREAD_CPU = Boolean.getBoolean("bench.threadCpu");
    private static final java.lang.management.CompilationMXBean JIT = ManagementFactory.getCompilationMXBean();

    private final Caller caller;
    private final int port;
    private final Map<Integer, Totals> totals = new TreeMap<>();

    private LoadRunner(Caller caller, int port) {
        this.caller = caller;
        this.port = port;
    }

    public static void main(String[] args) throws Exception {
        String impl = args[0];
        Op op = Op.of(args[1]);
        int port = Integer.parseInt(args[2]);
        try (Caller caller = Caller.create(impl, op, port)) {
            caller.call();
            LoadRunner runner = new LoadRunner(caller, port);
            if (args.length > 3 && args[3].equals("--commands")) {
                runner.commands(impl, op);
            } else {
                long warmupMs = Long.parseLong(args[3]);
                long measureMs = Long.parseLong(args[4]);
                runner.slice(8, warmupMs, false);
                runner.slice(1, Math.max(1, warmupMs / 4), false);
                runner.slice(8, measureMs, true);
                runner.slice(1, measureMs, true);
                runner.report(impl, op);
            }
        }
        System.exit(0);
    }

    private void commands(String impl, Op op) throws Exception {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        System.out.println("READY");
        System.out.flush();
        String line;
        while ((line = in.readLine()) != null) {
            String[] c = line.trim().split(" ");
            try {
                long jit0 = JIT.getTotalCompilationTime();
                switch (c[0]) {
                    case "warm" -> slice(Integer.parseInt(c[1]), Long.parseLong(c[2]), false);
                    case "run" -> slice(Integer.parseInt(c[1]), Long.parseLong(c[2]), true);
                    case "report" -> {
                        report(impl, op);
                        return;
                    }
                    default -> throw new IllegalArgumentException("unknown command: " + line);
                }
                System.out.println("OK " + (JIT.getTotalCompilationTime() - jit0));
            } catch (Exception e) {
                System.out.println("ERROR " + e);
                e.printStackTrace(System.out);
                System.out.println("ERROR end");
            }
            System.out.flush();
        }
    }

    private void report(String impl, Op op) {
        for (Map.Entry<Integer, Totals> e : totals.entrySet()) {
            Totals t = e.getValue();
            long[] all = t.latencies();
            Arrays.sort(all);
            System.out.printf(Locale.ROOT, "RESULT %s %s %d %d %.1f %.1f %.1f %.2f %.0f %.4f %.2f %.2f%n", impl,
                    op.id(), e.getKey(), t.calls, t.calls / t.seconds, pct(all, 0.50) / 1e3, pct(all, 0.99) / 1e3,
                    t.cpuNanos / 1e3 / t.calls, (double) t.allocBytes / t.calls, (double) t.requests / t.calls,
                    (double) t.contextSwitches / t.calls, t.jitCpuNanos / 1e3 / t.calls);
        }
        System.out.flush();
    }

    private static long pct(long[] sorted, double q) {
        if (sorted.length == 0) {
            return 0;
        }
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(q * sorted.length) - 1)];
    }

    /** Sums over the measured slices of one thread count, and the latency samples (per worker). */
    private static final class Totals {
        final long[][] samples;
        final int[] counts;
        long calls;
        double seconds;
        long cpuNanos;
        /** Of {@link #cpuNanos}, what the JIT compiler threads used. */
        long jitCpuNanos;
        long allocBytes;
        long requests;
        long contextSwitches;

        Totals(int threads) {
            samples = new long[threads][MAX_SAMPLES / threads];
            counts = new int[threads];
        }

        long[] latencies() {
            int n = 0;
            for (int c : counts) {
                n += c;
            }
            long[] all = new long[n];
            int k = 0;
            for (int t = 0; t < samples.length; t++) {
                System.arraycopy(samples[t], 0, all, k, counts[t]);
                k += counts[t];
            }
            return all;
        }
    }

    /** Runs {@code threads} closed loops for {@code ms}; with {@code record}, adds the slice to the totals. */
    private void slice(int threads, long ms, boolean record) throws Exception {
        Totals into = record ? totals.computeIfAbsent(threads, Totals::new) : null;
        long requestsBefore = record ? StubClient.served(port) : 0;
        CountDownLatch start = new CountDownLatch(1);
        long[] calls = new long[threads];
        long[] workerAlloc = new long[threads];
        long[] workerCpu = new long[threads];
        long[] workerSwitches = new long[threads];
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread[] workers = new Thread[threads];
        Stop stop = new Stop();
        for (int t = 0; t < threads; t++) {
            int id = t;
            workers[t] = new Thread(() -> {
                try {
                    start.await();
                    long a0 = ThreadStats.allocated();
                    long c0 = ThreadStats.cpu();
                    long s0 = ThreadStats.contextSwitches("thread-self");
                    long[] mine = into == null ? null : into.samples[id];
                    int n = into == null ? 0 : into.counts[id];
                    long c = 0;
                    while (!stop.flag) {
                        long t0 = System.nanoTime();
                        caller.call();
                        long dt = System.nanoTime() - t0;
                        if (mine != null && n < mine.length) {
                            mine[n++] = dt;
                        }
                        c++;
                    }
                    if (into != null) {
                        into.counts[id] = n;
                    }
                    calls[id] = c;
                    workerAlloc[id] = ThreadStats.allocated() - a0;
                    workerCpu[id] = ThreadStats.cpu() - c0;
                    workerSwitches[id] = ThreadStats.contextSwitches("thread-self") - s0;
                } catch (Throwable e) {
                    failure.compareAndSet(null, e);
                }
            }, "load-" + t);
            workers[t].start();
        }
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        Map<Long, Long> alloc0 = ThreadStats.allocatedByThread();
        Map<Long, Long> threadCpu0 = THREAD_CPU ? ThreadStats.cpuByThread() : null;
        long switches0 = ThreadStats.processContextSwitches();
        long jit0 = ThreadStats.compilerCpu();
        long cpu0 = os.getProcessCpuTime();
        long t0 = System.nanoTime();
        start.countDown();
        Thread.sleep(ms);
        stop.flag = true;
        for (Thread w : workers) {
            w.join();
        }
        long elapsed = System.nanoTime() - t0;
        long cpu = os.getProcessCpuTime() - cpu0;
        long jitCpu = ThreadStats.compilerCpu() - jit0;
        long switches = ThreadStats.processContextSwitches() - switches0;
        for (long w : workerSwitches) {
            switches += w;
        }
        long alloc = ThreadStats.allocatedSince(alloc0, workers);
        for (long a : workerAlloc) {
            alloc += a;
        }
        if (THREAD_CPU) {
            ThreadStats.printCpu(threadCpu0, workerCpu, threads, cpu);
        }
        if (failure.get() != null) {
            throw new IllegalStateException("a call failed", failure.get());
        }
        if (into != null) {
            for (long c : calls) {
                into.calls += c;
            }
            into.seconds += elapsed / 1e9;
            into.cpuNanos += cpu;
            into.jitCpuNanos += jitCpu;
            into.allocBytes += alloc;
            into.requests += StubClient.served(port) - requestsBefore;
            into.contextSwitches += switches;
        }
    }

    /** The stop flag a slice's workers poll. */
    private static final class Stop {
        volatile boolean flag;
    }

    /** Per-thread allocation and CPU counters (HotSpot's {@code com.sun.management.ThreadMXBean}). */
    static final class ThreadStats {
        private static final com.sun.management.ThreadMXBean MX =
                (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

        private ThreadStats() {
        }

        static long allocated() {
            return MX.getCurrentThreadAllocatedBytes();
        }

        static long cpu() {
            return MX.getCurrentThreadCpuTime();
        }

        static Map<Long, Long> allocatedByThread() {
            long[] ids = MX.getAllThreadIds();
            long[] bytes = MX.getThreadAllocatedBytes(ids);
            Map<Long, Long> m = new HashMap<>();
            for (int i = 0; i < ids.length; i++) {
                if (bytes[i] >= 0) {
                    m.put(ids[i], bytes[i]);
                }
            }
            return m;
        }

        /** Growth of every live thread except {@code exclude} since {@code before} (new threads count whole). */
        static long allocatedSince(Map<Long, Long> before, Thread[] exclude) {
            Set<Long> skip = new HashSet<>();
            for (Thread t : exclude) {
                skip.add(t.getId());
            }
            skip.add(Thread.currentThread().getId());
            long sum = 0;
            for (Map.Entry<Long, Long> e : allocatedByThread().entrySet()) {
                if (!skip.contains(e.getKey())) {
                    sum += e.getValue() - before.getOrDefault(e.getKey(), 0L);
                }
            }
            return sum;
        }

        /** Voluntary plus involuntary context switches of one {@code /proc/self/task/ID} (or thread-self); -1 if unknown. */
        static long contextSwitches(String task) {
            java.nio.file.Path status = task.equals("thread-self")
                    ? java.nio.file.Path.of("/proc/thread-self/status")
                    : java.nio.file.Path.of("/proc/self/task", task, "status");
            try {
                long n = 0;
                for (String line : java.nio.file.Files.readAllLines(status)) {
                    if (line.startsWith("voluntary_ctxt_switches:") || line.startsWith("nonvoluntary_ctxt_switches:")) {
                        n += Long.parseLong(line.substring(line.indexOf(':') + 1).trim());
                    }
                }
                return n;
            } catch (java.io.IOException | RuntimeException e) {
                return -1;
            }
        }

        /**
         * CPU nanoseconds the JIT compiler threads have used so far ({@code /proc/self/task/*}: threads named
         * {@code C1/C2 CompilerThre...}, run time from {@code schedstat}); -1 where /proc is not there.
         */
        static long compilerCpu() {
            try (java.util.stream.Stream<java.nio.file.Path> tasks = java.nio.file.Files.list(
                    java.nio.file.Path.of("/proc/self/task"))) {
                return tasks.mapToLong(ThreadStats::compilerThreadCpu).sum();
            } catch (java.io.IOException e) {
                return -1;
            }
        }

        private static long compilerThreadCpu(java.nio.file.Path task) {
            try {
                String comm = java.nio.file.Files.readString(task.resolve("comm"));
                if (!comm.startsWith("C1 Compiler") && !comm.startsWith("C2 Compiler")) {
                    return 0;
                }
                String schedstat = java.nio.file.Files.readString(task.resolve("schedstat")).trim();
                return Long.parseLong(schedstat.substring(0, schedstat.indexOf(' ')));
            } catch (java.io.IOException | RuntimeException e) {
                return 0; // the thread ended meanwhile
            }
        }

        /** Sum over the live threads of this process (threads that ended are lost; workers report their own). */
        static long processContextSwitches() {
            try (java.util.stream.Stream<java.nio.file.Path> tasks = java.nio.file.Files.list(
                    java.nio.file.Path.of("/proc/self/task"))) {
                return tasks.mapToLong(t -> Math.max(0, contextSwitches(t.getFileName().toString()))).sum();
            } catch (java.io.IOException e) {
                return -1;
            }
        }

        static Map<Long, Long> cpuByThread() {
            Map<Long, Long> m = new HashMap<>();
            for (long id : MX.getAllThreadIds()) {
                m.put(id, MX.getThreadCpuTime(id));
            }
            return m;
        }

        /** One line: CPU milliseconds per thread name (digits folded) since {@code before}, workers summed. */
        static void printCpu(Map<Long, Long> before, long[] workers, int threads, long processCpu) {
            Map<String, Long> byName = new TreeMap<>();
            for (long w : workers) {
                byName.merge("load workers", w, Long::sum);
            }
            for (long id : MX.getAllThreadIds()) {
                java.lang.management.ThreadInfo info = MX.getThreadInfo(id);
                long now = MX.getThreadCpuTime(id);
                if (info == null || now < 0) {
                    continue;
                }
                String name = info.getThreadName().replaceAll("[0-9]+", "N");
                byName.merge(name, now - before.getOrDefault(id, 0L), Long::sum);
            }
            long javaThreads = byName.values().stream().mapToLong(Long::longValue).sum();
            byName.put("not Java threads (GC, JIT, VM)", processCpu - javaThreads);
            StringBuilder sb = new StringBuilder("THREADCPU " + threads + " thr (ms):");
            byName.forEach((k, v) -> {
                if (v > 1_000_000) {
                    sb.append(" [").append(k).append("]=").append(v / 1_000_000);
                }
            });
            System.out.println(sb);
        }
    }
}
