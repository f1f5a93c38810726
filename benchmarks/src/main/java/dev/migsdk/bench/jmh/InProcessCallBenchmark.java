package dev.migsdk.bench.jmh;

import dev.migsdk.bench.e2e.CannedAnswers;
import dev.migsdk.bench.e2e.Caller;
import dev.migsdk.bench.e2e.Op;
import java.util.concurrent.TimeUnit;
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
    @Param({"smc-delete", "smc-stop", "dts-delete", "oms-delete", "sms-delete"})
    public String op;

    @Param({"sdk", "floor"})
    public String impl;

    private Caller caller;

    @Setup
    public void setUp() {
        caller = Caller.inProcess(impl, Op.of(op), CannedAnswers.stub());
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
