package dev.migsdk.bench.e2e;

import dev.migsdk.bench.stub.StubServer;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import okhttp3.Interceptor;
import okhttp3.MediaType;
import okhttp3.Protocol;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * The stub server's answers ({@link StubServer}'s bodies and request ids) as an OkHttp application interceptor,
 * no socket: DTS's and SMC's JSON with their request-id header, Huawei's empty 200 with {@code X-Request-Id}.
 * For the in-process benchmarks and tests.
 */
public final class CannedAnswers {
    private static final MediaType JSON = MediaType.get(StubServer.JSON_TYPE);
    private static final byte[] SMC_BODY = StubServer.SMC_BODY.getBytes(StandardCharsets.UTF_8);
    private static final byte[] DTS_BODY = StubServer.DTS_BODY.getBytes(StandardCharsets.UTF_8);

    private CannedAnswers() {
    }

    /** Answers every call as the stub server would. */
    public static Interceptor stub() {
        return stub(request -> { });
    }

    /** {@link #stub()}, showing each request to {@code observer} first. */
    public static Interceptor stub(Consumer<Request> observer) {
        return chain -> {
            Request request = chain.request();
            observer.accept(request);
            return answer(request);
        };
    }

    private static Response answer(Request request) {
        Response.Builder b = new Response.Builder().request(request).protocol(Protocol.HTTP_1_1).code(200)
                .message("OK");
        if (request.method().equals("DELETE")) {
            return b.header("X-Request-Id", StubServer.HUAWEI_REQUEST_ID)
                    .body(ResponseBody.create(new byte[0], null)).build();
        }
        boolean dts = "DeleteDtsJob".equals(request.header("x-acs-action"));
        return b.header("x-acs-request-id", dts ? StubServer.DTS_REQUEST_ID : StubServer.SMC_REQUEST_ID)
                .body(ResponseBody.create(dts ? DTS_BODY : SMC_BODY, JSON)).build();
    }
}
