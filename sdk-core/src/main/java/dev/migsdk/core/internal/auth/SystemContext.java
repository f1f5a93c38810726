package dev.migsdk.core.internal.auth;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * The one seam through which credential providers see the process: environment variables, system
 * properties, the home directory and the clock. Production code uses {@link #system()}; tests build a
 * fake one with {@link #of} so they never read the real home directory or environment. Internal API.
 */
public final class SystemContext {
    private final UnaryOperator<String> env;
    private final UnaryOperator<String> sysProps;
    private final Supplier<Path> home;
    private final Clock clock;

    private SystemContext(UnaryOperator<String> env, UnaryOperator<String> sysProps, Supplier<Path> home,
                          Clock clock) {
        this.env = Objects.requireNonNull(env, "env");
        this.sysProps = Objects.requireNonNull(sysProps, "sysProps");
        this.home = Objects.requireNonNull(home, "home");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The real process environment, system properties, {@code user.home} and the UTC system clock. */
    public static SystemContext system() {
        return new SystemContext(System::getenv, System::getProperty, () -> {
            String h = System.getProperty("user.home");
            return h == null || h.isBlank() ? null : Path.of(h);
        }, Clock.systemUTC());
    }

    /** A fixed context for tests; {@code home} may be {@code null} (no home directory). */
    public static SystemContext of(Map<String, String> env, Map<String, String> sysProps, Path home, Clock clock) {
        Map<String, String> e = Map.copyOf(env);
        Map<String, String> p = Map.copyOf(sysProps);
        return new SystemContext(e::get, p::get, () -> home, clock);
    }

    /** This context with another clock. */
    public SystemContext withClock(Clock newClock) {
        return new SystemContext(env, sysProps, home, newClock);
    }

    /** The environment variable, trimmed, or {@code null} if unset or blank. */
    public String env(String name) {
        return trimToNull(env.apply(name));
    }

    /** Whether the environment variable is {@code true} (ignoring case). */
    public boolean envTrue(String name) {
        return "true".equalsIgnoreCase(env(name));
    }

    /** The system property, trimmed, or {@code null} if unset or blank. */
    public String property(String name) {
        return trimToNull(sysProps.apply(name));
    }

    /** The user's home directory, or {@code null} if unknown. */
    public Path home() {
        return home.get();
    }

    public Clock clock() {
        return clock;
    }

    /** {@code s} trimmed, or {@code null} if null or blank. */
    public static String trimToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    @Override
    public String toString() {
        return "SystemContext";
    }
}
