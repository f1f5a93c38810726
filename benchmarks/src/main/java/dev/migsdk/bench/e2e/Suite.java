package dev.migsdk.bench.e2e;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The end-to-end suite: starts the stub server in its own JVM, then runs the SDK and the floor in
 * two separate JVMs side by side, interleaved in short slices (see {@link #pair}), for each operation
 * and round (the order flips every round); then cold starts and the async scale test. Writes a markdown report. Ratios are ours ÷ floor, taken per round
 * and reported as the median over rounds.
 *
 * <pre>java -cp benchmarks.jar dev.migsdk.bench.e2e.Suite [--smoke] [--rounds N] [--out report.md]
 *     [--load-only] [--cold-only [--cold-runs N]] [--aa | --pair OURS,FLOOR] [--ops a,b]</pre>
 * Exit status is non-zero only when something failed to run (a call failed, a JVM crashed); missed
 * targets are reported, not fatal.
 */
public final class Suite {
    private static final String[] IMPLS = {"floor", "sdk"};
    private static final long SLICE_MS = 500;
    private static final long JIT_QUIET_MS = 20;
    private static final int QUIET_SLICES = 3;
    private static final int MAX_WARM_SLICES = 40;
    /** Warm-up slices per thread count at most: {@link #MAX_WARM_SLICES}, one in smoke mode. */
    private int maxWarmSlices = MAX_WARM_SLICES;

    private final Path jar;
    private final String java;
    private int port;
    private boolean failed;
    /** {@code --load-only}: skip cold start and async scale (for iterating on one change). */
    private boolean loadOnly;
    /** {@code --cold-only}: only the cold starts (a longer series with {@code --cold-runs N}). */
    private boolean coldOnly;
    /** {@code --cold-runs N}: cold starts per side and operation; 10 unless set (2 in smoke mode). */
    private int coldRuns;
    /**
     * What the two sides of the load runs launch ({@link Caller#create} names): {@code sdk} and {@code floor}
     * unless {@code --pair OURS,FLOOR} says otherwise. {@code --aa} is {@code --pair floor,floor}, an A/A check
     * of the harness: every ratio should be 1.00 up to the noise the method leaves, and the per-round ratios
     * say how far to trust one. Other pairs isolate one part of the SDK's cost (see docs/PERFORMANCE.md).
     */
    private String[] launched = {"sdk", "floor"};
    /** {@code --ops a,b}: only these operations in the load runs. */
    private Op[] ops = Op.values();

    private Suite() throws Exception {
        this.jar = Path.of(Suite.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        this.java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    public static void main(String[] args) throws Exception {
        boolean smoke = false;
        int rounds = 3;
        Path out = Path.of("benchmarks/target/e2e-report.md");
        Suite s = new Suite();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--smoke" -> smoke = true;
                case "--rounds" -> rounds = Integer.parseInt(args[++i]);
                case "--out" -> out = Path.of(args[++i]);
                case "--load-only" -> s.loadOnly = true;
                case "--cold-only" -> s.coldOnly = true;
                case "--cold-runs" -> s.coldRuns = Integer.parseInt(args[++i]);
                case "--aa" -> s.launched = new String[] {"floor", "floor"};
                case "--pair" -> {
                    s.launched = args[++i].split(",");
                    if (s.launched.length != 2) {
                        throw new IllegalArgumentException("--pair takes two implementations: OURS,FLOOR");
                    }
                }
                case "--ops" -> s.ops = Arrays.stream(args[++i].split(",")).map(Op::of).toArray(Op[]::new);
                default -> throw new IllegalArgumentException("unknown argument " + args[i]);
            }
        }
        if (s.loadOnly && s.coldOnly) {
            throw new IllegalArgumentException("--load-only and --cold-only exclude each other");
        }
        String report = s.run(smoke, smoke ? 1 : rounds);
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.writeString(out, report);
        System.out.println(report);
        System.exit(s.failed ? 1 : 0);
    }

    private String run(boolean smoke, int rounds) throws Exception {
        long warmupMs = smoke ? 400 : 4000;
        maxWarmSlices = smoke ? 1 : MAX_WARM_SLICES;
        long measureMs = smoke ? 400 : 5000;
        int coldRuns = this.coldRuns > 0 ? this.coldRuns : smoke ? 2 : 10;
        int asyncCalls = smoke ? 2000 : 10_000;
        Path portFile = Files.createTempFile("migsdk-stub", ".port");
        Files.delete(portFile);
        Process stub = new ProcessBuilder(java, "-Xmx512m", "-cp", jar.toString(),
                "dev.migsdk.bench.stub.StubServer", portFile.toString(), smoke ? "300" : "3600")
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            while (!Files.exists(portFile)) {
                if (System.nanoTime() > deadline || !stub.isAlive()) {
                    throw new IllegalStateException("stub server did not start");
                }
                Thread.sleep(20);
            }
            port = Integer.parseInt(Files.readString(portFile).trim());
            StringBuilder md = new StringBuilder();
            if (!coldOnly) {
                md.append(load(rounds, warmupMs, measureMs));
            }
            if (!loadOnly) {
                md.append(coldStarts(coldRuns));
            }
            if (!loadOnly && !coldOnly) {
                md.append(async(asyncCalls));
            }
            return md.toString();
        } finally {
            stub.destroy();
            stub.waitFor(5, TimeUnit.SECONDS);
            Files.deleteIfExists(portFile);
        }
    }

    // ---------------------------------------------------------------- throughput, latency, CPU, allocation

    /** metric values per (impl, op, threads), one per round. */
    private final Map<String, List<double[]>> results = new LinkedHashMap<>();

    private String load(int rounds, long warmupMs, long measureMs) throws Exception {
        for (int r = 0; r < rounds; r++) {
            for (Op op : ops) {
                Map<String, List<String>> lines = pair(op, r, warmupMs, measureMs);
                for (String impl : IMPLS) {
                    int found = 0;
                    for (String line : lines.getOrDefault(impl, List.of())) {
                        if (line.startsWith("THREADCPU ")) {
                            System.err.println("  " + impl + " " + line);
                        }
                        if (line.startsWith("RESULT ")) {
                            System.err.println("  " + line);
                            String[] f = line.split(" ");
                            double[] v = new double[9];
                            for (int i = 0; i < 8; i++) {
                                v[i] = Double.parseDouble(f[5 + i]);
                            }
                            v[8] = v[3] - v[7]; // CPU per call without the JIT compiler threads' share
                            results.computeIfAbsent(impl + " " + f[2] + " " + f[3], k -> new ArrayList<>()).add(v);
                            found++;
                        }
                    }
                    if (found != 2) {
                        fail(impl + " " + op.id() + " produced no results:\n"
                                + String.join("\n", lines.getOrDefault(impl, List.of())));
                    }
                }
                System.err.printf(Locale.ROOT, "round %d %s done%n", r + 1, op.id());
            }
        }
        // v: 0 callsPerSec 1 p50 2 p99 3 cpuUs 4 allocB 5 reqPerCall 6 contextSwitchesPerCall 7 jitCpuUs
        //    8 cpuUs without JIT
        StringBuilder md = new StringBuilder();
        md.append("### Throughput, latency, CPU and allocation (").append(rounds).append(rounds == 1 ? " round" : " rounds")
                .append(", warm-up ").append(warmupMs).append(" ms, measured ").append(measureMs)
                .append(" ms per side and thread count, in ").append(Math.min(SLICE_MS, measureMs))
                .append(" ms slices alternating ours and the floor's JVM)\n\n");
        md.append("Medians over rounds; × = ours ÷ floor (median of the per-round ratios). CPU is the whole process's"
                + " per call (callers, OkHttp's threads, GC, VM) except the JIT compiler threads, whose share is shown"
                + " on its own (JIT) and in the ratio with it included (× w/ JIT): both sides compile about as much,"
                + " but how much of it lands in measured slices is chance, and it moved single rounds by ±0.1."
                + " Allocation and context switches per call are from the 8-thread phase; p50/p99 from the 1-thread"
                + " phase.\n\n");
        if (!launched[0].equals("sdk") || !launched[1].equals("floor")) {
            md.append("Pair: \"ours\" ran `").append(launched[0]).append("`, \"floor\" ran `").append(launched[1])
                    .append("`.\n\n");
        }
        md.append("| operation | calls/s 8 thr ours | floor | × | calls/s 1 thr ours | floor | × | p50 µs ours | floor"
                + " | p99 µs ours | floor | × | CPU µs/call 8 thr ours | floor | × | JIT µs/call 8 thr ours | floor"
                + " | × w/ JIT | CPU µs/call 1 thr ours | floor | × | alloc B/call ours | floor | × | ctx switches/call"
                + " ours | floor | HTTP req/call |\n");
        md.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:"
                + "|---:|---:|---:|---:|---:|---:|---:|\n");
        double[] worst = {Double.MAX_VALUE, 0, 0, 0, 0};
        double maxReq = 0;
        double minReq = Double.MAX_VALUE;
        for (Op op : ops) {
            List<double[]> s8 = results.getOrDefault("sdk " + op.id() + " 8", List.of());
            List<double[]> f8 = results.getOrDefault("floor " + op.id() + " 8", List.of());
            List<double[]> s1 = results.getOrDefault("sdk " + op.id() + " 1", List.of());
            List<double[]> f1 = results.getOrDefault("floor " + op.id() + " 1", List.of());
            if (s8.isEmpty() || f8.isEmpty() || s1.isEmpty() || f1.isEmpty()) {
                continue;
            }
            double thr8 = ratio(s8, f8, 0);
            double cpu = ratio(s8, f8, 8);
            double cpu1 = ratio(s1, f1, 8);
            double alloc = ratio(s8, f8, 4);
            double p99 = ratio(s1, f1, 2);
            worst[0] = Math.min(worst[0], thr8);
            worst[1] = Math.max(worst[1], cpu);
            worst[2] = Math.max(worst[2], alloc);
            worst[3] = Math.max(worst[3], p99);
            worst[4] = Math.max(worst[4], cpu1);
            for (List<double[]> l : List.of(s8, s1)) {
                for (double[] v : l) {
                    maxReq = Math.max(maxReq, v[5]);
                    minReq = Math.min(minReq, v[5]);
                }
            }
            md.append(String.format(Locale.ROOT,
                    "| %s | %,.0f | %,.0f | %.2f | %,.0f | %,.0f | %.2f | %.0f | %.0f | %.0f | %.0f | %.2f | %.1f | %.1f"
                            + " | %.2f | %.1f | %.1f | %.2f | %.1f | %.1f | %.2f | %,.0f | %,.0f | %.2f | %.2f | %.2f"
                            + " | %.3f |\n",
                    op.title(), med(s8, 0), med(f8, 0), thr8, med(s1, 0), med(f1, 0), ratio(s1, f1, 0),
                    med(s1, 1), med(f1, 1), med(s1, 2), med(f1, 2), p99, med(s8, 8), med(f8, 8), cpu,
                    med(s8, 7), med(f8, 7), ratio(s8, f8, 3), med(s1, 8), med(f1, 8), cpu1, med(s8, 4), med(f8, 4),
                    alloc, med(s8, 6), med(f8, 6), med(s8, 5)));
        }
        md.append("\n| target | worst operation | met |\n|---|---:|---|\n");
        md.append(target("8-thread throughput ≥ 0.95× floor", worst[0], worst[0] >= 0.95));
        md.append(target("CPU per call ≤ 1.10× floor, 8 threads (without JIT)", worst[1], worst[1] <= 1.10));
        md.append(target("CPU per call ≤ 1.10× floor, 1 thread (without JIT)", worst[4], worst[4] <= 1.10));
        md.append(target("allocation per call ≤ 1.15× floor", worst[2], worst[2] <= 1.15));
        md.append(target("p99 latency, 1 thread ≤ 1.2× floor", worst[3], worst[3] <= 1.2));
        md.append(String.format(Locale.ROOT, "| exactly one HTTP request per successful call | %.3f–%.3f | %s |%n",
                minReq, maxReq, minReq > 0.999 && maxReq < 1.001 ? "yes" : "NO"));
        md.append('\n').append(perRound());
        return md.toString();
    }

    /** Each round's 8-thread ratios, so that a median near a target can be read with its spread. */
    private String perRound() {
        StringBuilder md = new StringBuilder("Per-round ratios, 8 threads, in round order (throughput; CPU without JIT):\n\n"
                + "| operation | throughput × | CPU × |\n|---|---|---|\n");
        for (Op op : ops) {
            List<double[]> ours = results.getOrDefault("sdk " + op.id() + " 8", List.of());
            List<double[]> floor = results.getOrDefault("floor " + op.id() + " 8", List.of());
            StringBuilder thr = new StringBuilder();
            StringBuilder cpu = new StringBuilder();
            for (int k = 0; k < Math.min(ours.size(), floor.size()); k++) {
                String sep = k == 0 ? "" : " ";
                thr.append(sep).append(String.format(Locale.ROOT, "%.2f", ours.get(k)[0] / floor.get(k)[0]));
                cpu.append(sep).append(String.format(Locale.ROOT, "%.2f", ours.get(k)[8] / floor.get(k)[8]));
            }
            md.append("| ").append(op.title()).append(" | ").append(thr).append(" | ").append(cpu).append(" |\n");
        }
        return md.append('\n').toString();
    }

    private static String target(String what, double v, boolean ok) {
        return String.format(Locale.ROOT, "| %s | %.2f× | %s |%n", what, v, ok ? "yes" : "NO");
    }

    private static double med(List<double[]> l, int i) {
        double[] v = l.stream().mapToDouble(a -> a[i]).sorted().toArray();
        return median(v);
    }

    private static double ratio(List<double[]> ours, List<double[]> floor, int i) {
        int n = Math.min(ours.size(), floor.size());
        double[] r = new double[n];
        for (int k = 0; k < n; k++) {
            r[k] = ours.get(k)[i] / floor.get(k)[i];
        }
        Arrays.sort(r);
        return median(r);
    }

    private static double median(double[] sorted) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int m = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[m] : (sorted[m - 1] + sorted[m]) / 2;
    }

    /**
     * Ours and the floor in two live JVMs, driven in alternating slices ({@value #SLICE_MS} ms each, order
     * ABBA) so that both see the same machine: on a shared 2-core VM the speed of the machine drifts by
     * more than the effect being measured within seconds, and one JVM after the other compares two
     * different machines. Each side only runs while the other is idle (its threads parked).
     */
    private Map<String, List<String>> pair(Op op, int round, long warmupMs, long measureMs) throws Exception {
        Map<String, Driven> jvms = new LinkedHashMap<>();
        try {
            for (String impl : IMPLS) {
                List<String> cmd = new ArrayList<>(List.of(java, "-Xms512m", "-Xmx512m"));
                // {impl} in -Dbench.jvmArgs becomes floor or sdk (e.g. one JFR file per side)
                String extra = System.getProperty("bench.jvmArgs", "").trim().replace("{impl}", impl);
                if (!extra.isEmpty()) {
                    cmd.addAll(Arrays.asList(extra.split(" +")));
                }
                String launched = impl.equals("sdk") ? this.launched[0] : this.launched[1];
                cmd.addAll(List.of("-cp", jar.toString(), "dev.migsdk.bench.e2e.LoadRunner", launched, op.id(),
                        Integer.toString(port), "--commands"));
                jvms.put(impl, new Driven(cmd));
            }
            String[] ab = round % 2 == 0 ? IMPLS : new String[] {IMPLS[1], IMPLS[0]};
            long sliceMs = Math.min(SLICE_MS, measureMs);
            // Warm-up on 1 thread first, in alternating slices (a side warmed up alone would finish compiling
            // while the other one runs, and measure as the faster one for it): the JIT needs calls, not
            // concurrency, and one thread makes nearly as many calls as eight while leaving the compiler
            // threads a core. Under 8 busy threads on 2 cores they get so little CPU that C2 was still
            // compiling 25 s into the run.
            long warmSlices = Math.max(1, warmupMs / sliceMs);
            for (long i = 0; i < warmSlices; i++) {
                for (String impl : abba(ab, i)) {
                    jvms.get(impl).command("warm 1 " + sliceMs);
                }
            }
            for (int threads : new int[] {8, 1}) {
                // Then on this thread count until neither JIT compiled more than JIT_QUIET_MS in each of
                // QUIET_SLICES slices in a row (at most MAX_WARM_SLICES each): eight threads bring new
                // profiles, and one big C2 compilation in a measured slice costs more than the effects measured.
                int quiet = 0;
                for (long i = 0; i < maxWarmSlices && quiet < QUIET_SLICES; i++) {
                    long jit = 0;
                    for (String impl : abba(ab, i)) {
                        jit = Math.max(jit, jvms.get(impl).command("warm " + threads + " " + sliceMs));
                    }
                    quiet = jit <= JIT_QUIET_MS ? quiet + 1 : 0;
                }
                System.err.printf(Locale.ROOT, "  %s %d threads: JIT %s%n", op.id(), threads,
                        quiet >= QUIET_SLICES ? "quiet" : "still compiling after " + maxWarmSlices + " slices");
                long slices = Math.max(1, measureMs / sliceMs);
                for (long i = 0; i < slices; i++) {
                    for (String impl : abba(ab, i)) {
                        jvms.get(impl).command("run " + threads + " " + sliceMs);
                    }
                }
            }
            Map<String, List<String>> out = new LinkedHashMap<>();
            for (Map.Entry<String, Driven> e : jvms.entrySet()) {
                out.put(e.getKey(), e.getValue().finish());
            }
            String dir = System.getProperty("bench.transcripts");
            if (dir != null) {
                // -Dbench.transcripts=DIR: every line each JVM printed (slices' JIT ms, THREADCPU lines, ...)
                for (Map.Entry<String, List<String>> e : out.entrySet()) {
                    Files.createDirectories(Path.of(dir));
                    Files.write(Path.of(dir, op.id() + "-r" + (round + 1) + "-" + e.getKey() + ".txt"), e.getValue());
                }
            }
            return out;
        } catch (IllegalStateException e) {
            fail(op.id() + ": " + e.getMessage());
            return Map.of();
        } finally {
            for (Driven d : jvms.values()) {
                d.destroy();
            }
        }
    }

    /** ABBA order: each side goes first as often as second, so a trend in time cancels out. */
    private static String[] abba(String[] ab, long i) {
        boolean flip = (i % 4 == 1) || (i % 4 == 2);
        return flip ? new String[] {ab[1], ab[0]} : ab;
    }

    /** A {@link LoadRunner} JVM in {@code --commands} mode. */
    private static final class Driven {
        private final Process process;
        private final BufferedReader out;
        private final java.io.Writer in;
        private final List<String> transcript = new ArrayList<>();

        Driven(List<String> cmd) throws IOException {
            process = new ProcessBuilder(cmd).redirectErrorStream(true).start();
            out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
            in = new java.io.OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
            awaitLine("READY");
        }

        /** Sends one command; returns the JIT milliseconds the JVM reported for it. */
        long command(String c) throws IOException {
            in.write(c + "\n");
            in.flush();
            String ok = awaitLine("OK");
            return Long.parseLong(ok.substring(3).trim());
        }

        /** Asks for the totals; returns every line the JVM printed. */
        List<String> finish() throws IOException, InterruptedException {
            in.write("report\n");
            in.flush();
            String line;
            while ((line = out.readLine()) != null) {
                transcript.add(line);
            }
            process.waitFor(30, TimeUnit.SECONDS);
            return transcript;
        }

        private String awaitLine(String expected) throws IOException {
            String line;
            while ((line = out.readLine()) != null) {
                transcript.add(line);
                if (line.equals(expected) || line.startsWith(expected + " ")) {
                    return line;
                }
                if (line.startsWith("ERROR")) {
                    throw new IllegalStateException(String.join("\n", transcript));
                }
            }
            throw new IllegalStateException("the JVM ended early:\n" + String.join("\n", transcript));
        }

        void destroy() {
            process.destroy();
        }
    }

    // ---------------------------------------------------------------- cold start

    private String coldStarts(int runs) throws Exception {
        StringBuilder md = new StringBuilder();
        md.append("### Cold start: a fresh JVM builds a client and completes one call (").append(runs)
                .append(" runs each, interleaved, timed from outside the process)\n\n");
        md.append("| operation | ours median ms | floor median ms | × | ours min ms | floor min ms | classes loaded ours"
                + " | floor |\n|---|---:|---:|---:|---:|---:|---:|---:|\n");
        for (Op op : new Op[] {Op.SMC_DELETE, Op.OMS_DELETE}) {
            Map<String, double[]> ms = new LinkedHashMap<>();
            Map<String, Integer> classes = new LinkedHashMap<>();
            for (String impl : IMPLS) {
                ms.put(impl, new double[runs]);
            }
            for (int i = 0; i < runs; i++) {
                String[] order = i % 2 == 0 ? IMPLS : new String[] {"sdk", "floor"};
                for (String impl : order) {
                    long t0 = System.nanoTime();
                    List<String> lines = runJvm(List.of(), "dev.migsdk.bench.e2e.ColdStart", impl, op.id(),
                            Integer.toString(port));
                    ms.get(impl)[i] = (System.nanoTime() - t0) / 1e6;
                    for (String l : lines) {
                        if (l.startsWith("CLASSES ")) {
                            classes.put(impl, Integer.parseInt(l.substring(8).trim()));
                        }
                    }
                    if (!classes.containsKey(impl)) {
                        fail("cold start " + impl + " " + op.id() + " failed:\n" + String.join("\n", lines));
                    }
                }
            }
            double[] ours = ms.get("sdk").clone();
            double[] floor = ms.get("floor").clone();
            Arrays.sort(ours);
            Arrays.sort(floor);
            md.append(String.format(Locale.ROOT, "| %s | %.0f | %.0f | %.2f | %.0f | %.0f | %d | %d |%n",
                    op.title(), median(ours), median(floor), median(ours) / median(floor), ours[0], floor[0],
                    classes.getOrDefault("sdk", -1), classes.getOrDefault("floor", -1)));
        }
        md.append("\nTarget: cold start ≤ 1.0× the floor's.\n\n");
        return md.toString();
    }

    // ---------------------------------------------------------------- async scale

    private String async(int calls) throws Exception {
        StringBuilder md = new StringBuilder();
        md.append("### Async scale: ").append(String.format(Locale.ROOT, "%,d", calls))
                .append(" async calls, 256 in flight (SMC DeleteReplicationJob)\n\n");
        md.append("| impl | seconds | calls/s | peak threads (whole JVM) | peak heap MB | failures |\n"
                + "|---|---:|---:|---:|---:|---:|\n");
        for (String impl : new String[] {"sdk", "floor"}) {
            List<String> lines = runJvm(List.of("-Xmx512m"), "dev.migsdk.bench.e2e.AsyncScale", impl,
                    Op.SMC_DELETE.id(), Integer.toString(port), Integer.toString(calls), "256");
            boolean found = false;
            for (String l : lines) {
                if (l.startsWith("ASYNC ")) {
                    String[] f = l.split(" ");
                    md.append(String.format(Locale.ROOT, "| %s | %s | %s | %s | %s | %s |%n", impl.equals("sdk")
                            ? "ours (SmcAsyncClient)" : "floor (OkHttp enqueue)", f[5], f[6], f[7], f[8], f[9]));
                    found = true;
                }
            }
            if (!found) {
                fail("async " + impl + " failed:\n" + String.join("\n", lines));
            }
        }
        md.append('\n');
        return md.toString();
    }

    // ---------------------------------------------------------------- processes

    private List<String> runJvm(List<String> jvmArgs, String main, String... args) throws IOException,
            InterruptedException {
        List<String> cmd = new ArrayList<>();
        cmd.add(java);
        cmd.addAll(jvmArgs);
        cmd.add("-cp");
        cmd.add(jar.toString());
        cmd.add(main);
        cmd.addAll(Arrays.asList(args));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        List<String> lines = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                lines.add(line);
            }
        }
        if (!p.waitFor(10, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            fail(main + " timed out");
        } else if (p.exitValue() != 0) {
            fail(main + " " + String.join(" ", args) + " exited " + p.exitValue() + ":\n" + String.join("\n", lines));
        }
        return lines;
    }

    private void fail(String message) {
        failed = true;
        System.err.println("ERROR: " + message);
    }
}
