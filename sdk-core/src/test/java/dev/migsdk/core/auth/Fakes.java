package dev.migsdk.core.auth;

import dev.migsdk.core.internal.auth.MutableClock;
import dev.migsdk.core.internal.auth.SystemContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/** A fake process environment: env, system properties, a temporary home and a hand-moved clock. */
final class Fakes {
    final Map<String, String> env = new HashMap<>();
    final Map<String, String> props = new HashMap<>();
    final Path home;
    final MutableClock clock = new MutableClock(Instant.parse("2024-05-01T00:00:00Z"));

    Fakes(Path home) {
        this.home = home;
    }

    Fakes env(String k, String v) {
        env.put(k, v);
        return this;
    }

    Fakes prop(String k, String v) {
        props.put(k, v);
        return this;
    }

    SystemContext context() {
        return SystemContext.of(env, props, home, clock);
    }

    Path write(String relative, String content) {
        Path p = home.resolve(relative);
        try {
            Files.createDirectories(p.getParent());
            Files.writeString(p, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }
}
