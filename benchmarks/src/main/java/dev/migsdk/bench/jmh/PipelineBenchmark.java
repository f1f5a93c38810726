package dev.migsdk.bench.jmh;

import dev.migsdk.core.SdkRequest;
import dev.migsdk.core.auth.AlibabaCredentials;
import dev.migsdk.core.auth.AlibabaSignatureAlgorithm;
import dev.migsdk.core.auth.Credentials;
import dev.migsdk.core.auth.HuaweiAkSkCredentials;
import dev.migsdk.core.auth.HuaweiSignatureAlgorithm;
import dev.migsdk.core.client.ResponseFormat;
import dev.migsdk.core.internal.http.HttpRequest;
import dev.migsdk.core.internal.http.HttpResponse;
import dev.migsdk.core.internal.pipeline.Operation;
import dev.migsdk.core.internal.pipeline.ResponseContext;
import dev.migsdk.core.internal.pipeline.ServiceSpec.HuaweiScope;
import dev.migsdk.core.internal.protocol.AlibabaRpcProtocol;
import dev.migsdk.core.internal.protocol.Endpoint;
import dev.migsdk.core.internal.protocol.HuaweiRestProtocol;
import dev.migsdk.core.internal.protocol.Protocol;
import dev.migsdk.dts.internal.DtsOperations;
import dev.migsdk.dts.model.DeleteDtsJobRequest;
import dev.migsdk.oms.internal.OmsOperations;
import dev.migsdk.smc.internal.SmcOperations;
import dev.migsdk.smc.model.DeleteReplicationJobRequest;
import dev.migsdk.smc.model.StopReplicationJobRequest;
import dev.migsdk.sms.internal.SmsOperations;
import dev.migsdk.core.ResponseMetadata;
import dev.migsdk.core.internal.protocol.AnswerCheck;
import java.time.Duration;
import java.io.IOException;
import java.time.Instant;
import java.util.concurrent.ThreadLocalRandom;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * The in-process pipeline per operation with no network and no OkHttp: validate, marshal, add the
 * User-Agent, sign with a fresh time and nonce, check a canned success body against the operation's documented success
 * error and map the typed response — the same pieces the {@code Pipeline} runs, called directly.
 *
 * <pre>java -jar benchmarks/target/benchmarks.jar PipelineBenchmark</pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class PipelineBenchmark {
    @Param({"smc-delete", "smc-stop", "dts-delete", "oms-delete", "sms-delete"})
    public String op;

    private Piece piece;

    @Setup
    public void setUp() {
        AlibabaRpcProtocol ali = new AlibabaRpcProtocol("2019-06-01", AlibabaSignatureAlgorithm.ACS3_HMAC_SHA256,
                ResponseFormat.JSON);
        AlibabaRpcProtocol dts = new AlibabaRpcProtocol("2020-01-01", AlibabaSignatureAlgorithm.ACS3_HMAC_SHA256,
                ResponseFormat.JSON);
        AlibabaCredentials aliCreds = AlibabaCredentials.of("LTAI5tBenchmarkAccessKey",
                "BenchmarkSecretBenchmarkSecret12");
        HuaweiAkSkCredentials hw = HuaweiAkSkCredentials.builder().accessKey("HPUABENCHMARKACCESSKEY")
                .secretKey("BenchmarkSecretKeyBenchmarkSecretKey1234").projectId("0123456789abcdef0123456789abcdef")
                .domainId("fedcba9876543210fedcba9876543210").build();
        String[] aliHeaders = lines("Content-Type", "application/json;charset=utf-8", "x-acs-request-id",
                "6C8439B6-3E5C-4A1B-9F4D-8A2E1F0C7D3B");
        String[] hwHeaders = lines("X-Request-Id", "5f2a1c9e8d7b6a5f4e3d2c1b0a998877");
        byte[] smcBody = "{\"RequestId\":\"6C8439B6-3E5C-4A1B-9F4D-8A2E1F0C7D3B\"}".getBytes();
        byte[] dtsBody = ("{\"HttpStatusCode\":200,\"RequestId\":\"0F3B5A7C-1D2E-4F60-8192-A3B4C5D6E7F8\","
                + "\"Success\":true}").getBytes();
        Endpoint aliEndpoint = new Endpoint("https", "smc.aliyuncs.com", -1);
        piece = switch (op) {
            case "smc-delete" -> new Piece(ali, aliCreds, aliEndpoint, SmcOperations.DELETE_REPLICATION_JOB,
                    DeleteReplicationJobRequest.builder().jobId("j-bp17m1vi6x21qhqk1234").build(),
                    HttpResponse.of(200, aliHeaders, smcBody, false));
            case "smc-stop" -> new Piece(ali, aliCreds, aliEndpoint, SmcOperations.STOP_REPLICATION_JOB,
                    StopReplicationJobRequest.builder().jobId("j-bp17m1vi6x21qhqk1234").build(),
                    HttpResponse.of(200, aliHeaders, smcBody, false));
            case "dts-delete" -> new Piece(dts, aliCreds, new Endpoint("https", "dts.cn-hangzhou.aliyuncs.com", -1),
                    DtsOperations.DELETE_DTS_JOB, DeleteDtsJobRequest.builder().dtsJobId("dtsk2gm967v16f1234")
                    .regionId("cn-hangzhou").build(), HttpResponse.of(200, aliHeaders, dtsBody, false));
            case "oms-delete" -> new Piece(new HuaweiRestProtocol(HuaweiScope.PROJECT,
                    HuaweiSignatureAlgorithm.SDK_HMAC_SHA256), hw,
                    new Endpoint("https", "oms.cn-north-4.myhuaweicloud.com", -1), OmsOperations.DELETE_TASK,
                    dev.migsdk.oms.model.DeleteTaskRequest.builder().taskId(1234567890123L).build(),
                    HttpResponse.of(200, hwHeaders, new byte[0], false));
            case "sms-delete" -> new Piece(new HuaweiRestProtocol(HuaweiScope.DOMAIN,
                    HuaweiSignatureAlgorithm.SDK_HMAC_SHA256), hw,
                    new Endpoint("https", "sms.ap-southeast-1.myhuaweicloud.com", -1), SmsOperations.DELETE_TASK,
                    dev.migsdk.sms.model.DeleteTaskRequest.builder().taskId("0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0")
                            .build(), HttpResponse.of(200, hwHeaders, new byte[0], false));
            default -> throw new IllegalArgumentException(op);
        };
    }

    @Benchmark
    public Object pipeline() throws IOException {
        return piece.run();
    }

    /** One operation's pieces (raw types: the five operations differ in request and credentials types). */
    @SuppressWarnings({"rawtypes", "unchecked"})
    private record Piece(Protocol protocol, Credentials credentials, Endpoint endpoint, Operation operation,
                         SdkRequest request, HttpResponse response) {

        Object run() throws IOException {
            operation.validate(request);
            HttpRequest marshalled = protocol.marshal(operation, request, endpoint, credentials, java.util.List.of());
            HttpRequest base = marshalled.toBuilder()
                    .setHeader("User-Agent", "migsdk-java/0.1.0-SNAPSHOT Java/17.0.15 Linux/amd64").build();
            ThreadLocalRandom r = ThreadLocalRandom.current();
            String nonce = Long.toHexString(r.nextLong() | Long.MIN_VALUE) + Long.toHexString(r.nextLong()
                    | Long.MIN_VALUE);
            HttpRequest signed = protocol.sign(base, credentials, Instant.now(), nonce);
            AnswerCheck check = AnswerCheck.commonProblems(operation.successStatuses(), response, null);
            if (check == null) {
                check = protocol.checkSuccess(operation, response, protocol.headerRequestId(response));
            }
            if (!check.isSuccess() || signed == null) {
                throw new IllegalStateException(String.valueOf(check));
            }
            ResponseMetadata metadata = new ResponseMetadata(check.requestId(), response.status(), 1, Duration.ZERO,
                    java.util.Map.of());
            return operation.mapResponse(new ResponseContext(check.body(), metadata, false));
        }
    }

    private static String[] lines(String... namesAndValues) {
        return namesAndValues;
    }
}
