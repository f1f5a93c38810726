package dev.migsdk.reliability;

import dev.migsdk.core.internal.pipeline.ClientRuntime;
import java.lang.reflect.Field;

/** Reaches the runtime behind a client (test diagnostics only: budget tokens, limiter rate, OkHttp pool). */
final class Internals {
    private Internals() {
    }

    static ClientRuntime<?> runtime(Object client) {
        for (Class<?> c = client.getClass(); c != null; c = c.getSuperclass()) {
            for (Field f : c.getDeclaredFields()) {
                if (ClientRuntime.class.isAssignableFrom(f.getType())) {
                    try {
                        f.setAccessible(true);
                        return (ClientRuntime<?>) f.get(client);
                    } catch (IllegalAccessException e) {
                        throw new IllegalStateException(e);
                    }
                }
            }
        }
        throw new IllegalArgumentException("no runtime in " + client.getClass());
    }
}
