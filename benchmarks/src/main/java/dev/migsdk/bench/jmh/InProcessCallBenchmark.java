package dev.migsdk.bench.jmh;

import dev.migsdk.bench.e2e.Caller;
import dev.migsdk.bench.e2e.Op;
import java.util.concurrent.TimeUnit;
import okhttp3.Interceptor;
import okhttp3.MediaType;
import okhttp3.Protocol;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The SDK and the floor side by side, in one JVM, with no socket: both run the same sync call through OkHttp's
 * call machinery, and an application interceptor answers with the stub server's bodies and headers. The
 * difference between the two rows of an operation is the SDK's own work per call (pipeline, transport
 * adapter, validation, response mapping), without the loopback and the stub's noise; {@code -prof gc}
 * gives its allocation exactly.
 *
 * <pre>java -jar benchmarks/target/benchmarks.jar InProcessCallBenchmark -prof gc</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class InProcessCallBenchmark {
    private static final MediaType JSON = MediaType.get("application/json;charset=utf-8");
    private static final byte[] SMC_BODY = "{\"RequestId\":\"6C8439B6-3E5C-4A1B-9F4D-8A2E1F0C7D3B\"}".getBytes();
    private static final byte[] DTS_BODY = ("{\"HttpStatusCode\":200,\"RequestId\":\"0F3B5A7C-1D2E-4F60-8192-"
            + "A3B4C5D6E7F8\",\"Success\":true}").getBytes();

    @Param({"smc-delete", "smc-stop", "dts-delete", "oms-delete", "sms-delete"})
    public String op;

    @Param({"sdk", "floor"})
    public String impl;

    private Caller caller;

    @Setup
    public void setUp() {
        caller = Caller.inProcess(impl, Op.of(op), InProcessCallBenchmark::answer);
    }

    /** What the stub server answers, by the request's shape: DTS's and SMC's JSON, Huawei's empty 200. */
    private static Response answer(Interceptor.Chain chain) {
        okhttp3.Request request = chain.request();
        Response.Builder b = new Response.Builder().request(request).protocol(Protocol.HTTP_1_1).code(200).message("OK");
        if (request.method().equals("DELETE")) {
            return b.header("X-Request-Id", "5f2a1c9e8d7b6a5f4e3d2c1b0a998877")
                    .body(ResponseBody.create(new byte[0], null)).build();
        }
        boolean dts = "DeleteDtsJob".equals(request.header("x-acs-action"));
        return b.header("x-acs-request-id", dts ? "0F3B5A7C-1D2E-4F60-8192-A3B4C5D6E7F8"
                        : "6C8439B6-3E5C-4A1B-9F4D-8A2E1F0C7D3B")
                .body(ResponseBody.create(dts ? DTS_BODY : SMC_BODY, JSON)).build();
    }

    @TearDown
    public void tearDown() {
        caller.close();
    }

    @Benchmark
    public void call() {
        caller.call();
    }
}
