package dev.migsdk.examples.cli;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Ctrl-C for a command: the first interrupt runs the registered handlers (a bulk command stops sending,
 * lets calls in flight finish for a bounded time, reports, and exits 130); a second one, or one with nothing
 * registered, ends the process at once with 130. {@link #system()} listens for SIGINT; {@link #manual()} is
 * fired by tests and never ends the process. Thread-safe.
 */
public final class Interrupts {
    /** The exit code after an interrupt: 128 + SIGINT, what shells report for Ctrl-C. */
    static final int EXIT_CODE = 130;

    private final boolean process;
    private final List<Runnable> handlers = new CopyOnWriteArrayList<>();
    private final AtomicInteger fired = new AtomicInteger();

    private Interrupts(boolean process) {
        this.process = process;
    }

    /** Interrupts delivered by SIGINT to this process (where the JVM lets us listen; else the JVM's default). */
    static Interrupts system() {
        Interrupts interrupts = new Interrupts(true);
        try {
            Class<?> signal = Class.forName("sun.misc.Signal");
            Class<?> handler = Class.forName("sun.misc.SignalHandler");
            Object onSignal = Proxy.newProxyInstance(handler.getClassLoader(), new Class<?>[] {handler},
                    (InvocationHandler) (proxy, method, args) -> {
                        if (method.getName().equals("handle")) {
                            interrupts.fire();
                        }
                        return null;
                    });
            signal.getMethod("handle", signal, handler).invoke(null,
                    signal.getConstructor(String.class).newInstance("INT"), onSignal);
        } catch (ReflectiveOperationException | RuntimeException e) {
            // no sun.misc.Signal: Ctrl-C ends the JVM as usual (exit 130, without the report)
        }
        return interrupts;
    }

    /** Interrupts fired by {@link #fire()} only (tests). */
    static Interrupts manual() {
        return new Interrupts(false);
    }

    /** Runs {@code handler} on the first interrupt until the returned registration is closed. */
    Registration onInterrupt(Runnable handler) {
        handlers.add(handler);
        return () -> handlers.remove(handler);
    }

    /** Delivers an interrupt. */
    void fire() {
        int n = fired.incrementAndGet();
        if (process && (n > 1 || handlers.isEmpty())) {
            Runtime.getRuntime().halt(EXIT_CODE);
        }
        if (n == 1) {
            for (Runnable h : handlers) {
                h.run();
            }
        }
    }

    /** A handler's registration. */
    interface Registration extends AutoCloseable {
        @Override
        void close();
    }
}
