package compat;

import dev.migsdk.core.RetryPolicy;
import dev.migsdk.core.auth.AlibabaCredentials;
import dev.migsdk.core.exception.ServiceException;
import dev.migsdk.smc.SmcClient;

/** An app with Retrofit 2 moved to OkHttp 5 (the README's second recipe): migsdk on its default OkHttp transport. */
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
            Stub.check("fine".equals(body), "Retrofit on OkHttp " + okhttp3.OkHttp.VERSION + " works");
            deletes(stub);
            ok4.dispatcher().executorService().shutdown();
            String tree = Stub.tree(args[0]);
            Stub.check(!tree.contains("com.squareup.okhttp3:okhttp:jar"), "no OkHttp 4 jar is left");
            Stub.check(tree.contains("okio-jvm:jar:3.18.1"), "okio is the BOM's");
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
