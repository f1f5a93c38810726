package dev.migsdk.core.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Reads test resources such as the providers' documented examples under {@code fixtures/<service>/}. */
public final class Fixtures {
    private Fixtures() {
    }

    /** The UTF-8 text of classpath resource {@code path} (no leading slash), e.g. {@code fixtures/smc/x.json}. */
    public static String read(String path) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
