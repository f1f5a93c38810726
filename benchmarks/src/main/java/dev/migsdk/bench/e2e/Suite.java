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
 * separate JVMs, in interleaved rounds (the order flips every round), for each operation; then cold
 * starts and the async scale test. Writes a markdown report. Ratios are ours ÷ floor, taken per round
 * and reported as the median over rounds.
 *
 * <pre>java -cp benchmarks.jar dev.migsdk.bench.e2e.Suite [--smoke] [--rounds N] [--out report.md]</pre>
 * Exit status is non-zero only when something failed to run (a call failed, a JVM crashed); missed
 * targets are reported, not fatal.
 */
public final class Suite {
    private static final String[] IMPLS = {"floor", "sdk"};

    private final Path jar;
    private final String java;
    private int port;
    private boolean failed;

    private Suite() throws Exception {
        this.jar = Path.of(Suite.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        this.java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    public static void main(String[] args) throws Exception {
        boolean smoke = false;
        int rounds = 3;
        Path out = Path.of("benchmarks/target/e2e-report.md");
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--smoke" -> smoke = true;
                case "--rounds" -> rounds = Integer.parseInt(args[++i]);
                case "--out" -> out = Path.of(args[++i]);
                default -> throw new IllegalArgumentException("unknown argument " + args[i]);
            }
        }
        Suite s = new Suite();
        String report = s.run(smoke, smoke ? 1 : rounds);
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.writeString(out, report);
        System.out.println(report);
        System.exit(s.failed ? 1 : 0);
    }

    private String run(boolean smoke, int rounds) throws Exception {
        long warmupMs = smoke ? 400 : 4000;
        long measureMs = smoke ? 400 : 5000;
        int coldRuns = smoke ? 2 : 10;
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
            md.append(load(rounds, warmupMs, measureMs));
            md.append(coldStarts(coldRuns));
            md.append(async(asyncCalls));
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
            for (Op op : Op.values()) {
                String[] order = r % 2 == 0 ? IMPLS : new String[] {"sdk", "floor"};
                for (String impl : order) {
                    List<String> lines = runJvm(List.of("-Xms512m", "-Xmx512m"), "dev.migsdk.bench.e2e.LoadRunner",
                            impl, op.id(), Integer.toString(port), Long.toString(warmupMs), Long.toString(measureMs));
                    int found = 0;
                    for (String line : lines) {
                        if (line.startsWith("RESULT ")) {
                            String[] f = line.split(" ");
                            double[] v = new double[6];
                            for (int i = 0; i < 6; i++) {
                                v[i] = Double.parseDouble(f[5 + i]);
                            }
                            results.computeIfAbsent(f[1] + " " + f[2] + " " + f[3], k -> new ArrayList<>()).add(v);
                            found++;
                        }
                    }
                    if (found != 2) {
                        fail(impl + " " + op.id() + " produced no results:\n" + String.join("\n", lines));
                    }
                    System.err.printf(Locale.ROOT, "round %d %s %s done%n", r + 1, op.id(), impl);
                }
            }
        }
        // v: 0 callsPerSec 1 p50 2 p99 3 cpuUs 4 allocB 5 reqPerCall
        StringBuilder md = new StringBuilder();
        md.append("### Throughput, latency, CPU and allocation (").append(rounds).append(rounds == 1 ? " round" : " rounds")
                .append(", warm-up ").append(warmupMs).append(" ms, measured ").append(measureMs)
                .append(" ms per phase)\n\n");
        md.append("Medians over rounds; × = ours ÷ floor (median of the per-round ratios). CPU and allocation per call"
                + " are from the 8-thread phase; p50/p99 from the 1-thread phase.\n\n");
        md.append("| operation | calls/s 8 thr ours | floor | × | calls/s 1 thr ours | floor | × | p50 µs ours | floor"
                + " | p99 µs ours | floor | × | CPU µs/call ours | floor | × | alloc B/call ours | floor | × |"
                + " HTTP req/call |\n");
        md.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        double[] worst = {Double.MAX_VALUE, 0, 0, 0};
        double maxReq = 0;
        double minReq = Double.MAX_VALUE;
        for (Op op : Op.values()) {
            List<double[]> s8 = results.getOrDefault("sdk " + op.id() + " 8", List.of());
            List<double[]> f8 = results.getOrDefault("floor " + op.id() + " 8", List.of());
            List<double[]> s1 = results.getOrDefault("sdk " + op.id() + " 1", List.of());
            List<double[]> f1 = results.getOrDefault("floor " + op.id() + " 1", List.of());
            if (s8.isEmpty() || f8.isEmpty() || s1.isEmpty() || f1.isEmpty()) {
                continue;
            }
            double thr8 = ratio(s8, f8, 0);
            double cpu = ratio(s8, f8, 3);
            double alloc = ratio(s8, f8, 4);
            double p99 = ratio(s1, f1, 2);
            worst[0] = Math.min(worst[0], thr8);
            worst[1] = Math.max(worst[1], cpu);
            worst[2] = Math.max(worst[2], alloc);
            worst[3] = Math.max(worst[3], p99);
            for (List<double[]> l : List.of(s8, s1)) {
                for (double[] v : l) {
                    maxReq = Math.max(maxReq, v[5]);
                    minReq = Math.min(minReq, v[5]);
                }
            }
            md.append(String.format(Locale.ROOT,
                    "| %s | %,.0f | %,.0f | %.2f | %,.0f | %,.0f | %.2f | %.0f | %.0f | %.0f | %.0f | %.2f | %.1f | %.1f"
                            + " | %.2f | %,.0f | %,.0f | %.2f | %.3f |\n",
                    op.title(), med(s8, 0), med(f8, 0), thr8, med(s1, 0), med(f1, 0), ratio(s1, f1, 0),
                    med(s1, 1), med(f1, 1), med(s1, 2), med(f1, 2), p99, med(s8, 3), med(f8, 3), cpu, med(s8, 4),
                    med(f8, 4), alloc, med(s8, 5)));
        }
        md.append("\n| target | worst operation | met |\n|---|---:|---|\n");
        md.append(target("8-thread throughput ≥ 0.90× floor", worst[0], worst[0] >= 0.90));
        md.append(target("CPU per call ≤ 1.10× floor", worst[1], worst[1] <= 1.10));
        md.append(target("allocation per call ≤ 1.3× floor", worst[2], worst[2] <= 1.3));
        md.append(target("p99 latency, 1 thread ≤ 1.2× floor", worst[3], worst[3] <= 1.2));
        md.append(String.format(Locale.ROOT, "| exactly one HTTP request per successful call | %.3f–%.3f | %s |%n",
                minReq, maxReq, minReq > 0.999 && maxReq < 1.001 ? "yes" : "NO"));
        md.append('\n');
        return md.toString();
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
            md.append(String.format(Locale.ROOT, "| %s | %.0f | %.0f | %.2f | %.0f | %.0f | %d | %d |%n", op.title(),
                    median(ours), median(floor), median(ours) / median(floor), ours[0], floor[0],
                    classes.getOrDefault("sdk", -1), classes.getOrDefault("floor", -1)));
        }
        md.append("\nTarget: cold start ≤ 1.05× the floor's.\n\n");
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
