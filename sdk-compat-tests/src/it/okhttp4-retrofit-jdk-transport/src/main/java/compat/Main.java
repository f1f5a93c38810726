package compat;

import dev.migsdk.core.RetryPolicy;
import dev.migsdk.core.auth.AlibabaCredentials;
import dev.migsdk.core.exception.ServiceException;
import dev.migsdk.smc.SmcClient;

/** An app with Retrofit 2 and OkHttp 4.12, following the README recipe: migsdk on the JDK transport. */
public final class Main {
    interface Health {
        @retrofit2.http.GET("health")
        retrofit2.Call<okhttp3.ResponseBody> get();
    }

    public static void main(String[] args) throws Exception {
        try (Stub stub = new Stub()) {
            stub.answer(200, "text/plain", "req-retrofit", "fine");
            okhttp3.OkHttpClient ok4 = new okhttp3.OkHttpClient();
            Health health = new retrofit2.Retrofit.Builder().baseUrl(stub.endpoint() + "/").client(ok4).build()
                    .create(Health.class);
            String body = health.get().execute().body().string();
            Stub.check("fine".equals(body), "the app's own Retrofit/OkHttp " + okhttp3.OkHttp.VERSION + " works");
            deletes(stub);
            ok4.dispatcher().executorService().shutdown();
            Stub.check(!Stub.tree(args[0]).contains("okhttp-jvm"), "migsdk brought no OkHttp 5");
        }
    }

    static SmcClient client(java.net.URI endpoint) {
        return SmcClient.builder().endpointOverride(endpoint).allowPlainHttp(true)
                .credentials(AlibabaCredentials.of("LTAIcompatKeyId", "compat-secret")).retryPolicy(RetryPolicy.none())
                .build();
    }

    static void deletes(Stub stub) {
        stub.deleted("req-json");
        try (SmcClient smc = client(stub.endpoint())) {
            String id = smc.deleteReplicationJob(r -> r.jobId("j-compat")).requestId();
            Stub.check("req-json".equals(id), "a JSON answer is decoded (request id " + id + ")");
            Stub.check(stub.lastAuthorization != null && stub.lastAuthorization.startsWith("ACS3-HMAC-SHA256 "),
                    "the request was signed");
        }
    }
}
