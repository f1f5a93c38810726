package dev.migsdk.bench.e2e;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * N async calls with at most K in flight, through the SDK's async client (or the floor's enqueue).
 * Prints {@code ASYNC impl op calls inflight seconds callsPerSec peakThreads peakHeapMB failures}.
 *
 * <pre>java -cp benchmarks.jar dev.migsdk.bench.e2e.AsyncScale impl op port calls inflight</pre>
 */
public final class AsyncScale {
    public static void main(String[] args) throws Exception {
        String impl = args[0];
        Op op = Op.of(args[1]);
        int port = Integer.parseInt(args[2]);
        int calls = Integer.parseInt(args[3]);
        int inflight = Integer.parseInt(args[4]);
        Caller caller = impl.equals("sdk") ? SdkCaller.asyncOnly(op, port) : Caller.create(impl, op, port);
        caller.callAsync().get(30, TimeUnit.SECONDS);
        System.gc();
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            p.resetPeakUsage();
        }
        ManagementFactory.getThreadMXBean().resetPeakThreadCount();
        Semaphore permits = new Semaphore(inflight);
        AtomicLong failures = new AtomicLong();
        AtomicReference<Throwable> first = new AtomicReference<>();
        long t0 = System.nanoTime();
        for (int i = 0; i < calls; i++) {
            permits.acquire();
            CompletableFuture<?> f = caller.callAsync();
            f.whenComplete((r, e) -> {
                if (e != null) {
                    failures.incrementAndGet();
                    first.compareAndSet(null, e);
                }
                permits.release();
            });
        }
        permits.acquire(inflight);
        double seconds = (System.nanoTime() - t0) / 1e9;
        long peakHeap = 0;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP) {
                peakHeap += p.getPeakUsage().getUsed();
            }
        }
        int peakThreads = ManagementFactory.getThreadMXBean().getPeakThreadCount();
        System.out.printf(Locale.ROOT, "ASYNC %s %s %d %d %.2f %.0f %d %.1f %d%n", impl, op.id(), calls, inflight,
                seconds, calls / seconds, peakThreads, peakHeap / 1048576.0, failures.get());
        if (first.get() != null) {
            first.get().printStackTrace();
        }
        System.out.flush();
        caller.close();
        System.exit(failures.get() == 0 ? 0 : 1);
    }
}
