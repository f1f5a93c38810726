package dev.migsdk.bench.jmh;

import dev.migsdk.bench.e2e.CannedAnswers;
import dev.migsdk.core.auth.AlibabaCredentials;
import dev.migsdk.core.auth.HuaweiAkSkCredentials;
import dev.migsdk.smc.SmcClient;
import dev.migsdk.smc.model.DeleteReplicationJobRequest;
import dev.migsdk.smc.model.DeleteReplicationJobResponse;
import dev.migsdk.sms.SmsClient;
import dev.migsdk.sms.model.DeleteTaskRequest;
import dev.migsdk.sms.model.DeleteTaskResponse;
import java.net.URI;
import java.util.concurrent.TimeUnit;
import dev.migsdk.http.okhttp.OkHttpTransportFactory;
import okhttp3.OkHttpClient;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The whole sync client with OkHttp but no network: an application interceptor answers every call with
 * a canned response, so this is pipeline + OkHttp call machinery + the sync path's hand-off. Compare with
 * {@link PipelineBenchmark} to see what the OkHttp layer and the sync hand-off cost.
 *
 * <pre>java -jar benchmarks/target/benchmarks.jar ClientBenchmark</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class ClientBenchmark {
    private SmcClient smc;
    private SmsClient sms;
    private final DeleteReplicationJobRequest smcRequest = DeleteReplicationJobRequest.builder()
            .jobId("j-bp17m1vi6x21qhqk1234").build();
    private final DeleteTaskRequest smsRequest = DeleteTaskRequest.builder()
            .taskId("0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0").build();

    @Setup
    public void setUp() {
        OkHttpClient canned = new OkHttpClient.Builder().addInterceptor(CannedAnswers.stub()).build();
        URI endpoint = URI.create("http://127.0.0.1:9");
        smc = SmcClient.builder().endpointOverride(endpoint).allowPlainHttp(true).httpTransport(OkHttpTransportFactory.using(canned))
                .credentials(AlibabaCredentials.of("LTAI5tBenchmarkAccessKey", "BenchmarkSecretBenchmarkSecret12"))
                .build();
        sms = SmsClient.builder().endpointOverride(endpoint).allowPlainHttp(true).httpTransport(OkHttpTransportFactory.using(canned))
                .credentials(HuaweiAkSkCredentials.builder().accessKey("HPUABENCHMARKACCESSKEY")
                        .secretKey("BenchmarkSecretKeyBenchmarkSecretKey1234")
                        .domainId("fedcba9876543210fedcba9876543210").build())
                .build();
    }

    @TearDown
    public void tearDown() {
        smc.close();
        sms.close();
    }

    @Benchmark
    public DeleteReplicationJobResponse smcDeleteReplicationJob() {
        return smc.deleteReplicationJob(smcRequest);
    }

    @Benchmark
    public DeleteTaskResponse smsDeleteTask() {
        return sms.deleteTask(smsRequest);
    }
}
