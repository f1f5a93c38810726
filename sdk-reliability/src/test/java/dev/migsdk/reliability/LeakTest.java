package dev.migsdk.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migsdk.core.SdkResponse;
import dev.migsdk.http.okhttp.internal.OkHttpTransport;
import dev.migsdk.testkit.MigrationEmulator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Thousands of calls, then {@code close()}: the clients' OkHttp dispatcher threads are gone, their
 * connection pools are empty and no socket to the emulator is left open (read from /proc/net/tcp*).
 * OkHttp's shared "OkHttp TaskRunner" threads are JVM-wide (MockWebServer uses them too) and exit
 * about 60 s after their last task: only the -Preliability run waits for them, after closing the emulator.
 */
@ExtendWith(Secrets.class)
class LeakTest {
    MigrationEmulator emu;

    @BeforeEach
    void start() {
        emu = MigrationEmulator.start();
        Secrets.secretsOf(emu);
    }

    @AfterEach
    void stop() {
        emu.close();
    }

    @Test
    void afterThousandsOfCallsAndCloseNoSdkThreadOrConnectionRemains() throws Exception {
        int calls = Report.profile() ? 8_000 : 2_000;
        Set<Thread> before = Thread.getAllStackTraces().keySet();
        List<Client> clients = new ArrayList<>();
        for (Svc svc : Svc.values()) {
            clients.add(svc.client(emu, b -> { }));
            clients.add(svc.asyncClient(emu, b -> { }));
        }
        List<OkHttpTransport> transports = clients.stream()
                .map(c -> (OkHttpTransport) Internals.runtime(c.unwrap()).settings().transport()).toList();
        ExecutorService callers = Executors.newFixedThreadPool(16);
        AtomicInteger ok = new AtomicInteger();
        List<Future<?>> work = new ArrayList<>();
        for (int w = 0; w < 16; w++) {
            int worker = w;
            work.add(callers.submit(() -> {
                for (int i = worker; i < calls; i += 16) {
                    Client c = clients.get(i % clients.size());
                    String id = c.svc().newId();
                    c.svc().seed(emu, id);
                    c.delete(id);
                    ok.incrementAndGet();
                    if (i % 1000 == worker) {
                        Secrets.harvest(emu.journal().requests());
                        emu.journal().clear();
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : work) {
            f.get(2, TimeUnit.MINUTES);
        }
        callers.shutdown();
        assertThat(ok.get()).isEqualTo(calls);
        int openDuring = establishedTo(emu.port());
        clients.forEach(Client::close);

        for (OkHttpTransport t : transports) {
            assertThat(t.client().dispatcher().executorService().awaitTermination(5, TimeUnit.SECONDS))
                    .as("dispatcher threads ended").isTrue();
            assertThat(t.client().connectionPool().connectionCount()).as("pooled connections").isZero();
        }
        List<String> leftovers = waitForNewThreads(before, name -> name.startsWith("OkHttp")
                && !name.startsWith("OkHttp TaskRunner"), Duration.ofSeconds(5));
        assertThat(leftovers).as("OkHttp threads of closed clients").isEmpty();
        int openAfter = waitForSockets(emu.port(), Duration.ofSeconds(5));
        assertThat(openAfter).as("client sockets to the emulator still ESTABLISHED").isZero();
        String taskRunners = "not waited for (profile only)";
        if (Report.profile()) {
            emu.close();
            List<String> runners = waitForNewThreads(before, name -> name.startsWith("OkHttp"), Duration.ofSeconds(90));
            assertThat(runners).as("OkHttp threads 90 s after closing every client and server").isEmpty();
            taskRunners = "none left after closing the emulator too";
        }
        Report.section("leaks: " + calls + " calls over 8 clients, then close()",
                "client sockets to the emulator: " + openDuring + " open before close, " + openAfter + " after\n"
                        + "dispatcher executors terminated: " + transports.size() + "/" + transports.size()
                        + ", pooled connections after close: 0\nOkHttp TaskRunner threads: " + taskRunners);
    }

    @Test
    void twoHundredFiftySixAsyncCallsInFlightUseABoundedNumberOfThreads() throws Exception {
        int inFlight = 256;
        Set<Thread> before = Thread.getAllStackTraces().keySet();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < inFlight; i++) {
            String id = Svc.SMS.newId();
            Svc.SMS.seed(emu, id);
            ids.add(id);
        }
        emu.faults().delayNext(Svc.SMS.emulated(), inFlight, Duration.ofMillis(250));
        AtomicBoolean sampling = new AtomicBoolean(true);
        AtomicInteger maxClientThreads = new AtomicInteger();
        Map<String, Integer> peakByKind = new TreeMap<>();
        Thread sampler = new Thread(() -> {
            while (sampling.get()) {
                Map<String, Integer> kinds = newThreads(before).stream()
                        .collect(Collectors.groupingBy(LeakTest::kind, TreeMap::new, Collectors.summingInt(t -> 1)));
                int client = kinds.entrySet().stream().filter(e -> !e.getKey().startsWith("MockWebServer")
                        && !e.getKey().equals("sampler")).mapToInt(Map.Entry::getValue).sum();
                if (client > maxClientThreads.get()) {
                    maxClientThreads.set(client);
                    synchronized (peakByKind) {
                        peakByKind.clear();
                        peakByKind.putAll(kinds);
                    }
                }
                try {
                    Thread.sleep(10);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "sampler");
        sampler.start();
        long t0 = System.nanoTime();
        try (Client client = Svc.SMS.asyncClient(emu, b -> { })) {
            List<CompletableFuture<? extends SdkResponse>> futures = new ArrayList<>();
            for (String id : ids) {
                futures.add(client.deleteAsync(id));
            }
            CompletableFuture.allOf(futures.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);
        } finally {
            sampling.set(false);
            sampler.join();
        }
        long ms = (System.nanoTime() - t0) / 1_000_000;
        Secrets.harvest(emu.journal().requests());
        assertThat(emu.journal().requests()).hasSize(inFlight);
        Report.section("leaks: " + inFlight + " async calls in flight (answers held 250 ms)",
                "peak client-side threads: " + maxClientThreads.get() + " (limit: maxConcurrency 64 + 32)\n"
                        + "peak threads by kind: " + peakByKind + "\nwall time: " + ms + " ms");
        // The dispatcher's threads are bounded by maxConcurrency (64 calls at once); a thread that just ended
        // a call is briefly named "OkHttp Dispatcher" while another picks up the next one, so a few more
        // can be seen at one instant. OkHttp's shared TaskRunner, which the in-process MockWebServer uses too,
        // grows with the burst (16 seen) and its connection pool adds one: bounded, and far below 256 in all.
        int dispatcher;
        synchronized (peakByKind) {
            dispatcher = peakByKind.getOrDefault("OkHttp call", 0) + peakByKind.getOrDefault("OkHttp Dispatcher", 0);
        }
        assertThat(dispatcher).as("dispatcher threads at the peak: %s", peakByKind).isLessThanOrEqualTo(64 + 8);
        assertThat(maxClientThreads.get()).as("client-side threads during the burst: %s", peakByKind)
                .isLessThanOrEqualTo(64 + 32);
    }

    static String kind(Thread t) {
        String n = t.getName();
        if (n.startsWith("OkHttp http")) {
            return "OkHttp call";
        }
        int i = n.indexOf(' ', n.startsWith("OkHttp ") ? 7 : 0);
        return i < 0 ? n.replaceAll("\\d+", "#") : n.substring(0, i).replaceAll("\\d+", "#");
    }

    static List<Thread> newThreads(Set<Thread> before) {
        return Thread.getAllStackTraces().keySet().stream().filter(t -> t.isAlive() && !before.contains(t)).toList();
    }

    static List<String> waitForNewThreads(Set<Thread> before, java.util.function.Predicate<String> matching,
                                          Duration limit) throws InterruptedException {
        long end = System.nanoTime() + limit.toNanos();
        List<String> names;
        do {
            names = newThreads(before).stream().map(Thread::getName).filter(matching).toList();
            if (names.isEmpty()) {
                return names;
            }
            Thread.sleep(100);
        } while (System.nanoTime() < end);
        return names;
    }

    static int waitForSockets(int port, Duration limit) throws Exception {
        long end = System.nanoTime() + limit.toNanos();
        int n;
        do {
            n = establishedTo(port);
            if (n == 0) {
                return 0;
            }
            Thread.sleep(100);
        } while (System.nanoTime() < end);
        return n;
    }

    /** Client-side TCP sockets in state ESTABLISHED whose remote port is {@code port} (Linux /proc). */
    static int establishedTo(int port) throws IOException {
        String hexPort = String.format(Locale.ROOT, "%04X", port);
        int n = 0;
        for (String file : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
            Path p = Path.of(file);
            if (!Files.exists(p)) {
                continue;
            }
            List<String> lines = Files.readAllLines(p);
            for (String line : lines.subList(1, lines.size())) {
                String[] f = line.trim().split("\\s+");
                if (f.length > 3 && f[2].endsWith(":" + hexPort) && f[3].equals("01")) {
                    n++;
                }
            }
        }
        return n;
    }
}
