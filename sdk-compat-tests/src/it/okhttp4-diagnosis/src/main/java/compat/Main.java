package compat;

import dev.migsdk.core.RetryPolicy;
import dev.migsdk.core.auth.AlibabaCredentials;
import dev.migsdk.core.exception.ServiceException;
import dev.migsdk.smc.SmcClient;

/** An app with OkHttp 4.12 that adds migsdk without the recipe: the client build must fail with the diagnosis. */
public final class Main {
    public static void main(String[] args) throws Exception {
        try (Stub stub = new Stub()) {
            try (SmcClient smc = client(stub.endpoint())) {
                throw new AssertionError("the client was built with OkHttp 4 and 5 side by side");
            } catch (dev.migsdk.core.exception.SdkClientException e) {
                System.out.println("diagnosis: " + e.getMessage());
                Stub.check(e.getMessage().startsWith("The okhttp HTTP transport cannot work here: Two OkHttp jars are"
                        + " on the class path (from "), "the build fails with the two-jars diagnosis");
                Stub.check(e.getMessage().contains("okhttp-4.12.0.jar") && e.getMessage().contains("okhttp-jvm-5.5.1.jar"),
                        "the diagnosis names both jars");
                Stub.check(e.getMessage().contains("exclude dev.migsdk:sdk-http-okhttp from the migsdk dependency and"
                        + " add dev.migsdk:sdk-http-jdk"), "the diagnosis gives the JDK-transport fix");
            }
            Stub.check(stub.requests.get() == 0, "nothing was sent");
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
