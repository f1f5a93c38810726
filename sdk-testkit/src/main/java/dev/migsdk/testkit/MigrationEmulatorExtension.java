package dev.migsdk.testkit;

import java.util.Objects;
import java.util.function.Consumer;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * JUnit 5 extension that gives each test a fresh {@link MigrationEmulator} as a parameter (of the test method,
 * its {@code @BeforeEach}/{@code @AfterEach} methods — all the same instance) and closes it after the test.
 * A {@code @BeforeAll} parameter gets one emulator for the whole class, closed after all tests.
 *
 * <pre>{@code
 * @ExtendWith(MigrationEmulatorExtension.class)
 * class MyTest {
 *     @Test void deletes(MigrationEmulator emulator) { ... }
 * }
 * // or, to configure it:
 * @RegisterExtension
 * static MigrationEmulatorExtension emulators = MigrationEmulatorExtension.configured(b -> b.clock(myClock));
 * }</pre>
 */
public final class MigrationEmulatorExtension implements ParameterResolver, AfterEachCallback, AfterAllCallback {
    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(MigrationEmulatorExtension.class);
    private static final String KEY = "emulator";

    private final Consumer<MigrationEmulator.Builder> configuration;

    /** An extension with default emulators (used by {@code @ExtendWith}). */
    public MigrationEmulatorExtension() {
        this(b -> { });
    }

    private MigrationEmulatorExtension(Consumer<MigrationEmulator.Builder> configuration) {
        this.configuration = configuration;
    }

    /** An extension whose emulators are configured by {@code configuration} before they start. */
    public static MigrationEmulatorExtension configured(Consumer<MigrationEmulator.Builder> configuration) {
        return new MigrationEmulatorExtension(Objects.requireNonNull(configuration, "configuration"));
    }

    @Override
    public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        return parameterContext.getParameter().getType() == MigrationEmulator.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        return extensionContext.getStore(NAMESPACE).getOrComputeIfAbsent(KEY, k -> {
            MigrationEmulator.Builder builder = MigrationEmulator.builder();
            configuration.accept(builder);
            return builder.start();
        }, MigrationEmulator.class);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        closeStored(context);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        closeStored(context);
    }

    private static void closeStored(ExtensionContext context) {
        MigrationEmulator emulator = context.getStore(NAMESPACE).remove(KEY, MigrationEmulator.class);
        if (emulator != null) {
            emulator.close();
        }
    }
}
