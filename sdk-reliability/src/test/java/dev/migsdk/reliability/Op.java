package dev.migsdk.reliability;

import dev.migsdk.core.auth.AlibabaCredentials;
import dev.migsdk.core.auth.CredentialsProvider;
import dev.migsdk.core.auth.HuaweiAkSkCredentials;
import dev.migsdk.core.auth.HuaweiCredentials;
import dev.migsdk.core.auth.StaticCredentialsProvider;
import dev.migsdk.core.client.SdkClientBuilder;
import dev.migsdk.smc.SmcAsyncClient;
import dev.migsdk.smc.SmcClient;
import java.net.URI;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.function.Consumer;
import org.junit.jupiter.params.provider.Arguments;

/**
 * The five operations the SDK has (SMC's delete and stop, DTS's, OMS's and SMS's delete), as one shape for
 * suites that run against a local test server rather than the emulator: {@link Client#delete} runs the
 * operation (for {@link #SMC_STOP}, {@code StopReplicationJob}).
 */
public enum Op {
    SMC_DELETE(Svc.SMC, "DeleteReplicationJob"), SMC_STOP(Svc.SMC, "StopReplicationJob"),
    DTS_DELETE(Svc.DTS, "DeleteDtsJob"), OMS_DELETE(Svc.OMS, "DeleteTask"), SMS_DELETE(Svc.SMS, "DeleteTask");

    /** Credentials the test servers never check; the secrets are registered with {@link Secrets}. */
    public static final AlibabaCredentials ALIBABA = AlibabaCredentials.of("LTAIrelTestKeyId", "relAlibabaSecret0001");
    public static final HuaweiAkSkCredentials HUAWEI = HuaweiAkSkCredentials.builder().accessKey("HWRELTESTAK")
            .secretKey("relHuaweiSecretKey0001").projectId("0a1b2c3d4e5f60718293a4b5c6d7e8f9")
            .domainId("d0d1d2d3d4d5d6d7d8d9dadbdcdddedf").build();

    static {
        Secrets.secret(ALIBABA.accessKeySecret());
        Secrets.secret(HUAWEI.secretKey());
    }

    private final Svc svc;
    private final String operation;

    Op(Svc svc, String operation) {
        this.svc = svc;
        this.operation = operation;
    }

    public Svc svc() {
        return svc;
    }

    /** The operation's name as the provider documents it (and as exceptions name it). */
    public String operation() {
        return operation;
    }

    /** Alibaba RPC (SMC, DTS) rather than Huawei REST (OMS, SMS). */
    public boolean alibaba() {
        return svc == Svc.SMC || svc == Svc.DTS;
    }

    /** The response header that carries the request id: {@code x-acs-request-id} or {@code X-Request-Id}. */
    public String requestIdHeader() {
        return alibaba() ? "x-acs-request-id" : "X-Request-Id";
    }

    /** A client of {@code endpoint} signing with {@link #ALIBABA} / {@link #HUAWEI}, then {@code config}. */
    public Client client(URI endpoint, Mode mode, Consumer<SdkClientBuilder<?, ?>> config) {
        return client(endpoint, StaticCredentialsProvider.create(ALIBABA), StaticCredentialsProvider.create(HUAWEI),
                mode, config);
    }

    /** A client of {@code endpoint} signing with the provider of its cloud, then {@code config}. */
    public Client client(URI endpoint, CredentialsProvider<AlibabaCredentials> alibaba,
                         CredentialsProvider<? extends HuaweiCredentials> huawei, Mode mode,
                         Consumer<SdkClientBuilder<?, ?>> config) {
        if (this != SMC_STOP) {
            return svc.client(endpoint, alibaba, huawei, mode.async(), config);
        }
        if (mode.async()) {
            SmcAsyncClient c = Svc.prepare(SmcAsyncClient.builder().credentialsProvider(alibaba), endpoint, config)
                    .build();
            return new Client(svc, c, null, id -> c.stopReplicationJob(r -> r.jobId(id)));
        }
        SmcClient c = Svc.prepare(SmcClient.builder().credentialsProvider(alibaba), endpoint, config).build();
        return new Client(svc, c, id -> c.stopReplicationJob(r -> r.jobId(id)), null);
    }

    /** Arguments (case, op, mode) for every case, every operation it applies to, sync and async. */
    static <T> Stream<Arguments> matrix(List<T> cases, Function<T, List<Op>> opsOf) {
        return cases.stream().flatMap(c -> opsOf.apply(c).stream()
                .flatMap(op -> Stream.of(Mode.values()).map(mode -> Arguments.of(c, op, mode))));
    }

    @Override
    public String toString() {
        return svc + " " + operation;
    }
}
