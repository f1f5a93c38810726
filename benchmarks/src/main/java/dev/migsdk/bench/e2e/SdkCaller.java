package dev.migsdk.bench.e2e;

import dev.migsdk.core.auth.AlibabaCredentials;
import dev.migsdk.core.auth.HuaweiAkSkCredentials;
import dev.migsdk.core.client.SdkClientBuilder;
import dev.migsdk.dts.DtsAsyncClient;
import dev.migsdk.dts.DtsClient;
import dev.migsdk.dts.model.DeleteDtsJobRequest;
import dev.migsdk.oms.OmsAsyncClient;
import dev.migsdk.oms.OmsClient;
import dev.migsdk.sms.SmsAsyncClient;
import dev.migsdk.sms.SmsClient;
import dev.migsdk.smc.SmcAsyncClient;
import dev.migsdk.smc.SmcClient;
import dev.migsdk.smc.model.DeleteReplicationJobRequest;
import dev.migsdk.smc.model.StopReplicationJobRequest;
import dev.migsdk.http.HttpTransportFactory;
import dev.migsdk.http.jdk.JdkHttpTransportFactory;
import dev.migsdk.http.okhttp.OkHttpTransportFactory;
import java.net.URI;
import java.util.concurrent.CompletableFuture;
import okhttp3.OkHttpClient;

/** Our SDK with its defaults (ACS3-HMAC-SHA256, SDK-HMAC-SHA256, retries on), pointed at the stub. */
final class SdkCaller implements Caller {
    private final Op op;
    private final AutoCloseable sync;
    private final AutoCloseable async;
    /** The one request this caller sends (only its own operation's classes are loaded, as in a real program). */
    private final Object request;

    /** The transport the clients use; {@code null}: the default found on the class path (OkHttp). */
    private final HttpTransportFactory transport;

    SdkCaller(Op op, int port) {
        this(op, port, false, null);
    }

    /** The SDK on the JDK transport ({@code sdk-http-jdk}) instead of OkHttp: LoadRunner's {@code sdk-jdk}. */
    static SdkCaller onJdkTransport(Op op, int port) {
        return new SdkCaller(op, port, false, new JdkHttpTransportFactory());
    }

    /** With {@code asyncOnly}, only the async client is built (so its threads are all that run). */
    SdkCaller(Op op, int port, boolean asyncOnly, HttpTransportFactory transport) {
        this.op = op;
        this.transport = transport;
        this.request = switch (op) {
            case SMC_DELETE -> DeleteReplicationJobRequest.builder().jobId(Op.JOB_ID).build();
            case SMC_STOP -> StopReplicationJobRequest.builder().jobId(Op.JOB_ID).build();
            case DTS_DELETE -> DeleteDtsJobRequest.builder().dtsJobId(Op.DTS_JOB_ID).regionId(Op.DTS_REGION).build();
            case OMS_DELETE -> dev.migsdk.oms.model.DeleteTaskRequest.builder().taskId(Op.OMS_TASK_ID).build();
            case SMS_DELETE -> dev.migsdk.sms.model.DeleteTaskRequest.builder().taskId(Op.SMS_TASK_ID).build();
        };
        URI endpoint = URI.create("http://127.0.0.1:" + port);
        AlibabaCredentials ali = AlibabaCredentials.of(Op.AK_ID, Op.AK_SECRET);
        HuaweiAkSkCredentials hw = HuaweiAkSkCredentials.builder().accessKey(Op.HW_AK).secretKey(Op.HW_SK)
                .projectId(Op.PROJECT_ID).domainId(Op.DOMAIN_ID).build();
        switch (op) {
            case SMC_DELETE, SMC_STOP -> {
                sync = asyncOnly ? null : t(SmcClient.builder()).endpointOverride(endpoint).allowPlainHttp(true)
                        .credentials(ali).build();
                async = asyncOnly ? t(SmcAsyncClient.builder()).endpointOverride(endpoint).allowPlainHttp(true)
                        .credentials(ali).build() : null;
            }
            case DTS_DELETE -> {
                sync = asyncOnly ? null : t(DtsClient.builder()).endpointOverride(endpoint).allowPlainHttp(true)
                        .credentials(ali).build();
                async = asyncOnly ? t(DtsAsyncClient.builder()).endpointOverride(endpoint).allowPlainHttp(true)
                        .credentials(ali).build() : null;
            }
            case OMS_DELETE -> {
                sync = asyncOnly ? null : t(OmsClient.builder()).endpointOverride(endpoint).allowPlainHttp(true)
                        .credentials(hw).build();
                async = asyncOnly ? t(OmsAsyncClient.builder()).endpointOverride(endpoint).allowPlainHttp(true)
                        .credentials(hw).build() : null;
            }
            case SMS_DELETE -> {
                sync = asyncOnly ? null : t(SmsClient.builder()).endpointOverride(endpoint).allowPlainHttp(true)
                        .credentials(hw).build();
                async = asyncOnly ? t(SmsAsyncClient.builder()).endpointOverride(endpoint).allowPlainHttp(true)
                        .credentials(hw).build() : null;
            }
            default -> throw new IllegalArgumentException(op.name());
        }
    }

    /** The SDK on OkHttp {@code client} (the in-process benchmark's, whose interceptor answers every call). */
    static SdkCaller on(Op op, int port, OkHttpClient client) {
        return new SdkCaller(op, port, false, OkHttpTransportFactory.using(client));
    }

    static SdkCaller asyncOnly(Op op, int port) {
        return new SdkCaller(op, port, true, null);
    }

    private <B extends SdkClientBuilder<B, ?>> B t(B builder) {
        return transport == null ? builder : builder.httpTransport(transport);
    }

    @Override
    public void call() {
        switch (op) {
            case SMC_DELETE -> check(((SmcClient) sync).deleteReplicationJob((DeleteReplicationJobRequest) request)
                    .requestId());
            case SMC_STOP -> check(((SmcClient) sync).stopReplicationJob((StopReplicationJobRequest) request)
                    .requestId());
            case DTS_DELETE -> check(((DtsClient) sync).deleteDtsJob((DeleteDtsJobRequest) request).requestId());
            case OMS_DELETE -> check(((OmsClient) sync).deleteTask((dev.migsdk.oms.model.DeleteTaskRequest) request)
                    .requestId());
            case SMS_DELETE -> check(((SmsClient) sync).deleteTask((dev.migsdk.sms.model.DeleteTaskRequest) request)
                    .requestId());
            default -> throw new IllegalStateException();
        }
    }

    @Override
    public CompletableFuture<?> callAsync() {
        return switch (op) {
            case SMC_DELETE -> ((SmcAsyncClient) async).deleteReplicationJob((DeleteReplicationJobRequest) request);
            case SMC_STOP -> ((SmcAsyncClient) async).stopReplicationJob((StopReplicationJobRequest) request);
            case DTS_DELETE -> ((DtsAsyncClient) async).deleteDtsJob((DeleteDtsJobRequest) request);
            case OMS_DELETE -> ((OmsAsyncClient) async).deleteTask((dev.migsdk.oms.model.DeleteTaskRequest) request);
            case SMS_DELETE -> ((SmsAsyncClient) async).deleteTask((dev.migsdk.sms.model.DeleteTaskRequest) request);
        };
    }

    private static void check(String requestId) {
        if (requestId == null) {
            throw new IllegalStateException("no request id in the answer");
        }
    }

    @Override
    public void close() {
        try {
            if (sync != null) {
                sync.close();
            }
            if (async != null) {
                async.close();
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
