package dev.migsdk.core.internal.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.migsdk.core.RetryPolicy;
import dev.migsdk.core.auth.AlibabaCredentials;
import dev.migsdk.core.auth.CredentialsProvider;
import dev.migsdk.core.exception.CredentialsException;
import dev.migsdk.core.exception.SdkClientException;
import dev.migsdk.core.exception.SdkException;
import dev.migsdk.core.exception.ServiceException;
import dev.migsdk.core.interceptor.ExecutionInterceptor;
import dev.migsdk.core.interceptor.InterceptorContext;
import dev.migsdk.core.internal.pipeline.TestClients.DeleteThing;
import dev.migsdk.core.internal.pipeline.TestClients.Deleted;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Interceptors see every call and attempt, in order, redacted; their failures and providers' fail the call as SDK exceptions. */
class InterceptorTest {
    private static final AlibabaCredentials ALI = AlibabaCredentials.of("AKID-test", "ali-secret-value", "sts-token-value",
            null);

    private MockWebServer server;
    private final List<String> events = Collections.synchronizedList(new ArrayList<>());
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

    private ClientRuntime<AlibabaCredentials> client(Consumer<TestClients.AlibabaBuilder> tweak) {
        TestClients.AlibabaBuilder b = TestClients.alibaba().endpointOverride(server.url("/").uri())
                .allowPlainHttp(true).credentials(ALI).sleeper(new TestClients.RecordingSleeper());
        tweak.accept(b);
        ClientRuntime<AlibabaCredentials> rt = b.build();
        clients.add(rt);
        return rt;
    }

    private static Deleted call(ClientRuntime<AlibabaCredentials> rt, boolean async) {
        if (!async) {
            return rt.execute(TestClients.RPC_DELETE, DeleteThing.of("t-1"));
        }
        try {
            return rt.executeAsync(TestClients.RPC_DELETE, DeleteThing.of("t-1")).join();
        } catch (CompletionException e) {
            throw (RuntimeException) e.getCause();
        }
    }

    private static MockResponse json(int code, String body) {
        return new MockResponse.Builder().code(code).setHeader("Content-Type", "application/json")
                .setHeader("x-acs-request-id", "hdr-id").body(body).build();
    }

    /** Records each hook as "name:hook:attempt[:detail]". */
    private ExecutionInterceptor recorder(String name) {
        return new ExecutionInterceptor() {
            @Override
            public void beforeExecution(InterceptorContext c) {
                events.add(name + ":beforeExecution:" + c.attempt() + ":" + c.service() + "/" + c.operation());
            }

            @Override
            public void beforeTransmission(InterceptorContext c) {
                events.add(name + ":beforeTransmission:" + c.attempt() + ":" + c.httpRequest().method() + " "
                        + c.httpRequest().headers().get("Authorization") + " "
                        + c.httpRequest().headers().get("x-acs-security-token"));
            }

            @Override
            public void afterTransmission(InterceptorContext c) {
                events.add(name + ":afterTransmission:" + c.attempt() + ":" + c.httpResponse().status() + " "
                        + c.httpResponse().requestId());
            }

            @Override
            public void afterExecution(InterceptorContext c) {
                events.add(name + ":afterExecution:" + c.attempt() + ":" + c.response().requestId());
            }

            @Override
            public void onFailure(InterceptorContext c) {
                events.add(name + ":onFailure:" + c.attempt() + ":" + c.exception().getClass().getSimpleName());
            }
        };
    }

    @ParameterizedTest(name = "async={0}")
    @ValueSource(booleans = {false, true})
    void hooksRunInOrderPerCallAndAttemptWithSecretsMasked(boolean async) {
        ClientRuntime<AlibabaCredentials> rt = client(b -> b.addInterceptor(recorder("a")).addInterceptor(recorder("b")));
        server.enqueue(json(503, "{\"RequestId\":\"r-503\",\"Code\":\"ServiceUnavailable\",\"Message\":\"later\"}"));
        server.enqueue(json(200, "{\"RequestId\":\"r-ok\"}"));

        call(rt, async);

        assertThat(events).containsExactly(
                "a:beforeExecution:0:TST/DeleteThing", "b:beforeExecution:0:TST/DeleteThing",
                "a:beforeTransmission:1:POST [***] [***]", "b:beforeTransmission:1:POST [***] [***]",
                "a:afterTransmission:1:503 hdr-id", "b:afterTransmission:1:503 hdr-id",
                "a:beforeTransmission:2:POST [***] [***]", "b:beforeTransmission:2:POST [***] [***]",
                "a:afterTransmission:2:200 hdr-id", "b:afterTransmission:2:200 hdr-id",
                "a:afterExecution:2:r-ok", "b:afterExecution:2:r-ok");
        assertThat(String.join("\n", events)).doesNotContain("ali-secret-value").doesNotContain("sts-token-value");
        assertThat(server.getRequestCount()).isEqualTo(2);
    }

    @ParameterizedTest(name = "async={0}")
    @ValueSource(booleans = {false, true})
    void failedCallsReachOnFailureOnce(boolean async) {
        ClientRuntime<AlibabaCredentials> rt = client(b -> b.addInterceptor(recorder("a"))
                .retryPolicy(RetryPolicy.none()));
        server.enqueue(json(400, "{\"RequestId\":\"r-400\",\"Code\":\"Job.Busy\",\"Message\":\"busy\"}"));

        assertThatThrownBy(() -> call(rt, async)).isInstanceOf(ServiceException.class);

        assertThat(events).endsWith("a:afterTransmission:1:400 hdr-id", "a:onFailure:1:InvalidStatusException");
    }

    @ParameterizedTest(name = "async={0}")
    @ValueSource(booleans = {false, true})
    void aThrowingInterceptorFailsTheCallNamingItselfAndIsNotRetried(boolean async) {
        ExecutionInterceptor broken = new ExecutionInterceptor() {
            @Override
            public void beforeTransmission(InterceptorContext c) {
                throw new IllegalStateException("tracing backend down");
            }
        };
        ClientRuntime<AlibabaCredentials> rt = client(b -> b.addInterceptor(broken).addInterceptor(recorder("after")));

        assertThatThrownBy(() -> call(rt, async)).isInstanceOfSatisfying(SdkClientException.class, e -> {
            assertThat(e).hasMessageContaining("Interceptor").hasMessageContaining("beforeTransmission")
                    .hasMessageContaining("tracing backend down").hasCauseInstanceOf(IllegalStateException.class);
            assertThat(e.retryable()).isFalse();
        });
        assertThat(server.getRequestCount()).isZero();
        assertThat(events).containsExactly("after:beforeExecution:0:TST/DeleteThing",
                "after:onFailure:1:SdkClientException");
    }

    @ParameterizedTest(name = "async={0}")
    @ValueSource(booleans = {false, true})
    void aProviderThatThrowsANullPointerExceptionGivesACredentialsException(boolean async) {
        CredentialsProvider<AlibabaCredentials> broken = () -> {
            throw new NullPointerException("vault returned nothing");
        };
        ClientRuntime<AlibabaCredentials> rt = client(b -> b.credentialsProvider(broken));

        Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(() -> call(rt, async));

        assertThat(thrown).isInstanceOf(SdkException.class).isInstanceOf(CredentialsException.class)
                .hasMessageContaining("vault returned nothing").hasCauseInstanceOf(NullPointerException.class);
        assertThat(server.getRequestCount()).isZero();
    }

    @ParameterizedTest(name = "async={0}")
    @ValueSource(booleans = {false, true})
    void aPerCallProviderSignsThatCallOnly(boolean async) throws Exception {
        ClientRuntime<AlibabaCredentials> rt = client(b -> { });
        server.enqueue(json(200, "{\"RequestId\":\"r-1\"}"));
        server.enqueue(json(200, "{\"RequestId\":\"r-2\"}"));
        AlibabaCredentials other = AlibabaCredentials.of("AKID-other", "other-secret");
        DeleteThing withOther = DeleteThing.builder().id("t-1")
                .overrides(o -> o.credentialsProvider(() -> other)).build();

        if (async) {
            rt.executeAsync(TestClients.RPC_DELETE, withOther).join();
        } else {
            rt.execute(TestClients.RPC_DELETE, withOther);
        }
        call(rt, async);

        assertThat(server.takeRequest().getHeaders().get("Authorization")).contains("Credential=AKID-other,");
        assertThat(server.takeRequest().getHeaders().get("Authorization")).contains("Credential=AKID-test,");
    }

    @Test
    void aPerCallProviderOfTheWrongCloudFailsBeforeSending() {
        ClientRuntime<AlibabaCredentials> rt = client(b -> { });
        DeleteThing req = DeleteThing.builder().id("t-1").overrides(o -> o.credentialsProvider(
                () -> dev.migsdk.core.auth.HuaweiTokenCredentials.of("token-value-123"))).build();

        assertThatThrownBy(() -> rt.execute(TestClients.RPC_DELETE, req)).isInstanceOf(CredentialsException.class)
                .hasMessageContaining("HuaweiTokenCredentials").hasMessageContaining("AlibabaCredentials")
                .hasMessageNotContaining("token-value-123");
        assertThat(server.getRequestCount()).isZero();
    }
}
