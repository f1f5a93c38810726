package compat;

import dev.migsdk.core.RetryPolicy;
import dev.migsdk.core.auth.AlibabaCredentials;
import dev.migsdk.core.exception.ServiceException;
import dev.migsdk.smc.SmcClient;

/** An app pinning jackson-core/databind 2.15.4 but not jackson-dataformat-xml: JSON works, an XML body is a typed undecodable answer, never a NoSuchMethodError. */
public final class Main {
    public static void main(String[] args) throws Exception {
        Stub.check(com.fasterxml.jackson.databind.cfg.PackageVersion.VERSION.toString().equals("2.15.4"),
                "jackson-databind is the app's 2.15.4");
        try (Stub stub = new Stub()) {
            deletes(stub);
            stub.xmlError("req-xml");
            try (SmcClient smc = client(stub.endpoint())) {
                smc.deleteReplicationJob(r -> r.jobId("j-compat"));
                throw new AssertionError("an error answer succeeded");
            } catch (ServiceException e) {
                System.out.println("XML error with an old jackson-core: " + e);
                Stub.check(e.httpStatus() == 500 && e.errorCode() == null && "req-xml".equals(e.requestId()),
                        "the XML error is an undecodable ServiceException with status and request id");
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
