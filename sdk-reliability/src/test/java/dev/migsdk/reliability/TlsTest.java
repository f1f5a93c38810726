package dev.migsdk.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migsdk.core.RetryPolicy;
import dev.migsdk.core.auth.AlibabaCredentials;
import dev.migsdk.core.exception.SdkException;
import dev.migsdk.core.exception.TransportException;
import dev.migsdk.smc.SmcClient;
import dev.migsdk.smc.model.DeleteReplicationJobResponse;
import java.net.InetAddress;
import java.net.URI;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.SSLPeerUnverifiedException;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import dev.migsdk.http.okhttp.OkHttpTransportFactory;
import okhttp3.OkHttpClient;
import okhttp3.tls.HandshakeCertificates;
import okhttp3.tls.HeldCertificate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Certificate and host-name verification are always on: a self-signed local HTTPS server is refused
 * with a {@link TransportException} after one attempt (a TLS failure is not retried), unless the caller
 * supplies its own trust through {@code httpTransport(OkHttpTransportFactory.using(OkHttpClient))}; a certificate for another host name
 * is refused even then.
 */
@ExtendWith(Secrets.class)
class TlsTest {
    static final String SECRET = "TlsTestSecret-83be1c";
    static final AlibabaCredentials CREDS = AlibabaCredentials.of("LTAItls", SECRET);

    static {
        Secrets.secret(SECRET);
    }

    HeldCertificate localhost;
    MockWebServer server;
    HandshakeCertificates clientTrust;

    @BeforeEach
    void start() throws Exception {
        localhost = new HeldCertificate.Builder().commonName("localhost").addSubjectAlternativeName("localhost")
                .build();
        HandshakeCertificates serverCerts = new HandshakeCertificates.Builder().heldCertificate(localhost).build();
        clientTrust = new HandshakeCertificates.Builder().addTrustedCertificate(localhost.certificate()).build();
        server = new MockWebServer();
        server.useHttps(serverCerts.sslSocketFactory());
        for (int i = 0; i < 3; i++) {
            server.enqueue(new MockResponse.Builder().code(200).setHeader("Content-Type", "application/json")
                    .body("{\"RequestId\":\"TLS-OK\"}").build());
        }
        server.start(InetAddress.getByName("127.0.0.1"), 0);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    SmcClient client(String host, OkHttpClient http) {
        var b = SmcClient.builder().endpointOverride(URI.create("https://" + host + ":" + server.getPort()))
                .credentials(CREDS).retryPolicy(RetryPolicy.defaults());
        if (http != null) {
            b.httpTransport(OkHttpTransportFactory.using(http));
        }
        return b.build();
    }

    @Test
    void selfSignedServerIsRefusedAfterOneAttempt() {
        try (SmcClient smc = client("localhost", null)) {
            Throwable e = FaultMatrixTest.catchAny(() -> smc.deleteReplicationJob(r -> r.jobId("j-1")));
            Secrets.seen(e);
            assertThat(e).isInstanceOf(TransportException.class).hasRootCauseInstanceOf(
                    java.security.GeneralSecurityException.class);
            assertThat(e.getCause()).isInstanceOf(SSLHandshakeException.class);
            assertThat(((SdkException) e).attempts()).as("TLS failures are not retried").isEqualTo(1);
            assertThat(((SdkException) e).retryable()).isFalse();
            assertThat(e.getMessage()).contains("TLS");
        }
        assertThat(server.getRequestCount()).isZero();
    }

    @Test
    void callerSuppliedTrustIsUsed() throws Exception {
        OkHttpClient http = new OkHttpClient.Builder()
                .sslSocketFactory(clientTrust.sslSocketFactory(), clientTrust.trustManager()).build();
        try (SmcClient smc = client("localhost", http)) {
            DeleteReplicationJobResponse r = smc.deleteReplicationJob(x -> x.jobId("j-1"));
            assertThat(r.requestId()).isEqualTo("TLS-OK");
        } finally {
            http.dispatcher().executorService().shutdown();
            http.connectionPool().evictAll();
        }
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void hostNameMismatchIsRefusedEvenWithTrustedCertificate() {
        OkHttpClient http = new OkHttpClient.Builder()
                .sslSocketFactory(clientTrust.sslSocketFactory(), clientTrust.trustManager()).build();
        try (SmcClient smc = client("127.0.0.1", http)) {
            Throwable e = FaultMatrixTest.catchAny(() -> smc.deleteReplicationJob(r -> r.jobId("j-1")));
            Secrets.seen(e);
            assertThat(e).isInstanceOf(TransportException.class);
            assertThat(e.getCause()).isInstanceOf(SSLPeerUnverifiedException.class);
            assertThat(((SdkException) e).attempts()).isEqualTo(1);
        } finally {
            http.dispatcher().executorService().shutdown();
            http.connectionPool().evictAll();
        }
        assertThat(server.getRequestCount()).isZero();
    }
}
