package dev.migsdk.testkit;

import dev.migsdk.dts.DtsAsyncClient;
import dev.migsdk.dts.DtsClient;
import dev.migsdk.oms.OmsAsyncClient;
import dev.migsdk.oms.OmsClient;
import dev.migsdk.smc.SmcAsyncClient;
import dev.migsdk.smc.SmcClient;
import dev.migsdk.sms.SmsAsyncClient;
import dev.migsdk.sms.SmsClient;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
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
 * <p>Parameters of a client type ({@link SmcClient}, {@link SmcAsyncClient}, {@link DtsClient},
 * {@link DtsAsyncClient}, {@link OmsClient}, {@link OmsAsyncClient}, {@link SmsClient}, {@link SmsAsyncClient})
 * get a client wired to that same emulator ({@link MigrationEmulator#smcClient()} and friends), one per type and
 * test, closed with the emulator.
 *
 * <pre>{@code
 * @ExtendWith(MigrationEmulatorExtension.class)
 * class MyTest {
 *     @Test void deletes(MigrationEmulator emulator, SmcClient smc) { ... }
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
    private static final Map<Class<?>, Function<MigrationEmulator, Object>> CLIENTS = Map.of(
            SmcClient.class, MigrationEmulator::smcClient,
            SmcAsyncClient.class, MigrationEmulator::smcAsyncClient,
            DtsClient.class, MigrationEmulator::dtsClient,
            DtsAsyncClient.class, MigrationEmulator::dtsAsyncClient,
            OmsClient.class, MigrationEmulator::omsClient,
            OmsAsyncClient.class, MigrationEmulator::omsAsyncClient,
            SmsClient.class, MigrationEmulator::smsClient,
            SmsAsyncClient.class, MigrationEmulator::smsAsyncClient);

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
        Class<?> type = parameterContext.getParameter().getType();
        return type == MigrationEmulator.class || CLIENTS.containsKey(type);
    }

    @Override
    public Object resolveParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        ExtensionContext.Store store = extensionContext.getStore(NAMESPACE);
        MigrationEmulator emulator = store.getOrComputeIfAbsent(KEY, k -> {
            MigrationEmulator.Builder builder = MigrationEmulator.builder();
            configuration.accept(builder);
            return builder.start();
        }, MigrationEmulator.class);
        Class<?> type = parameterContext.getParameter().getType();
        if (type == MigrationEmulator.class) {
            return emulator;
        }
        // Keyed by emulator too, so a class-wide emulator's clients are not mixed with a per-test one's.
        return store.getOrComputeIfAbsent(new ClientKey(emulator, type), k -> CLIENTS.get(type).apply(emulator));
    }

    /** Store key of a wired client: one per emulator and client type. */
    private record ClientKey(MigrationEmulator emulator, Class<?> type) {
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
