package dev.migsdk.bench.e2e;

import java.util.function.Consumer;
import okhttp3.Interceptor;
import okhttp3.MediaType;
import okhttp3.Protocol;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * The stub server's answers as an OkHttp application interceptor (no socket): DTS's and SMC's JSON with their
 * request-id header, Huawei's empty 200 with {@code X-Request-Id}. For the in-process benchmark and tests.
 */
public final class CannedAnswers {
    private static final MediaType JSON = MediaType.get("application/json;charset=utf-8");
    private static final byte[] SMC_BODY = "{\"RequestId\":\"6C8439B6-3E5C-4A1B-9F4D-8A2E1F0C7D3B\"}".getBytes();
    private static final byte[] DTS_BODY = ("{\"HttpStatusCode\":200,\"RequestId\":\"0F3B5A7C-1D2E-4F60-8192-"
            + "A3B4C5D6E7F8\",\"Success\":true}").getBytes();

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
            return b.header("X-Request-Id", "5f2a1c9e8d7b6a5f4e3d2c1b0a998877")
                    .body(ResponseBody.create(new byte[0], null)).build();
        }
        boolean dts = "DeleteDtsJob".equals(request.header("x-acs-action"));
        return b.header("x-acs-request-id", dts ? "0F3B5A7C-1D2E-4F60-8192-A3B4C5D6E7F8"
                        : "6C8439B6-3E5C-4A1B-9F4D-8A2E1F0C7D3B")
                .body(ResponseBody.create(dts ? DTS_BODY : SMC_BODY, JSON)).build();
    }
}
