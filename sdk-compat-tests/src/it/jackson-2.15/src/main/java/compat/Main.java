package compat;

import dev.migsdk.core.RetryPolicy;
import dev.migsdk.core.auth.AlibabaCredentials;
import dev.migsdk.core.exception.ServiceException;
import dev.migsdk.smc.SmcClient;

/** An app importing jackson-bom 2.15.4 (every Jackson module at 2.15). */
public final class Main {
    public static void main(String[] args) throws Exception {
        System.out.println("jackson-databind " + com.fasterxml.jackson.databind.cfg.PackageVersion.VERSION);
        try (Stub stub = new Stub()) {
            deletes(stub);
            stub.xmlError("req-xml");
            try (SmcClient smc = client(stub.endpoint())) {
                smc.deleteReplicationJob(r -> r.jobId("j-compat"));
                throw new AssertionError("an error answer succeeded");
            } catch (ServiceException e) {
                Stub.check("InternalError".equals(e.errorCode()) && "req-xml".equals(e.requestId()),
                        "an XML error body is decoded (" + e.errorCode() + ")");
            }
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
