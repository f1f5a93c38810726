package dev.migsdk.core.internal.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.migsdk.core.auth.AlibabaCredentials;
import dev.migsdk.core.auth.HuaweiAkSkCredentials;
import dev.migsdk.core.auth.HuaweiCredentials;
import dev.migsdk.core.exception.AccessDeniedException;
import dev.migsdk.core.internal.pipeline.TestClients.DeleteThing;
import java.util.ArrayList;
import java.util.List;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Permission refusals are {@link AccessDeniedException}, not retried, with the provider's detail kept. */
class AccessDeniedTest {
    private MockWebServer server;
    private final List<ClientRuntime<?>> clients = new ArrayList<>();

    @BeforeEach
    void start() throws Exception {
        server = new MockWebServer();
        server.start();
    }

    @AfterEach
    void stop() {
        clients.forEach(ClientRuntime::close);
        server.close();
    }

    private AccessDeniedException alibabaRefusal(int status, String body) {
        ClientRuntime<AlibabaCredentials> rt = TestClients.alibaba().endpointOverride(server.url("/").uri())
                .allowPlainHttp(true).credentials(AlibabaCredentials.of("AKID", "secret-value"))
                .sleeper(new TestClients.RecordingSleeper()).build();
        clients.add(rt);
        server.enqueue(new MockResponse.Builder().code(status).setHeader("Content-Type", "application/json")
                .setHeader("x-acs-request-id", "hdr-1").body(body).build());
        return catchThrowableOfType(AccessDeniedException.class,
                () -> rt.execute(TestClients.RPC_DELETE, DeleteThing.of("t-1")));
    }

    @Test
    void forbiddenRamKeepsTheAccessDeniedDetail() {
        AccessDeniedException e = alibabaRefusal(403, "{\"RequestId\":\"r-1\",\"Code\":\"Forbidden.RAM\",\"Message\":"
                + "\"User not authorized to operate on the specified resource.\",\"AccessDeniedDetail\":{\"PolicyType\":"
                + "\"AccountLevelIdentityBasedPolicy\",\"AuthAction\":\"smc:DeleteReplicationJob\"}}");

        assertThat(e.errorCode()).isEqualTo("Forbidden.RAM");
        assertThat(e.accessDeniedDetail()).containsEntry("AuthAction", "smc:DeleteReplicationJob");
        assertThat(e.retryable()).isFalse();
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void anAlibaba401WithoutACodeIsAccessDenied() {
        AccessDeniedException e = alibabaRefusal(401, "");

        assertThat(e.httpStatus()).isEqualTo(401);
        assertThat(e.requestId()).isEqualTo("hdr-1");
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void aHuawei403KeepsTheEncodedAuthorizationMessage() {
        ClientRuntime<HuaweiCredentials> rt = TestClients.huawei().endpointOverride(server.url("/").uri()).allowPlainHttp(true)
                .credentials(HuaweiAkSkCredentials.builder().accessKey("AK").secretKey("sk-value").projectId("p-1")
                        .build()).sleeper(new TestClients.RecordingSleeper()).build();
        clients.add(rt);
        server.enqueue(new MockResponse.Builder().code(403).setHeader("Content-Type", "application/json")
                .body("{\"error_code\":\"SMS.9004\",\"error_msg\":\"no permission\",\"encoded_authorization_message\":"
                        + "\"ENC123\",\"error_param\":[\"p\"],\"details\":[{\"error_code\":\"SMS.9004\",\"error_msg\":\"d\"}]}")
                .build());

        AccessDeniedException e = catchThrowableOfType(AccessDeniedException.class,
                () -> rt.execute(TestClients.REST_DELETE, DeleteThing.of("t-1")));

        assertThat(e.errorCode()).isEqualTo("SMS.9004");
        assertThat(e.encodedAuthorizationMessage()).isEqualTo("ENC123");
        assertThat(e.errorParams()).containsExactly("p");
        assertThat(server.getRequestCount()).isEqualTo(1);
    }
}
