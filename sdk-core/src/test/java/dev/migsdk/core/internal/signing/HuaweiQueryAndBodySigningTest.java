package dev.migsdk.core.internal.signing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.migsdk.core.SdkRequest;
import dev.migsdk.core.SdkResponse;
import dev.migsdk.core.auth.HuaweiAkSkCredentials;
import dev.migsdk.core.auth.HuaweiSignatureAlgorithm;
import dev.migsdk.core.internal.http.HttpRequest;
import dev.migsdk.core.internal.http.NameValue;
import dev.migsdk.core.internal.pipeline.RestOperation;
import dev.migsdk.core.internal.pipeline.ServiceSpec.HuaweiScope;
import dev.migsdk.core.internal.protocol.Endpoint;
import dev.migsdk.core.internal.protocol.HuaweiRestProtocol;
import dev.migsdk.core.internal.util.Hashing;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A REST operation with query parameters and a JSON body, marshalled by {@link HuaweiRestProtocol} and signed:
 * the query is sent in declaration order with {@code null} values left out, the body as compact UTF-8 JSON with
 * {@code Content-Type: application/json;charset=UTF-8} (not signed), and the canonical request follows
 * protocols.md §3.1 (query sorted by encoded name, %20 for a space, SHA-256 of the exact body bytes).
 */
class HuaweiQueryAndBodySigningTest {
    private static final HuaweiAkSkCredentials KEY = HuaweiAkSkCredentials.builder().accessKey("AccessKey")
            .secretKey("SecretKey").domainId("0123456789abcdef0123456789abcdef").build();

    static final class Req extends SdkRequest {
        final String name;
        final String skipped;

        Req(String name, String skipped) {
            super(new B());
            this.name = name;
            this.skipped = skipped;
        }

        static final class B extends SdkRequest.Builder<B> {
        }
    }

    static final class Resp extends SdkResponse {
        Resp() {
            super(new RB());
        }

        static final class RB extends SdkResponse.Builder<RB> {
        }
    }

    private static final RestOperation<Req, Resp> OP = RestOperation.<Req, Resp>builder("DoThing", "POST",
                    "/v3/things/{id}/action")
            .pathParam("id", (Req r) -> "t 1")
            .queryParam("zeta", r -> "z")
            .queryParam("name", r -> r.name)
            .queryParam("skipped", r -> r.skipped)
            .queryParam("alpha", r -> "a*~")
            .jsonBody(r -> JsonNodeFactory.instance.objectNode().put("operation", "stop").put("note", "é"))
            .response(ctx -> new Resp())
            .build();

    @Test
    void marshalsQueryInOrderLeavesNullsOutAndSendsTheJsonBody() {
        HttpRequest r = new HuaweiRestProtocol(HuaweiScope.DOMAIN, HuaweiSignatureAlgorithm.SDK_HMAC_SHA256)
                .marshal(OP, new Req("my task", null), new Endpoint("https", "sms.example.com", 443), KEY, List.of());

        assertThat(r.method()).isEqualTo("POST");
        assertThat(r.pathSegments()).containsExactly("v3", "things", "t 1", "action");
        assertThat(r.query()).extracting(NameValue::name).containsExactly("zeta", "name", "alpha");
        assertThat(new String(r.body(), StandardCharsets.UTF_8)).isEqualTo("{\"operation\":\"stop\",\"note\":\"é\"}");
        assertThat(r.header("Content-Type")).isEqualTo("application/json;charset=UTF-8");
        assertThat(r.header("X-Domain-Id")).isEqualTo("0123456789abcdef0123456789abcdef");
    }

    @Test
    void signsTheSortedQueryAndTheBodyHashButNotTheContentType() {
        HuaweiRestProtocol protocol = new HuaweiRestProtocol(HuaweiScope.DOMAIN,
                HuaweiSignatureAlgorithm.SDK_HMAC_SHA256);
        HttpRequest marshalled = protocol.marshal(OP, new Req("my task", null),
                new Endpoint("https", "sms.example.com", 443), KEY, List.of());
        HttpRequest signed = protocol.sign(marshalled, KEY, Instant.parse("2024-01-01T00:00:00Z"), null);

        String canonical = HuaweiAkSkSigner.hmacSha256().canonicalRequest(signed,
                List.of("host", "x-domain-id", "x-sdk-date"));

        assertThat(canonical).isEqualTo("POST\n"
                + "/v3/things/t%201/action/\n"
                + "alpha=a%2A~&name=my%20task&zeta=z\n"
                + "host:sms.example.com\n"
                + "x-domain-id:0123456789abcdef0123456789abcdef\n"
                + "x-sdk-date:20240101T000000Z\n"
                + "\n"
                + "host;x-domain-id;x-sdk-date\n"
                + Hashing.sha256Hex("{\"operation\":\"stop\",\"note\":\"é\"}".getBytes(StandardCharsets.UTF_8)));
        assertThat(signed.header("Authorization")).startsWith("SDK-HMAC-SHA256 Access=AccessKey, SignedHeaders=")
                .doesNotContain("content-type");
        assertThat(signed.encodedQuery()).isEqualTo("zeta=z&name=my%20task&alpha=a%2A~");
    }
}
