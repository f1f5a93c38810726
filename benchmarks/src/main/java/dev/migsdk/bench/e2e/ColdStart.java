package dev.migsdk.bench.e2e;

import java.lang.management.ManagementFactory;

/**
 * A fresh JVM's first call: builds a client, makes one call, prints the loaded-class count and exits.
 * The caller times the whole process from outside.
 *
 * <pre>java -cp benchmarks.jar dev.migsdk.bench.e2e.ColdStart impl op port</pre>
 */
public final class ColdStart {
    public static void main(String[] args) {
        Caller caller = Caller.create(args[0], Op.of(args[1]), Integer.parseInt(args[2]));
        caller.call();
        System.out.println("CLASSES " + ManagementFactory.getClassLoadingMXBean().getTotalLoadedClassCount());
        System.out.flush();
        // No close(): a one-shot program exits; Runtime.halt skips nothing we need (no shutdown hooks).
        Runtime.getRuntime().halt(0);
    }
}
